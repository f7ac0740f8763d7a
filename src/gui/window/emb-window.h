/* emb-window.h: the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_WINDOW (emb_window_get_type ())

G_DECLARE_FINAL_TYPE (EmbWindow, emb_window, EMB, WINDOW, AdwApplicationWindow)

/* Declared in emb-application.h, which only the window and the application
 * include. */
typedef struct _EmbApplication EmbApplication;

EmbWindow  *emb_window_new            (EmbApplication *application);
void        emb_window_show_busy      (EmbWindow      *self,
                                       const char     *message);
void        emb_window_show_page      (EmbWindow      *self,
                                       const char     *name);
const char *emb_window_get_page       (EmbWindow      *self);
const char *emb_window_get_view       (EmbWindow      *self);
GtkWidget  *emb_window_get_page_widget (EmbWindow     *self,
                                        const char    *name);
void        emb_window_add_toast      (EmbWindow      *self,
                                       AdwToast       *toast);
GtkWindow  *emb_window_import_file    (EmbWindow      *self,
                                       GFile          *file);
GtkWindow  *emb_window_confirm_restore (EmbWindow     *self,
                                        GFile         *file);
void        emb_window_export_to      (EmbWindow      *self,
                                       GFile          *file);
void        emb_window_backup_to      (EmbWindow      *self,
                                       GFile          *file);
gboolean    emb_window_get_busy       (EmbWindow      *self);

G_END_DECLS
