/* emb-employee-pin-dialog.c: a manager sets or resets an employee's PIN
 * (or the manager PIN of the kiosk)
 *
 * The PIN is typed twice, hidden, and stored only as a hash; the Argon2id
 * work runs on a worker thread (emb_pin_store_set_pin_async()), so the
 * window stays responsive meanwhile. The dialog keeps no copy once closed. A PIN that is not 4 to 8 digits, or two that differ, are refused
 * under the field, and nothing changes. The employee changes it after
 * signing in to the staff window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-pin-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-employee-pin-dialog.h"
#include "emb-form.h"
#include "emb-pin.h"

struct _EmbEmployeePinDialog
{
  AdwWindow       parent_instance;

  EmbDatabase    *database;
  gint64          employee_id;
  EmbForm        *form;
  GCancellable   *cancellable;     /* while the PIN is being stored */

  AdwWindowTitle *window_title;
  GtkLabel       *intro_label;
  GtkLabel       *general_error;
  AdwEntryRow    *pin_row;
  GtkLabel       *pin_error;
  AdwEntryRow    *repeat_row;
  GtkLabel       *repeat_error;
  GtkWidget      *spinner;
};

G_DEFINE_FINAL_TYPE (EmbEmployeePinDialog, emb_employee_pin_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (EmbEmployeePinDialog *self,
          gboolean              busy)
{
  gtk_widget_set_visible (self->spinner, busy);
  /* Not insensitive: the row with the focus would lose it mid-event. */
  gtk_editable_set_editable (GTK_EDITABLE (self->pin_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->repeat_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.save", !busy);
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EmbEmployeePinDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!emb_pin_store_set_pin_finish (EMB_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_object (&self->cancellable);
      set_busy (self, FALSE);
      emb_form_set_error (self->form, NULL, error->message);
      return;
    }

  g_clear_object (&self->cancellable);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * emb_employee_pin_dialog_save:
 *
 * Stores the PIN typed twice. A PIN that is not one, or two that differ,
 * are refused under the field at once and change nothing. Otherwise the
 * PIN is stored in the background: the dialog emits
 * #EmbEmployeePinDialog::saved and closes when it is, or shows why not.
 *
 * Returns: whether the PIN is being stored
 */
gboolean
emb_employee_pin_dialog_save (EmbEmployeePinDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *pin, *repeat;

  g_return_val_if_fail (EMB_IS_EMPLOYEE_PIN_DIALOG (self), FALSE);

  if (self->cancellable != NULL)
    return TRUE;

  emb_form_clear (self->form);
  pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_row));
  repeat = gtk_editable_get_text (GTK_EDITABLE (self->repeat_row));

  if (!emb_pin_validate (pin, &error))
    {
      emb_form_set_error (self->form, "pin", error->message);
      return FALSE;
    }
  if (g_strcmp0 (pin, repeat) != 0)
    {
      emb_form_set_error (self->form, "repeat",
                          *repeat == '\0' ? _("Type the PIN a second time, to be sure of it.")
                                          : _("The two PINs differ: type the same PIN twice."));
      return FALSE;
    }

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  emb_pin_store_set_pin_async (self->database, self->employee_id, pin, self->cancellable,
                               stored_cb, g_object_ref (self));
  return TRUE;
}

/**
 * emb_employee_pin_dialog_is_saving:
 *
 * Returns: whether a PIN is being stored
 */
gboolean
emb_employee_pin_dialog_is_saving (EmbEmployeePinDialog *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_PIN_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  emb_employee_pin_dialog_save (EMB_EMPLOYEE_PIN_DIALOG (widget));
}

static void
on_pin_activated (EmbEmployeePinDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->repeat_row));
}

static void
on_repeat_activated (EmbEmployeePinDialog *self)
{
  emb_employee_pin_dialog_save (self);
}

/**
 * emb_employee_pin_dialog_new:
 * @employee_id: whose PIN
 * @employee_name: their name, for the title
 * @reset: whether they have a PIN already, which the new one replaces
 */
