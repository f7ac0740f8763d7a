/* emb-announcement-editor.h: a dialog to write or change an announcement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-announcement.h"
#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT_EDITOR (emb_announcement_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementEditor, emb_announcement_editor, EMB, ANNOUNCEMENT_EDITOR, AdwWindow)

EmbAnnouncementEditor *emb_announcement_editor_new               (EmbDatabase           *database,
                                                                  EmbAnnouncement       *announcement);
void                   emb_announcement_editor_set_text          (EmbAnnouncementEditor *self,
                                                                  const char            *field,
                                                                  const char            *text);
void                   emb_announcement_editor_set_audience      (EmbAnnouncementEditor *self,
                                                                  EmbAudience            audience);
gboolean               emb_announcement_editor_choose            (EmbAnnouncementEditor *self,
                                                                  EmbAudience            audience,
                                                                  gint64                 id,
                                                                  gboolean               chosen);
void                   emb_announcement_editor_set_needs_ack     (EmbAnnouncementEditor *self,
                                                                  gboolean               needs_ack);
void                   emb_announcement_editor_set_on_kiosk      (EmbAnnouncementEditor *self,
                                                                  gboolean               on_kiosk);
const char            *emb_announcement_editor_get_error         (EmbAnnouncementEditor *self,
                                                                  const char            *field);
GtkWindow             *emb_announcement_editor_get_question      (EmbAnnouncementEditor *self);

G_END_DECLS
