/* emb-kiosk-pin-dialog.c: the manager PIN, the way out of the kiosk
 *
 * Digits only, hidden. The PIN is checked on a worker thread (Argon2id) and
 * a wrong one counts towards the manager PIN's throttle, kept in the
 * database like the staff PINs': after three, the dialog counts the wait
 * down, reading it again from the database each second (so a wait that
 * ends elsewhere ends here too). The right PIN offers "Leave Kiosk" and
 * "Kiosk Settings" (the ::leave and ::open-settings signals; the kiosk
 * window does the rest). Left open and unused for two minutes, the dialog
 * closes by itself, so an unlocked kiosk does not stay unlocked.
 *
 * With no manager PIN set, the dialog says so: the kiosk can then only be
 * ended with the session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-pin-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-kiosk-pin-dialog.h"
#include "emb-pin.h"

#define EXPIRE_SECONDS 120

struct _EmbKioskPinDialog
{
  AdwWindow     parent_instance;

  EmbDatabase  *database;
  GCancellable *cancellable;   /* while a PIN is checked */
  char         *message;
  gint64        wait;
  guint         wait_id;
  guint         expire_id;
  gboolean      unlocked;

  GtkStack     *stack;
  GtkWidget    *pin_entry;
  GtkLabel     *message_label;
  GtkLabel     *wait_label;
  GtkWidget    *unlock_button;
  GtkWidget    *settings_button;
  GtkWidget    *cancel_button;
  GtkWidget    *no_pin_button;
};

G_DEFINE_FINAL_TYPE (EmbKioskPinDialog, emb_kiosk_pin_dialog, ADW_TYPE_WINDOW)

