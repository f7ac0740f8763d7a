/* emb-announcements-page-private.h: the pieces of the Announcements page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-announcements-page.h"

G_BEGIN_DECLS

/* The database of the page. */
#define DATABASE(self) emb_page_get_database (EMB_PAGE (self))

struct _EmbAnnouncementsPage
{
  EmbPage                parent_instance;

  GListStore            *model;
  GHashTable            *departments;   /* id → EmbDepartment */
  GHashTable            *roles;         /* id → EmbRole */
  gint64                 selected_id;
  gboolean               loading;
  GCancellable          *export_cancellable;   /* while exporting */

  AdwLeaflet            *leaflet;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *state_dropdown;
  GtkStack              *list_stack;
  GtkListBox            *list_box;
  GtkStack              *detail_stack;
  EmbAnnouncementDetail *detail;
};

EmbAnnouncement *_emb_announcements_page_current          (EmbAnnouncementsPage *self);
gint64           _emb_announcements_page_current_id       (EmbAnnouncementsPage *self);
void             _emb_announcements_page_update_actions   (EmbAnnouncementsPage *self);
void             _emb_announcements_page_after_change     (EmbAnnouncementsPage *self,
                                                           gint64                id,
                                                           const char           *message);
void             _emb_announcements_page_install_actions  (GtkWidgetClass       *widget_class);

G_END_DECLS
