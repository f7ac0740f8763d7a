/* emb-employee-detail.c: an employee's role, touchpoints, promises and PIN
 *
 * The window follows the database while it is shown (EmbRefresher): the
 * rows of the "Work" group are the template's, the touchpoints below are
 * rebuilt on each refresh. It closes itself when the employee is deleted.
 *
 * The "Staff Sign-in" group says whether the person has a PIN for the staff
 * window, sets or resets it (EmbEmployeePinDialog) and removes it with Undo:
 * the removal waits in the window's own EmbUndoQueue while its toast shows,
 * and the group says "No PIN" meanwhile.
 *
 * "Personal Data" answers a person's requests: export everything the
 * programme holds about them (emb-person-export, JSON or HTML, chosen with
 * a GtkFileChooserNative) and erase them (emb-person-erase), after an
 * AdwMessageDialog that names them and says what goes and what is kept.
 * After an erasure the window emits ::erased and closes: the person is no
 * longer anyone to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-employee-detail.h"
#include "emb-employee-editor.h"
#include "emb-employee-pin-dialog.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-person-erase.h"
#include "emb-person-export.h"
#include "emb-pin.h"
#include "emb-promise-store.h"
#include "emb-refresher.h"
#include "emb-responsibility.h"
#include "emb-toast.h"
#include "emb-touchpoint.h"
#include "emb-undo-queue.h"

struct _EmbEmployeeDetail
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  gint64               employee_id;
  EmbRefresher        *refresher;
  GPtrArray           *touchpoint_rows;   /* GtkWidget, in touchpoints_group */
  GtkWindow           *editor;
  GtkWindow           *pin_dialog;
  GtkWindow           *erase_dialog;
  GtkFileChooserNative *export_chooser;
  char                *employee_number;
  EmbUndoQueue        *undo_queue;        /* the removal of the PIN */
  char                *name;

  AdwWindowTitle      *window_title;
  AdwActionRow        *role_row;
  AdwActionRow        *department_row;
  AdwActionRow        *site_row;
  AdwActionRow        *email_row;
  AdwActionRow        *hire_date_row;
  AdwActionRow        *status_row;
  AdwPreferencesGroup *touchpoints_group;
  AdwActionRow        *pin_row;
  GtkImage            *pin_icon;
  AdwActionRow        *set_pin_row;
  AdwActionRow        *remove_pin_row;
};

G_DEFINE_FINAL_TYPE (EmbEmployeeDetail, emb_employee_detail, ADW_TYPE_WINDOW)

enum {
  SIGNAL_ERASED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
level_label (EmbResponsibilityLevel level)
{
  switch (level)
    {
    case EMB_RESPONSIBILITY_LEVEL_OWNS:
      return _("Owns this touchpoint");
    case EMB_RESPONSIBILITY_LEVEL_DELIVERS:
      return _("Delivers it");
    case EMB_RESPONSIBILITY_LEVEL_SUPPORTS:
      return _("Supports it");
    case EMB_RESPONSIBILITY_LEVEL_INFORMED:
      return _("Is kept informed");
    case EMB_RESPONSIBILITY_LEVEL_NONE:
    default:
      return "";
    }
}

static const char *
office_label (EmbOffice office)
{
  return office == EMB_OFFICE_BACK ? _("Back office") : _("Front office");
}

static void
show_value (AdwActionRow *row,
            const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL && *value != '\0' ? value : "—");
}

/* A dimmed row that says why a list is empty. */
static GtkWidget *
note_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* The published promises made at @touchpoint_id, as rows of @expander. */
static void
add_promises (EmbEmployeeDetail *self,
              AdwExpanderRow    *expander,
              gint64             touchpoint_id)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GListModel) promises = NULL;
  guint n_shown = 0;

  filter.status = EMB_PROMISE_STATUS_PUBLISHED;
  filter.touchpoint_id = touchpoint_id;
  promises = emb_promise_store_list (self->database, &filter, NULL);

  for (guint i = 0; promises != NULL && i < g_list_model_get_n_items (promises); i++)
    {
      g_autoptr(EmbPromise) promise = g_list_model_get_item (promises, i);
      gint64 version_id = emb_promise_get_published_version_id (promise);
      g_autoptr(EmbPromiseVersion) version = NULL;
      g_autoptr(GArray) touchpoints = NULL;
      g_autofree char *expectation = NULL;
      gboolean here = FALSE;
      GtkWidget *row;

      /* The version in force is what is promised; a draft may name other
       * touchpoints. */
      if (version_id == 0)
        continue;
      touchpoints = emb_promise_store_get_touchpoints (self->database, version_id);
      for (guint j = 0; touchpoints != NULL && j < touchpoints->len; j++)
        if (g_array_index (touchpoints, gint64, j) == touchpoint_id)
          here = TRUE;
      version = here ? emb_promise_store_get_version (self->database, version_id, NULL) : NULL;
      if (version == NULL)
        continue;

      if (emb_promise_version_get_customer_expectation (version) != NULL &&
          *emb_promise_version_get_customer_expectation (version) != '\0')
        expectation = g_strdup_printf (_("What the customer can expect: %s"),
                                       emb_promise_version_get_customer_expectation (version));
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "use-markup", FALSE,
                          "title", emb_promise_version_get_statement (version),
                          "title-lines", 0,
                          "subtitle", expectation != NULL ? expectation : "",
                          NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      adw_expander_row_add_row (expander, row);
      n_shown++;
    }

  if (n_shown == 0)
    adw_expander_row_add_row (expander, note_row (_("No published promise here yet")));
}

