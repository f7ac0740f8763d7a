/* emb-staff-recognition-view.c: nominating colleagues, and my recognitions
 *
 * The Recognition view of the staff window: a button that opens the
 * nomination dialog, the nominations I sent with their status, and the
 * recognitions that I or my department received once approved. Everything
 * is read through the signed-in person's session (EmbStaffSession), which
 * never gives the sender of an anonymous nomination; without a session the
 * view shows nothing. It follows the database while shown (EmbRefresher).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-recognition-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-format.h"
#include "emb-records.h"
#include "emb-staff-item-row.h"
#include "emb-staff-nominate-dialog.h"
#include "emb-staff-recognition-view.h"
#include "emb-toast.h"

struct _EmbStaffRecognitionView
{
  EmbStaffView     parent_instance;

  GHashTable      *values;        /* id → EmbValue */
  GHashTable      *touchpoints;   /* id → EmbTouchpoint */
  GHashTable      *departments;   /* id → EmbDepartment */
  GtkWindow       *dialog;        /* weak */

  GtkListBox      *sent_list;
  GtkListBox      *received_list;
};

G_DEFINE_FINAL_TYPE (EmbStaffRecognitionView, emb_staff_recognition_view, EMB_TYPE_STAFF_VIEW)

/* How a nomination I sent stands, in words and in colour. */
static const struct
{
  const char *text;
  const char *style;
} statuses[] = {
  [EMB_NOMINATION_STATUS_SUBMITTED] = { NC_("nomination status", "Waiting for a manager"), "dim-label" },
  [EMB_NOMINATION_STATUS_APPROVED] = { NC_("nomination status", "Approved"), "success" },
  [EMB_NOMINATION_STATUS_DECLINED] = { NC_("nomination status", "Not approved"), "error" },
  [EMB_NOMINATION_STATUS_CELEBRATED] = { NC_("nomination status", "Celebrated"), "accent" },
};

static void
show_status (EmbStaffItemRow     *row,
             EmbNominationStatus  status)
{
  if ((guint)status >= G_N_ELEMENTS (statuses))
    return;
  emb_staff_item_row_set_badge (row, g_dpgettext2 (GETTEXT_PACKAGE, "nomination status", statuses[status].text),
                                statuses[status].style);
}

static const char *
lookup_name (GHashTable        *table,
             gint64             id,
             EmbRecordNameFunc  name)
{
  gpointer record = id > 0 ? g_hash_table_lookup (table, &id) : NULL;

  return record != NULL ? name (record) : NULL;
}

/* The name of a colleague named in a nomination of mine (whom I nominated,
 * who nominated me), or NULL when there is none to show. */
static char *
colleague_name (EmbStaffRecognitionView *self,
                gint64                   employee_id)
{
  g_autoptr(EmbEmployee) colleague = NULL;

  if (employee_id <= 0)
    return NULL;
  colleague = emb_staff_session_get_colleague (emb_staff_view_get_session (EMB_STAFF_VIEW (self)),
                                               employee_id, NULL);
  return colleague != NULL ? g_strdup (emb_employee_get_name (colleague)) : NULL;
}

/* Whom a nomination is for: the colleague, or the department. */
static char *
nominee_text (EmbStaffRecognitionView *self,
              EmbNomination           *nomination)
{
  const char *department;

  if (emb_nomination_get_nominee_department_id (nomination) <= 0)
    {
      char *name = colleague_name (self, emb_nomination_get_nominee_employee_id (nomination));

      return name != NULL ? name : g_strdup (_("A colleague"));
    }
  department = lookup_name (self->departments, emb_nomination_get_nominee_department_id (nomination),
                            (EmbRecordNameFunc)emb_department_get_name);
  /* Translators: a nomination of a whole department */
  return g_strdup_printf (_("Team: %s"), department != NULL ? department : _("a department"));
}

