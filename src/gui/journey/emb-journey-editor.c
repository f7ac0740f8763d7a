/* emb-journey-editor.c: the popover that names a stage or edits a touchpoint
 *
 * One popover for the four edits of the journey map: a new stage, a stage's
 * new name, a new touchpoint in a stage, and a touchpoint's name, channel and
 * description. It points at what it edits where that is in view, and saves
 * through the journey store; the store's validation errors show under their
 * fields (EmbForm), other errors in a toast. When it saved, it emits
 * EmbJourneyEditor::saved with the record, so the page can focus it.
 *
 * Its parent is the page, which presents it when it is allocated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-form.h"
#include "emb-journey-editor.h"
#include "emb-journey-store.h"
#include "emb-toast.h"

struct _EmbJourneyEditor
{
  GtkPopover          parent_instance;

  EmbDatabase        *database;
  EmbForm            *form;
  EmbJourneyEditMode  mode;
  gint64              id;       /* of the record, or of the stage of a new touchpoint */

  GtkLabel           *editor_title;
  GtkEntry           *name_entry;
  GtkLabel           *name_error;
  GtkLabel           *channel_label;
  GtkEntry           *channel_entry;
  GtkLabel           *channel_error;
  GtkLabel           *description_label;
  GtkEntry           *description_entry;
  GtkLabel           *description_error;
  GtkWidget          *save_button;
};

G_DEFINE_FINAL_TYPE (EmbJourneyEditor, emb_journey_editor, GTK_TYPE_POPOVER)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
save_stage (EmbJourneyEditor  *self,
            const char        *name,
            GError           **error)
{
  g_autoptr(EmbStage) stage = NULL;

  if (self->mode == EMB_JOURNEY_EDIT_STAGE)
    stage = emb_journey_store_get_stage (self->database, self->id, error);
  else
    stage = emb_stage_new ();
  if (stage == NULL)
    return FALSE;

  emb_stage_set_name (stage, name);
  if (!emb_journey_store_save_stage (self->database, stage, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, (int)EMB_RECORD_KIND_STAGE, emb_record_get_id (EMB_RECORD (stage)));
  return TRUE;
}

static gboolean
save_touchpoint (EmbJourneyEditor  *self,
                 const char        *name,
                 GError           **error)
{
  const char *channel = gtk_editable_get_text (GTK_EDITABLE (self->channel_entry));
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_entry));
  g_autoptr(EmbTouchpoint) tp = NULL;

  if (self->mode == EMB_JOURNEY_EDIT_TOUCHPOINT)
    tp = emb_journey_store_get_touchpoint (self->database, self->id, error);
  else
    {
      tp = emb_touchpoint_new ();
      emb_touchpoint_set_stage_id (tp, self->id);
    }
  if (tp == NULL)
    return FALSE;

  emb_touchpoint_set_name (tp, name);
  emb_touchpoint_set_channel (tp, *channel != '\0' ? channel : NULL);
  emb_touchpoint_set_description (tp, *description != '\0' ? description : NULL);
  if (!emb_journey_store_save_touchpoint (self->database, tp, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, (int)EMB_RECORD_KIND_TOUCHPOINT, emb_record_get_id (EMB_RECORD (tp)));
  return TRUE;
}

