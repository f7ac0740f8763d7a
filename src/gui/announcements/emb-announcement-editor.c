/* emb-announcement-editor.c: a dialog to write or change an announcement
 *
 * The title, the text, a link to read more (the kiosk shows it as a QR
 * code), the audience (everyone, or the departments or roles ticked), whether staff are asked to acknowledge it and whether the kiosk
 * shows it. A store's validation error shows under the field it names.
 *
 * A published announcement keeps its text and audience unless it is
 * published again (see emb-announcement-store.c): when the change needs it,
 * the dialog asks first, and says what becomes of the acknowledgements
 * already given: kept (a correction) or cleared (everyone is asked again).
 * A change of the title or the switches is saved as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-announcement-editor.h"
#include "emb-announcement-store.h"
#include "emb-form.h"
#include "emb-format.h"
#include "emb-people-store.h"

struct _EmbAnnouncementEditor
{
  AdwWindow         parent_instance;

  EmbDatabase      *database;
  EmbAnnouncement  *announcement;
  EmbForm          *form;
  GPtrArray        *department_checks;   /* GtkCheckButton */
  GArray           *department_ids;      /* gint64, of each check */
  GPtrArray        *role_checks;
  GArray           *role_ids;
  GtkWindow        *question;            /* weak: the republish question */

  GtkButton        *save_button;
  GtkLabel         *general_error;
  GtkLabel         *published_note;
  AdwEntryRow      *title_row;
  GtkLabel         *title_error;
  GtkTextView      *body_view;
  GtkLabel         *body_error;
  AdwEntryRow      *link_row;
  GtkLabel         *link_error;
  GtkCheckButton   *everyone_check;
  GtkCheckButton   *departments_check;
  GtkCheckButton   *roles_check;
  GtkLabel         *audience_error;
  GtkWidget        *departments_box;
  GtkFlowBox       *departments_flow;
  GtkLabel         *departments_error;
  GtkWidget        *roles_box;
  GtkBox           *roles_groups;
  GtkLabel         *roles_error;
  GtkSwitch        *needs_ack_switch;
  GtkSwitch        *kiosk_switch;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementEditor, emb_announcement_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The audience ------------------------------------------------------------ */

static EmbAudience
chosen_audience (EmbAnnouncementEditor *self)
{
  if (gtk_check_button_get_active (self->departments_check))
    return EMB_AUDIENCE_DEPARTMENTS;
  if (gtk_check_button_get_active (self->roles_check))
    return EMB_AUDIENCE_ROLES;
  return EMB_AUDIENCE_EVERYONE;
}

static void
on_audience_toggled (EmbAnnouncementEditor *self)
{
  EmbAudience audience = chosen_audience (self);

  gtk_widget_set_visible (self->departments_box, audience == EMB_AUDIENCE_DEPARTMENTS);
  gtk_widget_set_visible (self->roles_box, audience == EMB_AUDIENCE_ROLES);
  emb_form_clear_field (self->form, "audience");
}

static void
on_choice_toggled (EmbAnnouncementEditor *self,
                   GtkCheckButton        *check)
{
  gboolean department = g_ptr_array_find (self->department_checks, check, NULL);

  emb_form_clear_field (self->form, department ? "departments" : "roles");
}

/* A flow box of check buttons, one a record, under an optional heading. */
static GtkFlowBox *
new_choices (const char *heading)
{
  GtkFlowBox *flow = GTK_FLOW_BOX (g_object_new (GTK_TYPE_FLOW_BOX,
                                                 "selection-mode", GTK_SELECTION_NONE,
                                                 "homogeneous", TRUE,
                                                 "min-children-per-line", 1,
                                                 "max-children-per-line", 3,
                                                 "column-spacing", 6,
                                                 "margin-bottom", 6,
                                                 NULL));

  if (heading != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                    -1);
  return flow;
}