EmbEmployeePinDialog *
emb_employee_pin_dialog_new (EmbDatabase *database,
                             gint64       employee_id,
                             const char  *employee_name,
                             gboolean     reset)
{
  EmbEmployeePinDialog *self;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (employee_name != NULL, NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_PIN_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->employee_id = employee_id;

  gtk_window_set_title (GTK_WINDOW (self), reset ? _("Reset PIN") : _("Set PIN"));
  adw_window_title_set_title (self->window_title, reset ? _("Reset PIN") : _("Set PIN"));
  adw_window_title_set_subtitle (self->window_title, employee_name);
  if (reset)
    /* Translators: the employee's name */
    intro = g_strdup_printf (_("A new PIN for %s replaces the one they have. Tell it to them in person; "
                               "they can change it after signing in."), employee_name);
  else
    intro = g_strdup_printf (_("With a PIN, %s can sign in to the staff window. Tell it to them in person; "
                               "they can change it after signing in."), employee_name);
  gtk_label_set_text (self->intro_label, intro);
  return self;
}

/**
 * emb_employee_pin_dialog_new_manager:
 * @change: whether there is a manager PIN already, which the new one
 *   replaces
 *
 * The same dialog for the manager PIN, which leaves the kiosk and opens
 * its settings (stored with employee id 0).
 */
EmbEmployeePinDialog *
emb_employee_pin_dialog_new_manager (EmbDatabase *database,
                                     gboolean     change)
{
  EmbEmployeePinDialog *self;
  const char *title = change ? _("Change Manager PIN") : _("Set Manager PIN");

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_PIN_DIALOG, NULL);
  self->database = g_object_ref (database);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_label_set_text (self->intro_label,
                      _("The manager PIN leaves the break-room kiosk and opens its settings there. "
                        "Tell it only to those who manage the kiosk."));
  return self;
}

/**
 * emb_employee_pin_dialog_set_pins:
 *
 * Types @pin and @repeat, as a person would.
 */
void
emb_employee_pin_dialog_set_pins (EmbEmployeePinDialog *self,
                                  const char           *pin,
                                  const char           *repeat)
{
  g_return_if_fail (EMB_IS_EMPLOYEE_PIN_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->pin_row), pin);
  gtk_editable_set_text (GTK_EDITABLE (self->repeat_row), repeat);
}

/**
 * emb_employee_pin_dialog_get_error:
 * @field: (nullable): "pin", "repeat", or %NULL for what concerns neither
 *
 * Returns: (nullable): the refusal shown there
 */
const char *
emb_employee_pin_dialog_get_error (EmbEmployeePinDialog *self,
                                   const char           *field)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_PIN_DIALOG (self), NULL);

  return emb_form_get_error (self->form, field);
}

static void
emb_employee_pin_dialog_dispose (GObject *object)
{
  EmbEmployeePinDialog *self = (EmbEmployeePinDialog *)object;

  /* Closed while the PIN is being stored: it is stored all the same, but
   * nothing more happens here. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_EMPLOYEE_PIN_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_employee_pin_dialog_parent_class)->dispose (object);
}

static void
emb_employee_pin_dialog_class_init (EmbEmployeePinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_employee_pin_dialog_dispose;

  /**
   * EmbEmployeePinDialog::saved:
   *
   * The PIN was stored, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-employee-pin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, pin_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, pin_error);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, repeat_error);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeePinDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_repeat_activated);

  gtk_widget_class_install_action (widget_class, "pin.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_employee_pin_dialog_init (EmbEmployeePinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "pin", GTK_WIDGET (self->pin_row), self->pin_error);
  emb_form_add_field (self->form, "repeat", GTK_WIDGET (self->repeat_row), self->repeat_error);
  emb_a11y_label_entry_row (self->pin_row);
  emb_a11y_label_entry_row (self->repeat_row);
}
