/* emb-page.h: the base class of the pages of a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-undo-queue.h"

G_BEGIN_DECLS

#define EMB_TYPE_PAGE (emb_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (EmbPage, emb_page, EMB, PAGE, AdwBin)

struct _EmbPageClass
{
  AdwBinClass parent_class;

  /* Reloads what the page shows; runs while the page is shown, once for
   * any number of changes. */
  void (*refresh)          (EmbPage       *self);

  /* Sees each change notice of a watched kind before the refresh. */
  void (*database_changed) (EmbPage       *self,
                            EmbRecordKind  kind,
                            EmbChangeType  change,
                            gint64         id);

  /*< private >*/
  guint64  watched_kinds;
  gpointer padding[6];
};

void          emb_page_class_watch         (EmbPageClass  *page_class,
                                            EmbRecordKind  first_kind,
                                            ...);
EmbDatabase  *emb_page_get_database        (EmbPage       *self);
void          emb_page_queue_refresh       (EmbPage       *self);
guint         emb_page_get_n_refreshes     (EmbPage       *self);
gboolean      emb_page_is_refresh_pending  (EmbPage       *self);
gboolean      emb_page_add_toast           (EmbPage       *self,
                                            AdwToast      *toast);
void          emb_page_show_error          (EmbPage       *self,
                                            const GError  *error);
EmbUndoQueue *emb_page_get_undo_queue      (EmbPage       *self);
void          emb_page_follow_model        (EmbPage       *self,
                                            GListModel    *model);
void          emb_page_present_dialog      (EmbPage       *self,
                                            GtkWindow     *dialog);
GtkWindow    *emb_page_get_dialog          (EmbPage       *self);
void          emb_page_close_dialogs       (EmbPage       *self);

G_END_DECLS