static void
add_choice (EmbAnnouncementEditor *self,
            GtkFlowBox            *flow,
            GPtrArray             *checks,
            GArray                *ids,
            EmbRecord             *record,
            const char            *name,
            GArray                *chosen)
{
  gint64 id = emb_record_get_id (record);
  GtkWidget *check = gtk_check_button_new_with_label (name);
  gboolean active = FALSE;

  for (guint i = 0; chosen != NULL && i < chosen->len && !active; i++)
    active = g_array_index (chosen, gint64, i) == id;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_choice_toggled), self,
                           G_CONNECT_SWAPPED);
  gtk_flow_box_append (flow, check);
  /* Tab goes to the check buttons, not to their flow box children. */
  gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);
  g_ptr_array_add (checks, check);
  g_array_append_val (ids, id);
}

/* The departments, and the roles under their department. */
static void
build_choices (EmbAnnouncementEditor *self,
               GArray                *chosen_departments,
               GArray                *chosen_roles)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (self->database, NULL);
  g_autoptr(GListModel) roles = emb_people_store_list_roles (self->database, 0, NULL);
  guint n_departments = departments != NULL ? g_list_model_get_n_items (departments) : 0;
  guint n_roles = roles != NULL ? g_list_model_get_n_items (roles) : 0;

  for (guint d = 0; d < n_departments; d++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, d);
      const char *department_name = emb_department_get_name (department);
      GtkFlowBox *flow = NULL;

      add_choice (self, self->departments_flow, self->department_checks, self->department_ids,
                  EMB_RECORD (department), department_name, chosen_departments);

      for (guint r = 0; r < n_roles; r++)
        {
          g_autoptr(EmbRole) role = g_list_model_get_item (roles, r);

          if (emb_role_get_department_id (role) != emb_record_get_id (EMB_RECORD (department)))
            continue;
          if (flow == NULL)
            {
              GtkWidget *heading = gtk_label_new (department_name);

              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
              gtk_widget_add_css_class (heading, "caption-heading");
              gtk_box_append (self->roles_groups, heading);
              flow = new_choices (department_name);
              gtk_box_append (self->roles_groups, GTK_WIDGET (flow));
            }
          add_choice (self, flow, self->role_checks, self->role_ids,
                      EMB_RECORD (role), emb_role_get_name (role), chosen_roles);
        }
    }
}

/* The ids of the ticked checks. */
static GArray *
chosen_ids (GPtrArray *checks,
            GArray    *ids)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_array_append_val (chosen, g_array_index (ids, gint64, i));
  return chosen;
}

/* Saving ------------------------------------------------------------------ */

static gboolean
destroy_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Says it is saved and closes; after the question that asked, if any, has
 * closed (a dialog must not outlive the window it is transient for). */
static void
saved (EmbAnnouncementEditor *self,
       gboolean               republished)
{
  g_signal_emit (self, signals[SAVED], 0, emb_record_get_id (EMB_RECORD (self->announcement)),
                 republished);
  if (!republished)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle, g_object_ref (self), g_object_unref);
}

/* Copies what the fields say into the announcement. */
static void
read_fields (EmbAnnouncementEditor *self)
{
  g_autofree char *title = emb_form_get_text (self->form, "title");
  g_autofree char *body = emb_form_get_text (self->form, "body");
  g_autofree char *link = emb_form_get_text (self->form, "link");

  emb_announcement_set_title (self->announcement, title);
  emb_announcement_set_body (self->announcement, body);
  emb_announcement_set_link (self->announcement, link);
  emb_announcement_set_audience (self->announcement, chosen_audience (self));
  emb_announcement_set_needs_ack (self->announcement, gtk_switch_get_active (self->needs_ack_switch));
  emb_announcement_set_on_kiosk (self->announcement, gtk_switch_get_active (self->kiosk_switch));
}