static void
add_touchpoint_row (EmbEmployeeDetail *self,
                    GtkWidget         *row)
{
  adw_preferences_group_add (self->touchpoints_group, row);
  g_ptr_array_add (self->touchpoint_rows, row);
}

/* The PIN ----------------------------------------------------------------- */

static gboolean
has_pin (EmbEmployeeDetail *self)
{
  /* A removal waiting behind its Undo toast counts as done. */
  return !emb_undo_queue_contains (self->undo_queue, EMB_RECORD_KIND_EMPLOYEE, self->employee_id) &&
         emb_pin_store_employee_has_pin (self->database, self->employee_id);
}

static void
show_pin (EmbEmployeeDetail *self)
{
  gboolean set = has_pin (self);

  adw_action_row_set_subtitle (self->pin_row, set ? _("PIN set: can sign in to the staff window")
                                                  : _("No PIN: cannot sign in to the staff window"));
  gtk_image_set_from_icon_name (self->pin_icon, set ? "emblem-ok-symbolic" : "dialog-password-symbolic");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->set_pin_row), set ? _("Reset PIN…") : _("Set PIN…"));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_pin_row), set);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.remove-pin", set);
}

static void
on_pin_saved (EmbEmployeeDetail *self)
{
  g_autofree char *title = g_markup_printf_escaped (_("New PIN saved for %s"), self->name);

  emb_toast_add (GTK_WIDGET (self), adw_toast_new (title));
  emb_refresher_refresh_now (self->refresher);
}

static void
set_pin_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  GtkWindow *dialog;

  if (self->pin_dialog != NULL)
    {
      gtk_window_present (self->pin_dialog);
      return;
    }
  /* A removal still offering Undo is carried out first: the new PIN is
   * what counts. */
  emb_undo_queue_flush (self->undo_queue);
  dialog = GTK_WINDOW (emb_employee_pin_dialog_new (self->database, self->employee_id,
                                                    self->name != NULL ? self->name : "",
                                                    has_pin (self)));
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (dialog, TRUE);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_pin_saved), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->pin_dialog, dialog);
  gtk_window_present (dialog);
}

static gboolean
clear_pins (EmbDatabase   *database,
            const gint64  *ids,
            guint          n_ids,
            gpointer       user_data,
            GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    if (!emb_pin_store_clear_employee_pin (database, ids[i], error))
      return FALSE;
  return TRUE;
}

static void
remove_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autofree char *title = NULL;

  if (!has_pin (self))
    return;
  /* Translators: the toast after removing an employee's PIN, with Undo */
  title = g_strdup_printf (_("PIN of %s removed"), self->name != NULL ? self->name : "");
  emb_undo_queue_push (self->undo_queue, widget, EMB_RECORD_KIND_EMPLOYEE, &self->employee_id, 1,
                       title, clear_pins, NULL, NULL);
  show_pin (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->set_pin_row));
}

static void
on_undo_changed (EmbEmployeeDetail *self)
{
  emb_refresher_refresh_now (self->refresher);
}