/* The value, where it happened and when, on one line. */
static char *
meta_text (EmbStaffRecognitionView *self,
           EmbNomination           *nomination)
{
  const char *value = lookup_name (self->values, emb_nomination_get_value_id (nomination),
                                   (EmbRecordNameFunc)emb_value_get_name);
  const char *touchpoint = lookup_name (self->touchpoints, emb_nomination_get_touchpoint_id (nomination),
                                        (EmbRecordNameFunc)emb_touchpoint_get_name);
  g_autofree char *day = emb_format_day (emb_nomination_get_submitted_at (nomination));
  g_autoptr(GString) text = g_string_new (value != NULL ? value : "");

  if (touchpoint != NULL)
    g_string_append_printf (text, " · %s", touchpoint);
  if (day != NULL)
    g_string_append_printf (text, " · %s", day);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
sent_row (EmbStaffRecognitionView *self,
          EmbNomination           *nomination)
{
  GtkWidget *row = emb_staff_item_row_new ();
  EmbNominationStatus status = emb_nomination_get_status (nomination);
  g_autofree char *title = nominee_text (self, nomination);
  g_autofree char *meta = meta_text (self, nomination);
  const char *note = emb_nomination_get_decision_note (nomination);
  g_autoptr(GString) note_text = g_string_new (NULL);

  if (emb_nomination_get_anonymous (nomination))
    g_string_append (note_text, _("Sent anonymously: only you know it was you."));
  if (note != NULL && *note != '\0')
    {
      if (note_text->len > 0)
        g_string_append_c (note_text, '\n');
      /* Translators: what the manager wrote when deciding on a nomination */
      g_string_append_printf (note_text, _("Note: %s"), note);
    }
  emb_staff_item_row_set (EMB_STAFF_ITEM_ROW (row), title, meta,
                          emb_nomination_get_story (nomination), note_text->str);
  show_status (EMB_STAFF_ITEM_ROW (row), status);
  return row;
}

static GtkWidget *
received_row (EmbStaffRecognitionView *self,
              EmbNomination           *nomination)
{
  GtkWidget *row = emb_staff_item_row_new ();
  g_autofree char *sender = NULL;
  g_autofree char *title = NULL;
  g_autofree char *meta = meta_text (self, nomination);

  /* The session never names the sender of an anonymous nomination. */
  if (!emb_nomination_get_anonymous (nomination))
    sender = colleague_name (self, emb_nomination_get_nominator_id (nomination));
  if (emb_nomination_get_nominee_department_id (nomination) > 0)
    {
      g_autofree char *team = nominee_text (self, nomination);

      /* Translators: a recognition of my whole department, and who sent it */
      title = g_strdup_printf (_("%s, from %s"), team, sender != NULL ? sender : _("a colleague"));
    }
  else
    /* Translators: who recognised me; "a colleague" when anonymous */
    title = g_strdup_printf (_("From %s"), sender != NULL ? sender : _("a colleague"));
  emb_staff_item_row_set (EMB_STAFF_ITEM_ROW (row), title, meta,
                          emb_nomination_get_story (nomination), NULL);
  if (emb_nomination_get_status (nomination) == EMB_NOMINATION_STATUS_CELEBRATED)
    show_status (EMB_STAFF_ITEM_ROW (row), EMB_NOMINATION_STATUS_CELEBRATED);
  return row;
}

static void
fill_list (EmbStaffRecognitionView  *self,
           GtkListBox               *list,
           GListModel               *nominations,
           GtkWidget              *(*make_row) (EmbStaffRecognitionView *self,
                                                EmbNomination           *nomination))
{
  emb_staff_item_rows_clear (list);
  for (guint i = 0; nominations != NULL && i < g_list_model_get_n_items (nominations); i++)
    {
      g_autoptr(EmbNomination) nomination = g_list_model_get_item (nominations, i);

      gtk_list_box_append (list, make_row (self, nomination));
    }
}

static void
clear (EmbStaffRecognitionView *self)
{
  emb_staff_item_rows_clear (self->sent_list);
  emb_staff_item_rows_clear (self->received_list);
  g_hash_table_remove_all (self->values);
  g_hash_table_remove_all (self->touchpoints);
  g_hash_table_remove_all (self->departments);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-recognition.nominate", FALSE);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
}

static void
emb_staff_recognition_view_refresh (EmbStaffView *view)
{
  EmbStaffRecognitionView *self = EMB_STAFF_RECOGNITION_VIEW (view);
  EmbStaffSession *session = emb_staff_view_get_session (view);
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) sent = NULL;
  g_autoptr(GListModel) received = NULL;
  g_autoptr(GError) error = NULL;

  if (session == NULL || !emb_staff_session_is_signed_in (session))
    {
      clear (self);
      return;
    }

  values = emb_staff_session_list_values (session, NULL);
  touchpoints = emb_staff_session_list_touchpoints (session, NULL);
  departments = emb_staff_session_list_departments (session, NULL);
  emb_records_by_id_fill (self->values, values);
  emb_records_by_id_fill (self->touchpoints, touchpoints);
  emb_records_by_id_fill (self->departments, departments);

  sent = emb_staff_session_list_sent_nominations (session, &error);
  if (sent != NULL)
    received = emb_staff_session_list_received_recognitions (session, &error);
  if (error != NULL)
    emb_toast_show_error (widget, error);
  fill_list (self, self->sent_list, sent, sent_row);
  fill_list (self, self->received_list, received, received_row);
  gtk_widget_action_set_enabled (widget, "staff-recognition.nominate", TRUE);
}