static void
republish (EmbAnnouncementEditor         *self,
           EmbRepublishAcknowledgements   acknowledgements)
{
  g_autoptr(GArray) departments = chosen_ids (self->department_checks, self->department_ids);
  g_autoptr(GArray) roles = chosen_ids (self->role_checks, self->role_ids);
  g_autoptr(GError) error = NULL;

  emb_form_clear (self->form);
  read_fields (self);
  if (!emb_announcement_store_republish (self->database, self->announcement,
                                         (const gint64 *)(gpointer)departments->data, departments->len,
                                         (const gint64 *)(gpointer)roles->data, roles->len,
                                         acknowledgements, &error))
    {
      emb_form_show_error (self->form, error);
      return;
    }
  saved (self, TRUE);
}

static void
on_question_response (AdwMessageDialog      *question,
                      const char            *response,
                      EmbAnnouncementEditor *self)
{
  if (g_strcmp0 (response, "keep") == 0)
    republish (self, EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS);
  else if (g_strcmp0 (response, "ask") == 0)
    republish (self, EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS);
}

/* A published announcement with a new text or audience: publish it again,
 * and keep the acknowledgements or ask everyone again? */
static void
ask_to_republish (EmbAnnouncementEditor *self)
{
  gint64 id = emb_record_get_id (EMB_RECORD (self->announcement));
  gint64 n = emb_announcement_store_count_acknowledgements (self->database, id);
  AdwMessageDialog *question;

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                         _("Publish the Announcement Again?"),
                                                         NULL));
  if (n > 0)
    adw_message_dialog_format_body (question,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Its text or audience changed, so it is published "
                                                 "again today. %d employee has acknowledged it: "
                                                 "keep that for a correction, or ask everyone again.",
                                                 "Its text or audience changed, so it is published "
                                                 "again today. %d employees have acknowledged it: "
                                                 "keep theirs for a correction, or ask everyone "
                                                 "again.",
                                                 n),
                                    (int)MIN (n, G_MAXINT));
  else
    adw_message_dialog_set_body (question,
                                 _("Its text or audience changed, so it is published again "
                                   "today."));
  adw_message_dialog_add_response (question, "cancel", _("_Cancel"));
  if (n > 0)
    {
      adw_message_dialog_add_response (question, "keep", _("_Keep Acknowledgements"));
      adw_message_dialog_add_response (question, "ask", _("_Ask Everyone Again"));
    }
  else
    adw_message_dialog_add_response (question, "ask", _("_Publish Again"));
  adw_message_dialog_set_response_appearance (question, "ask", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (question, "cancel");
  adw_message_dialog_set_close_response (question, "cancel");
  g_signal_connect_object (question, "response", G_CALLBACK (on_question_response), self, 0);
  g_set_weak_pointer (&self->question, GTK_WINDOW (question));
  gtk_window_present (GTK_WINDOW (question));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbAnnouncementEditor *self = EMB_ANNOUNCEMENT_EDITOR (widget);
  g_autoptr(GArray) departments = chosen_ids (self->department_checks, self->department_ids);
  g_autoptr(GArray) roles = chosen_ids (self->role_checks, self->role_ids);
  g_autoptr(GError) error = NULL;
  const gint64 *department_data = (const gint64 *)(gpointer)departments->data;
  const gint64 *role_data = (const gint64 *)(gpointer)roles->data;

  emb_form_clear (self->form);
  read_fields (self);

  if (emb_announcement_store_needs_republish (self->database, self->announcement,
                                              department_data, departments->len,
                                              role_data, roles->len))
    {
      ask_to_republish (self);
      return;
    }

  if (!emb_announcement_store_save (self->database, self->announcement,
                                    department_data, departments->len,
                                    role_data, roles->len, &error))
    {
      emb_form_show_error (self->form, error);
      return;
    }
  saved (self, FALSE);
}

static void
on_entry_activated (GtkWidget *row)
{
  gtk_widget_activate_action (row, "editor.save", NULL);
}

/* Loading ----------------------------------------------------------------- */

