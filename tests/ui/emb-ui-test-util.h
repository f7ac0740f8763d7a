/* emb-ui-test-util.h: helpers for the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       emb_ui_test_wait_mapped    (GtkWidget   *widget);
void       emb_ui_test_iterate        (guint        ms);
gboolean   emb_ui_test_wait_for       (gboolean   (*predicate) (gpointer data),
                                       gpointer     data,
                                       guint        timeout_ms);
GtkWidget *emb_ui_test_find_label     (GtkWidget   *root,
                                       const char  *text);
GtkWidget *emb_ui_test_find_by_type   (GtkWidget   *root,
                                       GType        type);
void       emb_ui_test_remove_tree    (const char  *path);
void       emb_ui_test_quit_application (GApplication *application);
void       emb_ui_test_screenshot     (GtkWidget   *widget,
                                       const char  *name);

G_END_DECLS
