/* emb-kiosk-window-lock.c: the keys and gestures of the locked kiosk
 *
 * A key controller in the capture phase, on the window itself, sees every
 * key before any widget, shortcut or mnemonic of the window does, and
 * swallows what could leave or change the kiosk: Escape, the function keys
 * (F10 opens menus, F11 leaves full screen), Super and Menu, and every
 * combination with Ctrl, Alt, Super, Hyper or Meta (Alt+F4, Ctrl+Q,
 * Ctrl+W, the manager window's Alt+1 … and Ctrl+? among them). Plain keys
 * pass: Tab, Enter and Space reach the one button the kiosk may show.
 *
 * The way out is hidden: Ctrl+Shift+L, or a long press (a second, the
 * longest GTK allows) anywhere on the screen, opens the manager PIN dialog. Keys the
 * window system keeps for itself (a compositor's Super, a window manager's
 * Alt+F4) never reach us; Alt+F4 turns into a close request, which the
 * window refuses until the PIN is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-window-private.h"

#define LOCKED_MODIFIERS (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | \
                          GDK_HYPER_MASK | GDK_META_MASK)

/* A second at GTK's default long-press time of half a second (GTK allows
 * no more than twice it). */
#define LONG_PRESS_FACTOR 2.0

gboolean
_emb_kiosk_key_opens_pin (guint           keyval,
                          GdkModifierType state)
{
  return (state & (LOCKED_MODIFIERS | GDK_SHIFT_MASK)) == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) &&
         gdk_keyval_to_lower (keyval) == GDK_KEY_l;
}

gboolean
_emb_kiosk_key_is_locked (guint           keyval,
                          GdkModifierType state)
{
  if ((state & LOCKED_MODIFIERS) != 0)
    return TRUE;
  if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F35)
    return TRUE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_Super_L:
    case GDK_KEY_Super_R:
    case GDK_KEY_Hyper_L:
    case GDK_KEY_Hyper_R:
    case GDK_KEY_Meta_L:
    case GDK_KEY_Meta_R:
    case GDK_KEY_Alt_L:
    case GDK_KEY_Alt_R:
    case GDK_KEY_Menu:
    case GDK_KEY_Help:
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                EmbKioskWindow        *self)
{
  if (_emb_kiosk_key_opens_pin (keyval, state))
    {
      _emb_kiosk_window_open_pin (self);
      return GDK_EVENT_STOP;
    }
  if (_emb_kiosk_key_is_locked (keyval, state))
    {
      g_debug ("Swallowed %s", gdk_keyval_name (keyval));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_long_pressed (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 EmbKioskWindow      *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _emb_kiosk_window_open_pin (self);
}

void
_emb_kiosk_window_add_lock (EmbKioskWindow *self)
{
  GtkEventController *keys;
  GtkGesture *long_press;

  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "kiosk-lock");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  long_press = gtk_gesture_long_press_new ();
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (long_press), "kiosk-long-press");
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (long_press), GTK_PHASE_CAPTURE);
  gtk_gesture_long_press_set_delay_factor (GTK_GESTURE_LONG_PRESS (long_press), LONG_PRESS_FACTOR);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
}