static void
load (EmbAnnouncementEditor *self)
{
  EmbAnnouncement *a = self->announcement;
  gint64 id = emb_record_get_id (EMB_RECORD (a));
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autofree char *day = emb_format_day (emb_announcement_get_published_at (a));
  GtkCheckButton *audience_check;

  gtk_window_set_title (GTK_WINDOW (self), id == 0 ? _("New Announcement") : _("Edit Announcement"));
  gtk_button_set_label (self->save_button, id == 0 ? _("C_reate") : _("_Save"));
  if (day != NULL)
    {
      g_autofree char *note = NULL;

      note = g_strdup_printf (_("Published on %s. A new text or audience publishes it again; "
                                "you then choose whether staff must acknowledge it again."),
                              day);
      gtk_label_set_text (self->published_note, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->published_note), day != NULL);

  emb_form_set_text (self->form, "title", emb_announcement_get_title (a));
  emb_form_set_text (self->form, "body", emb_announcement_get_body (a));
  emb_form_set_text (self->form, "link", emb_announcement_get_link (a));
  gtk_switch_set_active (self->needs_ack_switch, emb_announcement_get_needs_ack (a));
  gtk_switch_set_active (self->kiosk_switch, emb_announcement_get_on_kiosk (a));

  if (id != 0)
    {
      departments = emb_announcement_store_get_department_ids (self->database, id);
      roles = emb_announcement_store_get_role_ids (self->database, id);
    }
  build_choices (self, departments, roles);

  switch (emb_announcement_get_audience (a))
    {
    case EMB_AUDIENCE_DEPARTMENTS:
      audience_check = self->departments_check;
      break;
    case EMB_AUDIENCE_ROLES:
      audience_check = self->roles_check;
      break;
    case EMB_AUDIENCE_EVERYONE:
    default:
      audience_check = self->everyone_check;
      break;
    }
  gtk_check_button_set_active (audience_check, TRUE);
  on_audience_toggled (self);
  emb_form_clear (self->form);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * emb_announcement_editor_new:
 * @announcement: (nullable): the announcement to change, or %NULL for a
 *   new one (a draft that asks for acknowledgement)
 *
 * The dialog emits #EmbAnnouncementEditor::saved and closes once the store
 * accepted the announcement.
 */
EmbAnnouncementEditor *
emb_announcement_editor_new (EmbDatabase     *database,
                             EmbAnnouncement *announcement)
{
  EmbAnnouncementEditor *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (announcement == NULL || EMB_IS_ANNOUNCEMENT (announcement), NULL);

  self = g_object_new (EMB_TYPE_ANNOUNCEMENT_EDITOR, NULL);
  self->database = g_object_ref (database);
  if (announcement != NULL && emb_record_is_saved (EMB_RECORD (announcement)))
    self->announcement = emb_announcement_store_get (database,
                                                     emb_record_get_id (EMB_RECORD (announcement)),
                                                     NULL);
  if (self->announcement == NULL)
    {
      self->announcement = emb_announcement_new ();
      emb_announcement_set_needs_ack (self->announcement, TRUE);
    }
  load (self);
  return self;
}

/* For tests and scripts --------------------------------------------------- */

/**
 * emb_announcement_editor_set_text:
 * @field: "title", "body" or "link"
 *
 * Types @text into the field.
 */
void
emb_announcement_editor_set_text (EmbAnnouncementEditor *self,
                                  const char            *field,
                                  const char            *text)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self));

  emb_form_set_text (self->form, field, text);
}

void
emb_announcement_editor_set_audience (EmbAnnouncementEditor *self,
                                      EmbAudience            audience)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self));

  gtk_check_button_set_active (audience == EMB_AUDIENCE_DEPARTMENTS ? self->departments_check
                               : audience == EMB_AUDIENCE_ROLES ? self->roles_check
                               : self->everyone_check,
                               TRUE);
}

/**
 * emb_announcement_editor_choose:
 * @audience: %EMB_AUDIENCE_DEPARTMENTS or %EMB_AUDIENCE_ROLES
 * @id: a department or role
 * @chosen: whether it is ticked
 *
 * Returns: %FALSE when the dialog offers no such department or role
 */