static void
refresh (GtkWidget *widget)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(EmbDepartment) department = NULL;
  g_autoptr(EmbRole) role = NULL;
  g_autoptr(GListModel) responsibilities = NULL;
  g_autofree char *department_text = NULL;

  employee = emb_people_store_get_employee (self->database, self->employee_id, NULL);
  /* An erased person (here or in another window) is nobody to show. */
  if (employee == NULL || emb_employee_get_erased (employee))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (emb_employee_get_department_id (employee) > 0)
    department = emb_people_store_get_department (self->database,
                                                  emb_employee_get_department_id (employee), NULL);
  if (emb_employee_get_role_id (employee) > 0)
    role = emb_people_store_get_role (self->database, emb_employee_get_role_id (employee), NULL);

  adw_window_title_set_title (self->window_title, emb_employee_get_name (employee));
  adw_window_title_set_subtitle (self->window_title, emb_employee_get_employee_number (employee));
  gtk_window_set_title (GTK_WINDOW (self), emb_employee_get_name (employee));
  g_free (self->name);
  self->name = g_strdup (emb_employee_get_name (employee));
  g_free (self->employee_number);
  self->employee_number = g_strdup (emb_employee_get_employee_number (employee));
  show_pin (self);

  if (department != NULL)
    department_text = g_strdup_printf ("%s · %s", emb_department_get_name (department),
                                       office_label (emb_department_get_office (department)));
  show_value (self->role_row, role != NULL ? emb_role_get_name (role) : _("No role"));
  show_value (self->department_row, department_text);
  show_value (self->site_row, emb_employee_get_site (employee));
  show_value (self->email_row, emb_employee_get_email (employee));
  show_value (self->hire_date_row, emb_employee_get_hire_date (employee));
  show_value (self->status_row, emb_employee_get_active (employee) ? _("Active") : _("Inactive"));

  for (guint i = 0; i < self->touchpoint_rows->len; i++)
    adw_preferences_group_remove (self->touchpoints_group, g_ptr_array_index (self->touchpoint_rows, i));
  g_ptr_array_set_size (self->touchpoint_rows, 0);

  if (role != NULL)
    responsibilities = emb_journey_store_list_role_responsibilities (self->database,
                                                                     emb_record_get_id (EMB_RECORD (role)),
                                                                     NULL);
  for (guint i = 0; responsibilities != NULL && i < g_list_model_get_n_items (responsibilities); i++)
    {
      g_autoptr(EmbResponsibility) responsibility = g_list_model_get_item (responsibilities, i);
      gint64 touchpoint_id = emb_responsibility_get_touchpoint_id (responsibility);
      g_autoptr(EmbTouchpoint) touchpoint = emb_journey_store_get_touchpoint (self->database,
                                                                             touchpoint_id, NULL);
      GtkWidget *expander;

      if (touchpoint == NULL)
        continue;
      expander = g_object_new (ADW_TYPE_EXPANDER_ROW,
                               "use-markup", FALSE,
                               "title", emb_touchpoint_get_name (touchpoint),
                               "subtitle", level_label (emb_responsibility_get_level (responsibility)),
                               "expanded", TRUE,
                               NULL);
      add_promises (self, ADW_EXPANDER_ROW (expander), touchpoint_id);
      add_touchpoint_row (self, expander);
    }
  if (responsibilities == NULL || g_list_model_get_n_items (responsibilities) == 0)
    add_touchpoint_row (self, note_row (role != NULL ? _("The role has no touchpoints yet")
                                                     : _("Give this person a role to see their touchpoints")));
}

/* Personal data ------------------------------------------------------------- */

/**
 * emb_employee_detail_export:
 * @file: where to write; a name ending in .html writes a page, any other
 *   JSON (with .json added when it has neither ending)
 *
 * Exports everything the programme holds about the person, and says so in
 * a toast (or why not).
 *
 * Returns: whether it was written
 */
gboolean
emb_employee_detail_export (EmbEmployeeDetail *self,
                            GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *title = NULL;
  EmbPersonExportFormat format;

  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (emb_person_export_format_for_file (file, &format))
    target = g_object_ref (file);
  else
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *with_json = g_strconcat (path, ".json", NULL);

      target = g_file_new_for_path (with_json);
      format = EMB_PERSON_EXPORT_JSON;
    }

  if (self->employee_number == NULL ||
      !emb_person_export (self->database, self->employee_number, target, format, &error))
    {
      if (error != NULL)
        emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  /* Translators: a toast; %s is a person's name */
  title = g_markup_printf_escaped (_("Exported the personal data of %s"), self->name);
  emb_toast_add (GTK_WIDGET (self), adw_toast_new (title));
  return TRUE;
}

