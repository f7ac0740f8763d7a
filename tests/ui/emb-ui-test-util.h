/* emb-ui-test-util.h: helpers for the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-application.h"
#include "emb-window.h"

G_BEGIN_DECLS

void       emb_ui_test_wait_mapped    (GtkWidget   *widget);
void       emb_ui_test_iterate        (guint        ms);
void       emb_ui_test_dismiss_toast  (AdwToast    *toast);
void       emb_ui_test_settle         (GtkWidget   *widget,
                                       guint        max_ms);
gboolean   emb_ui_test_wait_for       (gboolean   (*predicate) (gpointer data),
                                       gpointer     data,
                                       guint        timeout_ms);
GtkWidget *emb_ui_test_find_label     (GtkWidget   *root,
                                       const char  *text);
GtkWidget *emb_ui_test_find_by_type   (GtkWidget   *root,
                                       GType        type);
GPtrArray *emb_ui_test_find_all_by_type (GtkWidget *root,
                                         GType      type);
void       emb_ui_test_remove_tree    (const char  *path);
void       emb_ui_test_quit_application (GApplication *application);
void       emb_ui_test_screenshot     (GtkWidget   *widget,
                                       const char  *name);
void       emb_ui_test_render_png     (GtkWidget   *widget,
                                       const char  *path);

void       emb_ui_test_screenshot_in_language (GtkWidget  *widget,
                                               const char *prefix,
                                               const char *name);
void       emb_ui_test_screenshot_painted (GtkWidget  *widget,
                                           const char *prefix,
                                           const char *name);
void       emb_ui_test_copy_demo      (const char  *path);
void       emb_ui_test_wait_loaded    (GtkWidget   *page);

/* The manager window of a new application on a copy of the demo database
 * (or on an empty one), showing one page. */
typedef struct
{
  char           *dir;
  char           *path;
  EmbApplication *app;
  EmbWindow      *window;
  EmbDatabase    *db;
  GtkWidget      *page;
} EmbUiFixture;

typedef void (*EmbUiPrepareFunc) (EmbDatabase *db,
                                  gpointer     user_data);

typedef struct
{
  const char       *page;      /* an area of the window, or NULL */
  int               width;     /* 0 for 1100 × 800 */
  int               height;
  gboolean          empty;     /* no demo organisation */
  EmbUiPrepareFunc  prepare;   /* runs on the database before the window opens */
  gpointer          user_data;
} EmbUiFixtureOptions;

void       emb_ui_fixture_set_up      (EmbUiFixture              *f,
                                       const EmbUiFixtureOptions *options);
void       emb_ui_fixture_tear_down   (EmbUiFixture              *f);
GtkWidget *emb_ui_fixture_child       (EmbUiFixture              *f,
                                       GType                      page_type,
                                       const char                *name);

void       emb_ui_test_wait_refreshed    (GtkWidget     *page,
                                          guint          after);
void       emb_ui_test_init              (int           *argc,
                                          char        ***argv);
GtkWidget *emb_ui_test_find_button       (GtkWidget     *root,
                                          const char    *label);
void       emb_ui_fixture_tear_down_func (EmbUiFixture  *f,
                                          gconstpointer  data);
GPtrArray *emb_ui_test_shortcuts         (GtkWidget     *widget);
GPtrArray *emb_ui_test_window_areas      (EmbWindow     *window);

G_END_DECLS
