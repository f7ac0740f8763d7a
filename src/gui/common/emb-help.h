/* emb-help.h: the user guide and the keyboard shortcuts of a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The id the user guide is installed under (data/help/meson.build): the
 * same for every profile of the application. */
#define EMB_HELP_ID "io.github.embassyapp.Embassy"

/**
 * EmbHelpPageFunc:
 * @widget: the widget whose help is asked for
 *
 * Returns: (nullable): the page of the user guide about what @widget shows,
 *   or %NULL for the first page
 */
typedef const char *(*EmbHelpPageFunc) (GtkWidget *widget);

const char *emb_help_page_for_area          (const char      *area);
char       *emb_help_uri                    (const char      *page);
void        emb_help_show                   (GtkWidget       *widget,
                                             const char      *page);
void        emb_help_set_accels             (GtkApplication  *application);
void        emb_help_class_install          (GtkWidgetClass  *widget_class,
                                             const char      *page,
                                             EmbHelpPageFunc  page_func);
void        emb_help_class_install_shortcuts (GtkWidgetClass *widget_class,
                                              const char     *resource);

/* For the tests: instead of launching the help browser, remember the URI
 * and answer with @error (NULL: it opened). */
void        emb_help_test_intercept         (gboolean         intercept,
                                             const GError    *error);
const char *emb_help_test_get_last_uri      (void);

G_END_DECLS
