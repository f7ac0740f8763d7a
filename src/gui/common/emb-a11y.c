/* emb-a11y.c: accessibility helpers for GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-a11y"

#include "config.h"

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
 * title says what to type.
 */
void
emb_a11y_label_entry_row (AdwEntryRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  emb_a11y_label_editable (GTK_EDITABLE (row),
                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}
