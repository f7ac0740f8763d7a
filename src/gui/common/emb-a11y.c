/* emb-a11y.c: accessibility helpers for GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-a11y"

#include "config.h"

#include <string.h>

#include "emb-a11y.h"

/**
 * emb_a11y_label_drop_down:
 * @label: the accessible name, translated
 *
 * Names a drop-down and the toggle button inside it. GTK 4.8 exposes that
 * inner button to screen readers as a push button of its own, without a
 * name; GTK 4.10 and later name it from the drop-down.
 */
void
emb_a11y_label_drop_down (GtkDropDown *drop_down,
                          const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
}

/**
 * emb_a11y_label_editable:
 * @editable: an editable that delegates to an inner text, such as an
 *   #AdwEntryRow
 * @label: the accessible name, translated
 *
 * Names the inner text that takes the focus. libadwaita 1.2 does not name
 * the text of an #AdwEntryRow from the row's title, so a screen reader says
 * nothing when it is focused.
 */
void
emb_a11y_label_editable (GtkEditable *editable,
                         const char  *label)
{
  GtkEditable *delegate;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (label != NULL);

  delegate = gtk_editable_get_delegate (editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delegate != NULL ? delegate : editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/**
 * emb_a11y_label_entry_row:
 *
 * emb_a11y_label_editable() with the row's title, for an entry row whose
 * title says what to type; without the underscore of its mnemonic, if it
 * has one.
 */
/* The text that a label with a mnemonic shows: "_Name" is "Name", "__" is
 * "_". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

void
emb_a11y_label_entry_row (AdwEntryRow *row)
{
  AdwPreferencesRow *prefs_row;
  g_autofree char *title = NULL;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  prefs_row = ADW_PREFERENCES_ROW (row);
  if (adw_preferences_row_get_use_underline (prefs_row))
    title = strip_mnemonic (adw_preferences_row_get_title (prefs_row));
  else
    title = g_strdup (adw_preferences_row_get_title (prefs_row));
  emb_a11y_label_editable (GTK_EDITABLE (row), title);
}

/* The label a button or check button shows its text in, or NULL. */
static GtkLabel *
mnemonic_label_of (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      GtkButton *button = GTK_BUTTON (widget);
      GtkWidget *child = gtk_button_get_child (button);

      if (!gtk_button_get_use_underline (button) || gtk_button_get_label (button) == NULL)
        return NULL;
      return GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
    }

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (widget);

      if (!gtk_check_button_get_use_underline (check) || gtk_check_button_get_label (check) == NULL)
        return NULL;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child))
          return GTK_LABEL (child);
    }

  return NULL;
}

static GQuark
own_label_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("emb-a11y-own-label");
  return quark;
}

/**
 * emb_a11y_set_label:
 * @widget: a widget, most often a button
 * @label: the name screen readers give it
 *
 * Names @widget for screen readers with more than it shows ("Acknowledge
 * “Our promise”" for a button that reads "_Acknowledge"), and keeps
 * emb_a11y_name_mnemonic_buttons() from naming it by its text again.
 */
void
emb_a11y_set_label (GtkWidget  *widget,
                    const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata (G_OBJECT (widget), own_label_quark (), GINT_TO_POINTER (TRUE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
name_from_mnemonic_label (GtkWidget *widget)
{
  GtkLabel *label = mnemonic_label_of (widget);

  /* A name of its own (emb_a11y_set_label()) stays. */
  if (label == NULL || g_object_get_qdata (G_OBJECT (widget), own_label_quark ()) != NULL)
    return;

  /* A button's label names it already (the labelled-by relation of its
   * mnemonic): the label property, the raw "_Send", only comes first. A
   * check button is named by the label property alone. */
  if (gtk_label_get_mnemonic_widget (label) == widget)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (label),
                                    -1);
}

static gboolean
on_widget_realize (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               user_data)
{
  static GQuark watched;
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (!GTK_IS_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget))
    return TRUE;

  if (watched == 0)
    watched = g_quark_from_static_string ("emb-a11y-mnemonic-watched");
  if (g_object_get_qdata (G_OBJECT (widget), watched) == NULL)
    {
      /* GTK sets the label property again with each new label. */
      g_object_set_qdata (G_OBJECT (widget), watched, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "notify::label",
                        G_CALLBACK (name_from_mnemonic_label), NULL);
      g_signal_connect (widget, "notify::use-underline",
                        G_CALLBACK (name_from_mnemonic_label), NULL);
    }
  name_from_mnemonic_label (widget);

  return TRUE;
}

/**
 * emb_a11y_name_mnemonic_buttons:
 *
 * Makes every button, toggle button and check button whose label has a
 * mnemonic ("_Send", with use-underline) named by its text alone, "Send",
 * from now on and whenever its label changes. GTK 4.8 names such a button
 * "_Send Send" and such a check button "_Send" for screen readers (GTK 4.10
 * no longer does), and so does libadwaita 1.2 the responses of an
 * #AdwMessageDialog and the button of an #AdwToast. The mnemonic itself
 * (Alt+S) and the look stay as they are.
 *
 * Works on each widget as it is realized, before it can show; call it once
 * when the application starts, before the first window. Calling it again
 * does nothing.
 */
void
emb_a11y_name_mnemonic_buttons (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  on_widget_realize, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}