enum {
  LEAVE,
  OPEN_SETTINGS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_message (EmbKioskPinDialog *self,
              const char        *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
show_no_pin (EmbKioskPinDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "no-pin");
  gtk_widget_grab_focus (self->no_pin_button);
}

/* The wait --------------------------------------------------------------- */

static void
set_locked (EmbKioskPinDialog *self,
            gboolean           locked)
{
  /* The focus leaves the entry before it goes insensitive. */
  if (locked && gtk_widget_get_sensitive (self->pin_entry))
    gtk_widget_grab_focus (self->cancel_button);
  gtk_widget_set_sensitive (self->pin_entry, !locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.unlock", !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_label), locked);
}

static gboolean
update_wait (gpointer user_data)
{
  EmbKioskPinDialog *self = user_data;
  g_autofree char *text = NULL;

  self->wait = emb_pin_store_get_wait (self->database, 0, NULL);
  if (self->wait <= 0)
    {
      self->wait = 0;
      self->wait_id = 0;
      set_locked (self, FALSE);
      show_message (self, _("You can try the PIN again now."));
      gtk_widget_grab_focus (self->pin_entry);
      return G_SOURCE_REMOVE;
    }

  text = emb_pin_format_wait (self->wait);
  gtk_label_set_text (self->wait_label, text);
  return G_SOURCE_CONTINUE;
}

/* Counts the wait down if the manager PIN is locked out now. */
static void
check_wait (EmbKioskPinDialog *self)
{
  if (emb_pin_store_get_wait (self->database, 0, NULL) <= 0 || self->wait_id != 0)
    return;

  set_locked (self, TRUE);
  show_message (self, _("Too many wrong PINs. Wait before you try again: the time left counts down below."));
  update_wait (self);
  self->wait_id = g_timeout_add_seconds (1, update_wait, self);
}

/* Checking --------------------------------------------------------------- */

static gboolean
expire_cb (gpointer user_data)
{
  EmbKioskPinDialog *self = user_data;

  self->expire_id = 0;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
restart_expiry (EmbKioskPinDialog *self)
{
  g_clear_handle_id (&self->expire_id, g_source_remove);
  self->expire_id = g_timeout_add_seconds (EXPIRE_SECONDS, expire_cb, self);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EmbKioskPinDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!emb_pin_store_check_manager_pin_finish (EMB_DATABASE (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.unlock", TRUE);
  if (error == NULL)
    {
      self->unlocked = TRUE;
      show_message (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "unlocked");
      gtk_widget_grab_focus (self->settings_button);
      return;
    }

  if (g_error_matches (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET))
    show_no_pin (self);
  else if (g_error_matches (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG))
    show_message (self, _("That PIN is not right."));
  else if (!g_error_matches (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT))
    show_message (self, error->message);
  check_wait (self);
  if (gtk_widget_get_sensitive (self->pin_entry))
    gtk_widget_grab_focus (self->pin_entry);
}

gboolean
emb_kiosk_pin_dialog_submit (EmbKioskPinDialog *self,
                             const char        *pin)
{
  g_return_val_if_fail (EMB_IS_KIOSK_PIN_DIALOG (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  restart_expiry (self);
  if (self->cancellable != NULL || self->wait_id != 0 || self->unlocked)
    return FALSE;
  if (*pin == '\0')
    {
      show_message (self, _("Type the manager PIN."));
      return FALSE;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.unlock", FALSE);
  emb_pin_store_check_manager_pin_async (self->database, pin, NULL, self->cancellable,
                                         on_checked, g_object_ref (self));
  /* The PIN never stays on screen, right or wrong. */
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  return TRUE;
}

gboolean
emb_kiosk_pin_dialog_is_busy (EmbKioskPinDialog *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_PIN_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

gboolean
emb_kiosk_pin_dialog_is_unlocked (EmbKioskPinDialog *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_PIN_DIALOG (self), FALSE);

  return self->unlocked;
}

gint64
emb_kiosk_pin_dialog_get_wait (EmbKioskPinDialog *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_PIN_DIALOG (self), 0);

  return self->wait;
}

const char *
emb_kiosk_pin_dialog_get_message (EmbKioskPinDialog *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_PIN_DIALOG (self), NULL);

  return self->message;
}

static void
on_pin_activate (EmbKioskPinDialog *self)
{
  g_autofree char *pin = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_entry)));

  emb_kiosk_pin_dialog_submit (self, pin);
}

/* Digits only, and no more than a PIN has. */
static void
on_insert_text (GtkEditable *editable,
                const char  *text,
                int          length,
                int         *position,
                gpointer     user_data)
{
  gsize n = length < 0 ? strlen (text) : (gsize)length;
  glong have = g_utf8_strlen (gtk_editable_get_text (editable), -1);
  gboolean digits = n > 0;

  for (gsize i = 0; digits && i < n; i++)
    digits = g_ascii_isdigit (text[i]);
  if (digits && have + (glong)n <= EMB_PIN_MAX_DIGITS)
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");
  gtk_widget_error_bell (GTK_WIDGET (editable));
}

static void
unlock_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  on_pin_activate (EMB_KIOSK_PIN_DIALOG (widget));
}

/* Once unlocked: emits @signal, and the dialog goes. */
static void
finish (EmbKioskPinDialog *self,
        guint              signal)
{
  if (!self->unlocked)
    return;
  g_object_ref (self);
  g_signal_emit (self, signals[signal], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  finish (EMB_KIOSK_PIN_DIALOG (widget), LEAVE);
}

static void
open_settings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  finish (EMB_KIOSK_PIN_DIALOG (widget), OPEN_SETTINGS);
}

/**
 * emb_kiosk_pin_dialog_new:
 * @parent: the kiosk window
 * @database: where the manager PIN and its throttle are kept
 *
 * Returns: (transfer floating): the dialog, on its "no PIN" page when the
 *   programme has no manager PIN, counting down when it is locked out
 */
GtkWidget *
emb_kiosk_pin_dialog_new (GtkWindow   *parent,
                          EmbDatabase *database)
{
  EmbKioskPinDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_KIOSK_PIN_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  if (!emb_pin_store_manager_has_pin (database))
    show_no_pin (self);
  else
    check_wait (self);
  restart_expiry (self);
  return GTK_WIDGET (self);
}

static void
emb_kiosk_pin_dialog_dispose (GObject *object)
{
  EmbKioskPinDialog *self = (EmbKioskPinDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  g_clear_handle_id (&self->expire_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_KIOSK_PIN_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_kiosk_pin_dialog_parent_class)->dispose (object);
}

static void
emb_kiosk_pin_dialog_finalize (GObject *object)
{
  EmbKioskPinDialog *self = (EmbKioskPinDialog *)object;

  g_free (self->message);

  G_OBJECT_CLASS (emb_kiosk_pin_dialog_parent_class)->finalize (object);
}

static void
emb_kiosk_pin_dialog_class_init (EmbKioskPinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_kiosk_pin_dialog_dispose;
  object_class->finalize = emb_kiosk_pin_dialog_finalize;

  /**
   * EmbKioskPinDialog::leave:
   *
   * The manager, having given the PIN, chose to leave the kiosk.
   */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * EmbKioskPinDialog::open-settings:
   *
   * The manager, having given the PIN, asked for the kiosk's settings.
   */
  signals[OPEN_SETTINGS] = g_signal_new ("open-settings", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-pin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, wait_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, settings_button);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskPinDialog, no_pin_button);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_activate);

  gtk_widget_class_install_action (widget_class, "pin.unlock", NULL, unlock_action);
  gtk_widget_class_install_action (widget_class, "pin.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "pin.open-settings", NULL, open_settings_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_kiosk_pin_dialog_init (EmbKioskPinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->pin_entry)), "insert-text",
                    G_CALLBACK (on_insert_text), NULL);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->unlock_button);
  gtk_widget_grab_focus (self->pin_entry);
}
