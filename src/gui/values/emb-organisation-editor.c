/* emb-organisation-editor.c: the organisation's name, vision and CX strategy
 *
 * At the top of the Values page. What is typed is saved after a pause in
 * typing (and by the Save button, and when the page asks, as it is left);
 * while something typed is unsaved, a reload from the store leaves it alone.
 * A store's validation error shows under its field without taking the focus
 * from where the person types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-organisation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "emb-form.h"
#include "emb-organisation-editor.h"
#include "emb-programme-store.h"
#include "emb-toast.h"

/* How long typing may pause before the organisation is saved. */
#define AUTOSAVE_DELAY_MS 800

struct _EmbOrganisationEditor
{
  GtkBox        parent_instance;

  EmbDatabase  *database;
  EmbForm      *form;
  guint         autosave_timeout;
  guint         loading;          /* > 0 while the fields are filled */
  gboolean      dirty;

  GtkButton    *save_organisation_button;
  AdwEntryRow  *organisation_name_row;
  GtkLabel     *organisation_name_error;
  GtkTextView  *vision_view;
  GtkLabel     *vision_error;
  GtkTextView  *strategy_view;
  GtkLabel     *strategy_error;
};

G_DEFINE_FINAL_TYPE (EmbOrganisationEditor, emb_organisation_editor, GTK_TYPE_BOX)

static gboolean
autosave_cb (gpointer user_data)
{
  EmbOrganisationEditor *self = user_data;

  self->autosave_timeout = 0;
  emb_organisation_editor_save (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed (EmbOrganisationEditor *self)
{
  if (self->loading > 0)
    return;

  self->dirty = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_organisation_button), TRUE);
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  self->autosave_timeout = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

static void
on_save_clicked (EmbOrganisationEditor *self)
{
  emb_organisation_editor_save (self);
}

static void
emb_organisation_editor_dispose (GObject *object)
{
  EmbOrganisationEditor *self = (EmbOrganisationEditor *)object;

  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ORGANISATION_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_organisation_editor_parent_class)->dispose (object);
}

static void
emb_organisation_editor_class_init (EmbOrganisationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_organisation_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/values/emb-organisation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, save_organisation_button);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, organisation_name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, organisation_name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, vision_view);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, vision_error);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, strategy_view);
  gtk_widget_class_bind_template_child (widget_class, EmbOrganisationEditor, strategy_error);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
emb_organisation_editor_init (EmbOrganisationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Saved after a pause in typing: an error does not take the focus. */
  self->form = emb_form_new ();
  emb_form_set_focus_on_error (self->form, FALSE);
  emb_form_add_field (self->form, "name",
                      GTK_WIDGET (self->organisation_name_row), self->organisation_name_error);
  emb_form_add_field (self->form, "vision", GTK_WIDGET (self->vision_view), self->vision_error);
  emb_form_add_field (self->form, "cx-strategy", GTK_WIDGET (self->strategy_view), self->strategy_error);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->vision_view), "changed",
                            G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->strategy_view), "changed",
                            G_CALLBACK (on_changed), self);
}

/**
 * emb_organisation_editor_set_database:
 * @database: the organisation's database
 */
void
emb_organisation_editor_set_database (EmbOrganisationEditor *self,
                                      EmbDatabase           *database)
{
  g_return_if_fail (EMB_IS_ORGANISATION_EDITOR (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
}

/**
 * emb_organisation_editor_load:
 *
 * Shows the organisation as stored, unless something typed is not saved.
 */
void
emb_organisation_editor_load (EmbOrganisationEditor *self)
{
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (EMB_IS_ORGANISATION_EDITOR (self));

  if (self->dirty || self->database == NULL)
    return;

  organisation = emb_programme_store_get_organisation (self->database, &error);
  if (organisation == NULL)
    {
      g_warning ("Cannot read the organisation: %s", error->message);
      return;
    }

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_name_row),
                         emb_organisation_get_name (organisation) ?: "");
  g_object_set (gtk_text_view_get_buffer (self->vision_view),
                "text", emb_organisation_get_vision (organisation) ?: "",
                NULL);
  g_object_set (gtk_text_view_get_buffer (self->strategy_view),
                "text", emb_organisation_get_cx_strategy (organisation) ?: "",
                NULL);
  self->loading--;
}

/**
 * emb_organisation_editor_save:
 *
 * Saves the organisation's name, vision and CX strategy as typed, when they
 * changed. A validation error is shown next to its field.
 *
 * Returns: %TRUE when nothing was left unsaved
 */
gboolean
emb_organisation_editor_save (EmbOrganisationEditor *self)
{
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *vision = NULL;
  g_autofree char *strategy = NULL;

  g_return_val_if_fail (EMB_IS_ORGANISATION_EDITOR (self), FALSE);

  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  if (!self->dirty || self->database == NULL)
    return TRUE;

  organisation = emb_programme_store_get_organisation (self->database, &error);
  if (organisation == NULL)
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  g_object_get (gtk_text_view_get_buffer (self->vision_view), "text", &vision, NULL);
  g_object_get (gtk_text_view_get_buffer (self->strategy_view), "text", &strategy, NULL);
  emb_organisation_set_name (organisation,
                             gtk_editable_get_text (GTK_EDITABLE (self->organisation_name_row)));
  emb_organisation_set_vision (organisation, vision);
  emb_organisation_set_cx_strategy (organisation, strategy);

  emb_form_clear (self->form);
  if (!emb_programme_store_save_organisation (self->database, organisation, &error))
    {
      if (!emb_form_show_error (self->form, error))
        emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  self->dirty = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_organisation_button), FALSE);
  return TRUE;
}
