/* emb-application.h: the Embassy application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_APPLICATION (emb_application_get_type ())

G_DECLARE_FINAL_TYPE (EmbApplication, emb_application, EMB, APPLICATION, AdwApplication)

EmbApplication *emb_application_new          (void);
EmbDatabase    *emb_application_get_database (EmbApplication *self);
void            emb_application_set_database_path (EmbApplication *self,
                                                   const char     *path);
GSettings      *emb_application_get_settings (EmbApplication *self);
const char     *emb_application_get_database_path (EmbApplication *self);
gboolean        emb_application_get_kiosk    (EmbApplication *self);
void            emb_application_fill_demo_async  (EmbApplication      *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean        emb_application_fill_demo_finish (EmbApplication      *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