static void
on_export_chosen (GtkNativeDialog   *chooser,
                  int                response,
                  EmbEmployeeDetail *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->export_chooser);
  if (file != NULL)
    emb_employee_detail_export (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autofree char *suggested = NULL;

  if (self->export_chooser != NULL || self->employee_number == NULL)
    return;
  self->export_chooser = gtk_file_chooser_native_new (_("Export Personal Data"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->export_chooser), _("JSON (for programs)"), "*.json",
              "application/json");
  add_filter (GTK_FILE_CHOOSER (self->export_chooser), _("Web page (to read and print)"),
              "*.html", "text/html");
  /* Translators: the suggested file name of a person's exported data; %s is
   * their employee number */
  suggested = g_strdup_printf (_("personal-data-%s.json"), self->employee_number);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), suggested);
  g_signal_connect (self->export_chooser, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static gboolean
close_if_erased (gpointer data)
{
  EmbEmployeeDetail *self = data;

  if (self->refresher != NULL)
    emb_refresher_refresh_now (self->refresher);
  return G_SOURCE_REMOVE;
}

static void
on_erase_response (AdwMessageDialog  *dialog,
                   const char        *response,
                   EmbEmployeeDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!g_str_equal (response, "erase") || self->employee_number == NULL)
    return;
  name = g_strdup (self->name);
  if (!emb_person_erase (self->database, self->employee_number, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_ERASED], 0, name);
  /* Once the question has gone, the refresh closes the window. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_if_erased, g_object_ref (self), g_object_unref);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->erase_dialog != NULL)
    {
      gtk_window_present (self->erase_dialog);
      return;
    }
  if (self->employee_number == NULL)
    return;
  body = emb_person_erase_describe (self->database, self->employee_number, NULL, &error);
  if (body == NULL)
    {
      emb_toast_show_error (widget, error);
      return;
    }
  /* Translators: the question before erasing a person; %s is their name */
  heading = g_strdup_printf (_("Erase the Personal Data of %s?"), self->name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response), self, 0);
  g_set_weak_pointer (&self->erase_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * emb_employee_detail_get_erase_dialog:
 *
 * Returns: (transfer none) (nullable): the question before erasing the person
 */
GtkWindow *
emb_employee_detail_get_erase_dialog (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return self->erase_dialog;
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (self->database, self->employee_id, NULL);
  GtkWindow *editor;

  if (employee == NULL)
    return;
  editor = GTK_WINDOW (emb_employee_editor_new (self->database, employee));
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (editor, TRUE);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (editor);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/**
 * emb_employee_detail_new:
 * @employee_id: the employee to show
 */
EmbEmployeeDetail *
emb_employee_detail_new (EmbDatabase *database,
                         gint64       employee_id)
{
  EmbEmployeeDetail *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_DETAIL, NULL);
  self->database = g_object_ref (database);
  self->employee_id = employee_id;
  self->undo_queue = emb_undo_queue_new (database);
  g_signal_connect_object (self->undo_queue, "changed", G_CALLBACK (on_undo_changed), self, G_CONNECT_SWAPPED);
  /* Any change may touch what it shows: every kind is watched. */
  emb_refresher_set_database (self->refresher, database);
  return self;
}

/**
 * emb_employee_detail_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor opened from this window
 */
GtkWindow *
emb_employee_detail_get_editor (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return self->editor;
}

/**
 * emb_employee_detail_get_pin_dialog:
 *
 * Returns: (transfer none) (nullable): the PIN dialog opened from this window
 */
GtkWindow *
emb_employee_detail_get_pin_dialog (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return self->pin_dialog;
}

/**
 * emb_employee_detail_get_pin_state:
 *
 * Returns: what the window says of the PIN, as "PIN set: …" or "No PIN: …"
 */
const char *
emb_employee_detail_get_pin_state (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return adw_action_row_get_subtitle (self->pin_row);
}

/**
 * emb_employee_detail_get_undo_queue:
 *
 * Returns: (transfer none): where the removal of the PIN waits for its toast
 */
EmbUndoQueue *
emb_employee_detail_get_undo_queue (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return self->undo_queue;
}

static void
emb_employee_detail_dispose (GObject *object)
{
  EmbEmployeeDetail *self = (EmbEmployeeDetail *)object;

  /* The removal of a PIN still offering Undo is carried out now. */
  g_clear_object (&self->undo_queue);
  g_clear_object (&self->refresher);
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->pin_dialog);
  g_clear_weak_pointer (&self->erase_dialog);
  if (self->export_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->export_chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
      g_clear_object (&self->export_chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_EMPLOYEE_DETAIL);
  g_clear_pointer (&self->touchpoint_rows, g_ptr_array_unref);
  g_clear_object (&self->database);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->employee_number, g_free);

  G_OBJECT_CLASS (emb_employee_detail_parent_class)->dispose (object);
}

static void
emb_employee_detail_class_init (EmbEmployeeDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_employee_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-employee-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, window_title);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, role_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, site_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, email_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, hire_date_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, touchpoints_group);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, pin_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, pin_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, set_pin_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeDetail, remove_pin_row);

  gtk_widget_class_install_action (widget_class, "detail.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "detail.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "detail.set-pin", NULL, set_pin_action);
  gtk_widget_class_install_action (widget_class, "detail.remove-pin", NULL, remove_pin_action);
  gtk_widget_class_install_action (widget_class, "detail.export-personal-data", NULL,
                                   export_action);
  gtk_widget_class_install_action (widget_class, "detail.erase-personal-data", NULL,
                                   erase_action);

  /**
   * EmbEmployeeDetail::erased:
   * @name: the name the person had
   *
   * The person was erased; the window closes after it.
   */
  signals[SIGNAL_ERASED] = g_signal_new ("erased", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.close", NULL);
}

static void
emb_employee_detail_init (EmbEmployeeDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->touchpoint_rows = g_ptr_array_new ();
  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh);
}