static void
on_save (EmbJourneyEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  emb_form_clear (self->form);

  if (self->mode == EMB_JOURNEY_EDIT_NEW_STAGE || self->mode == EMB_JOURNEY_EDIT_STAGE)
    ok = save_stage (self, name, &error);
  else
    ok = save_touchpoint (self, name, &error);

  if (ok)
    gtk_popover_popdown (GTK_POPOVER (self));
  else if (!emb_form_show_error (self->form, error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
on_closed (EmbJourneyEditor *self)
{
  emb_form_clear (self->form);
}

static void
emb_journey_editor_dispose (GObject *object)
{
  EmbJourneyEditor *self = (EmbJourneyEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_journey_editor_parent_class)->dispose (object);
}

static void
emb_journey_editor_class_init (EmbJourneyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_journey_editor_dispose;

  /**
   * EmbJourneyEditor::saved:
   * @kind: %EMB_RECORD_KIND_STAGE or %EMB_RECORD_KIND_TOUCHPOINT
   * @id: the record saved
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, editor_title);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, channel_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, channel_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, channel_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, description_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, description_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, description_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save);
  gtk_widget_class_bind_template_callback (widget_class, on_closed);
}

static void
emb_journey_editor_init (EmbJourneyEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_popover_set_default_widget (GTK_POPOVER (self), self->save_button);

  self->form = emb_form_new ();
  emb_form_add_field (self->form, "name", GTK_WIDGET (self->name_entry), self->name_error);
  emb_form_add_field (self->form, "channel", GTK_WIDGET (self->channel_entry), self->channel_error);
  emb_form_add_field (self->form, "description", GTK_WIDGET (self->description_entry),
                      self->description_error);
}

/**
 * emb_journey_editor_set_database:
 * @database: where the stages and touchpoints are read and saved
 */
void
emb_journey_editor_set_database (EmbJourneyEditor *self,
                                 EmbDatabase      *database)
{
  g_return_if_fail (EMB_IS_JOURNEY_EDITOR (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
}

/**
 * emb_journey_editor_edit:
 * @mode: what to edit
 * @id: the stage or touchpoint edited; for a new touchpoint, its stage; for a
 *   new stage, 0
 * @anchor: (nullable): the widget to point at, if it is in view
 *
 * Fills the popover and shows it. A stage or touchpoint that no longer exists
 * shows nothing.
 */
void
emb_journey_editor_edit (EmbJourneyEditor   *self,
                         EmbJourneyEditMode  mode,
                         gint64              id,
                         GtkWidget          *anchor)
{
  gboolean touchpoint = mode == EMB_JOURNEY_EDIT_NEW_TOUCHPOINT || mode == EMB_JOURNEY_EDIT_TOUCHPOINT;
  GtkWidget *parent;
  const char *name = "";
  const char *channel = "";
  const char *description = "";
  g_autoptr(EmbStage) stage = NULL;
  g_autoptr(EmbTouchpoint) tp = NULL;
  graphene_rect_t bounds;
  GdkRectangle rect;

  g_return_if_fail (EMB_IS_JOURNEY_EDITOR (self));
  g_return_if_fail (self->database != NULL);

  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  g_return_if_fail (parent != NULL);
  rect = (GdkRectangle) { 0, 0, gtk_widget_get_width (parent), 1 };

  self->mode = mode;
  self->id = id;
  emb_form_clear (self->form);

  switch (mode)
    {
    case EMB_JOURNEY_EDIT_NEW_STAGE:
      gtk_label_set_text (self->editor_title, _("New Stage"));
      break;
    case EMB_JOURNEY_EDIT_STAGE:
      gtk_label_set_text (self->editor_title, _("Rename Stage"));
      stage = emb_journey_store_get_stage (self->database, id, NULL);
      if (stage == NULL)
        return;
      name = emb_stage_get_name (stage);
      break;
    case EMB_JOURNEY_EDIT_NEW_TOUCHPOINT:
      gtk_label_set_text (self->editor_title, _("New Touchpoint"));
      break;
    case EMB_JOURNEY_EDIT_TOUCHPOINT:
    default:
      gtk_label_set_text (self->editor_title, _("Edit Touchpoint"));
      tp = emb_journey_store_get_touchpoint (self->database, id, NULL);
      if (tp == NULL)
        return;
      name = emb_touchpoint_get_name (tp);
      channel = emb_touchpoint_get_channel (tp);
      description = emb_touchpoint_get_description (tp);
      break;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->channel_entry), channel != NULL ? channel : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_entry), description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->channel_label), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->channel_entry), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->description_entry), touchpoint);

  /* Point at the anchor where it is in view; a popover pointing outside the
   * window cannot be placed. */
  if (anchor != NULL && gtk_widget_get_mapped (anchor) &&
      gtk_widget_compute_bounds (anchor, parent, &bounds))
    {
      GdkRectangle page = { 0, 0, gtk_widget_get_width (parent), gtk_widget_get_height (parent) };
      GdkRectangle wanted = { (int)bounds.origin.x, (int)bounds.origin.y,
                              MAX (1, (int)bounds.size.width), MAX (1, (int)bounds.size.height) };
      GdkRectangle visible;

      if (gdk_rectangle_intersect (&page, &wanted, &visible))
        rect = visible;
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self), &rect);
  gtk_popover_popup (GTK_POPOVER (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}