gboolean
emb_announcement_editor_choose (EmbAnnouncementEditor *self,
                                EmbAudience            audience,
                                gint64                 id,
                                gboolean               chosen)
{
  GPtrArray *checks;
  GArray *ids;

  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self), FALSE);

  checks = audience == EMB_AUDIENCE_ROLES ? self->role_checks : self->department_checks;
  ids = audience == EMB_AUDIENCE_ROLES ? self->role_ids : self->department_ids;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_check_button_set_active (g_ptr_array_index (checks, i), chosen);
        return TRUE;
      }
  return FALSE;
}

void
emb_announcement_editor_set_needs_ack (EmbAnnouncementEditor *self,
                                       gboolean               needs_ack)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self));

  gtk_switch_set_active (self->needs_ack_switch, needs_ack);
}

void
emb_announcement_editor_set_on_kiosk (EmbAnnouncementEditor *self,
                                      gboolean               on_kiosk)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self));

  gtk_switch_set_active (self->kiosk_switch, on_kiosk);
}

/**
 * emb_announcement_editor_get_error:
 *
 * Returns: (nullable): the validation error shown under @field
 */
const char *
emb_announcement_editor_get_error (EmbAnnouncementEditor *self,
                                   const char            *field)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self), NULL);

  return emb_form_get_error (self->form, field);
}

/**
 * emb_announcement_editor_get_question:
 *
 * Returns: (transfer none) (nullable): the question whether to publish
 *   again, while it is open
 */
GtkWindow *
emb_announcement_editor_get_question (EmbAnnouncementEditor *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_EDITOR (self), NULL);

  return self->question;
}

/* GObject ----------------------------------------------------------------- */

static void
emb_announcement_editor_dispose (GObject *object)
{
  EmbAnnouncementEditor *self = (EmbAnnouncementEditor *)object;

  if (self->question != NULL)
    gtk_window_destroy (self->question);
  g_clear_weak_pointer (&self->question);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ANNOUNCEMENT_EDITOR);

  G_OBJECT_CLASS (emb_announcement_editor_parent_class)->dispose (object);
}

static void
emb_announcement_editor_finalize (GObject *object)
{
  EmbAnnouncementEditor *self = (EmbAnnouncementEditor *)object;

  g_clear_pointer (&self->department_checks, g_ptr_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->role_checks, g_ptr_array_unref);
  g_clear_pointer (&self->role_ids, g_array_unref);
  g_clear_object (&self->announcement);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_announcement_editor_parent_class)->finalize (object);
}

static void
emb_announcement_editor_class_init (EmbAnnouncementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_announcement_editor_dispose;
  object_class->finalize = emb_announcement_editor_finalize;

  /**
   * EmbAnnouncementEditor::saved:
   * @id: the id of the announcement saved
   * @republished: whether it was published again
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, published_note);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, body_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, link_row);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, link_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, everyone_check);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, departments_check);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, roles_check);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, audience_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, departments_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, departments_flow);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, departments_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, roles_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, roles_groups);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, roles_error);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, needs_ack_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementEditor, kiosk_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_audience_toggled);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
emb_announcement_editor_init (EmbAnnouncementEditor *self)
{
  self->department_checks = g_ptr_array_new ();
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->role_checks = g_ptr_array_new ();
  self->role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The departments and roles are check buttons each: no one widget to
   * mark; their error shows under them. */
  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "title", GTK_WIDGET (self->title_row), self->title_error);
  emb_form_add_field (self->form, "body", GTK_WIDGET (self->body_view), self->body_error);
  emb_form_add_field (self->form, "link", GTK_WIDGET (self->link_row), self->link_error);
  emb_form_add_field (self->form, "audience", NULL, self->audience_error);
  emb_form_add_field (self->form, "departments", NULL, self->departments_error);
  emb_form_add_field (self->form, "roles", NULL, self->roles_error);

  emb_a11y_label_entry_row (self->title_row);
  emb_a11y_label_entry_row (self->link_row);
}
