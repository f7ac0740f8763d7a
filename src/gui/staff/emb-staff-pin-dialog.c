/* emb-staff-pin-dialog.c: changing my own PIN
 *
 * The current PIN, the new one and the new one again. Each refusal goes
 * under the field it is about (EmbForm): a new PIN that is not 4 to 8
 * digits, two new PINs that differ, a current PIN that is wrong (which
 * counts towards the throttle, like a wrong PIN at sign-in). The PINs never
 * leave the dialog except to the session, and the dialog is destroyed with
 * the person's home on sign-out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-pin-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-pin.h"
#include "emb-staff-pin-dialog.h"
#include "emb-toast.h"

struct _EmbStaffPinDialog
{
  AdwWindow        parent_instance;

  EmbStaffSession *session;
  EmbForm         *form;
  GCancellable    *cancellable;   /* while the change runs */

  GtkLabel        *general_error;
  AdwEntryRow     *current_row;
  AdwEntryRow     *new_row;
  AdwEntryRow     *repeat_row;
  EmbErrorRow     *current_error;
  EmbErrorRow     *new_error;
  EmbErrorRow     *repeat_error;
};

G_DEFINE_FINAL_TYPE (EmbStaffPinDialog, emb_staff_pin_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
on_changed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EmbStaffPinDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  if (!emb_staff_session_change_pin_finish (EMB_STAFF_SESSION (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.save", TRUE);
  if (error != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
      if (g_error_matches (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG))
        emb_form_set_error (self->form, "current", _("That is not your current PIN."));
      else
        emb_form_set_error (self->form, "pin", error->message);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    emb_toast_add (GTK_WIDGET (parent), adw_toast_new (_("Your PIN is changed.")));
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * emb_staff_pin_dialog_save:
 *
 * Checks the PINs as typed and starts the change (the PINs are hashed on
 * a worker thread); the dialog closes when it is done, or shows why not.
 *
 * Returns: whether the change started
 */
gboolean
emb_staff_pin_dialog_save (EmbStaffPinDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_PIN_DIALOG (self), FALSE);

  if (self->cancellable != NULL)
    return FALSE;

  emb_form_clear (self->form);
  if (*text_of (self->current_row) == '\0')
    {
      emb_form_set_error (self->form, "current", _("Enter your current PIN."));
      return FALSE;
    }
  if (!emb_pin_validate (text_of (self->new_row), &error))
    {
      emb_form_set_error (self->form, "new", error->message);
      return FALSE;
    }
  if (g_strcmp0 (text_of (self->new_row), text_of (self->repeat_row)) != 0)
    {
      emb_form_set_error (self->form, "repeat", _("The two new PINs differ: type the new PIN again."));
      return FALSE;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.save", FALSE);
  emb_staff_session_change_pin_async (self->session, text_of (self->current_row),
                                      text_of (self->new_row), self->cancellable,
                                      on_changed, g_object_ref (self));
  return TRUE;
}

/**
 * emb_staff_pin_dialog_is_busy:
 *
 * Returns: whether the change is running
 */
gboolean
emb_staff_pin_dialog_is_busy (EmbStaffPinDialog *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_PIN_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  emb_staff_pin_dialog_save (EMB_STAFF_PIN_DIALOG (widget));
}

static void
on_entry_activated (EmbStaffPinDialog *self)
{
  emb_staff_pin_dialog_save (self);
}

/**
 * emb_staff_pin_dialog_fill:
 *
 * Types the three PINs, for tests.
 */
void
emb_staff_pin_dialog_fill (EmbStaffPinDialog *self,
                           const char        *current,
                           const char        *new_pin,
                           const char        *repeat)
{
  g_return_if_fail (EMB_IS_STAFF_PIN_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->current_row), current);
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), new_pin);
  gtk_editable_set_text (GTK_EDITABLE (self->repeat_row), repeat);
}

/**
 * emb_staff_pin_dialog_get_error:
 * @field: "current", "new" or "repeat"
 *
 * Returns: (nullable): the error shown under @field
 */
const char *
emb_staff_pin_dialog_get_error (EmbStaffPinDialog *self,
                                const char        *field)
{
  g_return_val_if_fail (EMB_IS_STAFF_PIN_DIALOG (self), NULL);

  return emb_form_get_error (self->form, field);
}

GtkWidget *
emb_staff_pin_dialog_new (EmbStaffSession *session)
{
  EmbStaffPinDialog *self;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (session), NULL);

  self = g_object_new (EMB_TYPE_STAFF_PIN_DIALOG, NULL);
  self->session = g_object_ref (session);
  return GTK_WIDGET (self);
}

static void
emb_staff_pin_dialog_dispose (GObject *object)
{
  EmbStaffPinDialog *self = (EmbStaffPinDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_PIN_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (emb_staff_pin_dialog_parent_class)->dispose (object);
}

static void
emb_staff_pin_dialog_class_init (EmbStaffPinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_pin_dialog_dispose;

  g_type_ensure (EMB_TYPE_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-pin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, current_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, new_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPinDialog, repeat_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "pin.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_staff_pin_dialog_init (EmbStaffPinDialog *self)
{
  static const char * const fields[] = { "current", "new", "repeat" };
  AdwEntryRow *rows[3];
  EmbErrorRow *error_rows[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->current_row;
  rows[1] = self->new_row;
  rows[2] = self->repeat_row;
  error_rows[0] = self->current_error;
  error_rows[1] = self->new_error;
  error_rows[2] = self->repeat_error;

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      emb_form_add_field (self->form, fields[i], GTK_WIDGET (rows[i]),
                          emb_error_row_get_label (error_rows[i]));
      emb_a11y_label_entry_row (rows[i]);
    }
}