static void
on_submitted (EmbStaffRecognitionView *self)
{
  g_autoptr(AdwToast) toast = adw_toast_new (_("Nomination sent: a manager will review it"));

  emb_toast_add (GTK_WIDGET (self), g_steal_pointer (&toast));
  emb_staff_view_refresh_now (EMB_STAFF_VIEW (self));
}

/**
 * emb_staff_recognition_view_nominate:
 *
 * Opens the nomination dialog (or brings back the one open), with what was
 * typed in it before.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL without a session
 */
GtkWindow *
emb_staff_recognition_view_nominate (EmbStaffRecognitionView *self)
{
  EmbStaffSession *session;
  GtkRoot *root;

  g_return_val_if_fail (EMB_IS_STAFF_RECOGNITION_VIEW (self), NULL);

  session = emb_staff_view_get_session (EMB_STAFF_VIEW (self));
  if (session == NULL || !emb_staff_session_is_signed_in (session))
    return NULL;
  if (self->dialog == NULL)
    {
      GtkWindow *dialog = GTK_WINDOW (emb_staff_nominate_dialog_new (session));

      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (GTK_IS_WINDOW (root))
        {
          gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
          gtk_window_set_destroy_with_parent (dialog, TRUE);
        }
      g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_submitted), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->dialog, dialog);
    }
  gtk_window_present (self->dialog);
  return self->dialog;
}

static void
nominate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  emb_staff_recognition_view_nominate (EMB_STAFF_RECOGNITION_VIEW (widget));
}

/**
 * emb_staff_recognition_view_get_dialog:
 *
 * Returns: (transfer none) (nullable): the nomination dialog, while open
 */
GtkWindow *
emb_staff_recognition_view_get_dialog (EmbStaffRecognitionView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_RECOGNITION_VIEW (self), NULL);

  return self->dialog;
}

/**
 * emb_staff_recognition_view_get_list:
 * @received: the recognitions received, or else the nominations sent
 *
 * Returns: (transfer none): the list; its rows are #EmbStaffItemRow
 */
GtkListBox *
emb_staff_recognition_view_get_list (EmbStaffRecognitionView *self,
                                     gboolean                 received)
{
  g_return_val_if_fail (EMB_IS_STAFF_RECOGNITION_VIEW (self), NULL);

  return received ? self->received_list : self->sent_list;
}

GtkWidget *
emb_staff_recognition_view_new (EmbStaffSession *session)
{
  g_return_val_if_fail (session == NULL || EMB_IS_STAFF_SESSION (session), NULL);

  g_autoptr(EmbDatabase) database = NULL;

  if (session != NULL)
    g_object_get (session, "database", &database, NULL);
  return g_object_new (EMB_TYPE_STAFF_RECOGNITION_VIEW, "database", database, "session", session, NULL);
}

static void
emb_staff_recognition_view_dispose (GObject *object)
{
  EmbStaffRecognitionView *self = (EmbStaffRecognitionView *)object;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_RECOGNITION_VIEW);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->touchpoints, g_hash_table_unref);
  g_clear_pointer (&self->departments, g_hash_table_unref);

  G_OBJECT_CLASS (emb_staff_recognition_view_parent_class)->dispose (object);
}

static void
emb_staff_recognition_view_class_init (EmbStaffRecognitionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_recognition_view_dispose;
  EMB_STAFF_VIEW_CLASS (klass)->refresh = emb_staff_recognition_view_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-recognition-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffRecognitionView, sent_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffRecognitionView, received_list);

  gtk_widget_class_install_action (widget_class, "staff-recognition.nominate", NULL, nominate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "staff-recognition.nominate", NULL);
}

static void
emb_staff_recognition_view_init (EmbStaffRecognitionView *self)
{
  g_type_ensure (EMB_TYPE_STAFF_ITEM_ROW);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->values = emb_records_by_id_new ();
  self->touchpoints = emb_records_by_id_new ();
  self->departments = emb_records_by_id_new ();
  clear (self);
}
