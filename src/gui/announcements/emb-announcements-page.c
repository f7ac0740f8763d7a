/* emb-announcements-page.c: the Announcements area of the manager window
 *
 * A list of the announcements, drafts first (EmbAnnouncementRow), filtered
 * by words and by state, beside the selected one (EmbAnnouncementDetail).
 * The actions of the workflow (write, publish, withdraw, export, delete)
 * are in emb-announcements-actions.c.
 *
 * Announcements are a few a week: the list loads whole and is filtered in
 * memory; the lists of employees in the detail are lazy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcements-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-a11y.h"
#include "emb-announcement-row.h"
#include "emb-announcement-store.h"
#include "emb-announcements-page-private.h"
#include "emb-drop-down.h"
#include "emb-list-step.h"
#include "emb-people-store.h"
#include "emb-record-list.h"

/* The positions of the state drop-down. */
enum {
  SHOW_ALL,
  SHOW_DRAFTS,
  SHOW_PUBLISHED,
  SHOW_ON_KIOSK,
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementsPage, emb_announcements_page, EMB_TYPE_PAGE)

static gboolean
is_pending (EmbAnnouncementsPage *self,
            gint64                id)
{
  return emb_undo_queue_contains (emb_page_get_undo_queue (EMB_PAGE (self)),
                                  EMB_RECORD_KIND_ANNOUNCEMENT, id);
}

/* The announcement shown in the detail, if any. */
EmbAnnouncement *
_emb_announcements_page_current (EmbAnnouncementsPage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "detail") != 0)
    return NULL;
  return emb_announcement_detail_get_announcement (self->detail);
}

gint64
_emb_announcements_page_current_id (EmbAnnouncementsPage *self)
{
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);

  return announcement != NULL ? emb_record_get_id (EMB_RECORD (announcement)) : 0;
}

/* The list ---------------------------------------------------------------- */

/* "Everyone", "2 departments", "3 roles". */
static char *
audience_summary (EmbAnnouncementsPage *self,
                  EmbAnnouncement      *announcement)
{
  gint64 id = emb_record_get_id (EMB_RECORD (announcement));
  g_autoptr(GArray) ids = NULL;

  switch (emb_announcement_get_audience (announcement))
    {
    case EMB_AUDIENCE_DEPARTMENTS:
      ids = emb_announcement_store_get_department_ids (DATABASE (self), id);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u department", "%u departments",
                                           ids->len),
                              ids->len);

    case EMB_AUDIENCE_ROLES:
      ids = emb_announcement_store_get_role_ids (DATABASE (self), id);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role", "%u roles", ids->len),
                              ids->len);

    case EMB_AUDIENCE_EVERYONE:
    default:
      return g_strdup (C_("announcement audience", "Everyone"));
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  g_autofree char *audience = audience_summary (user_data, item);

  return emb_announcement_row_new (item, audience);
}

static gboolean
has_filter (EmbAnnouncementsPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (search != NULL && *search != '\0') || gtk_drop_down_get_selected (self->state_dropdown) > 0;
}

static gboolean
contains_folded (const char *text,
                 const char *folded_word)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  return strstr (folded, folded_word) != NULL;
}

static gboolean
matches (EmbAnnouncementsPage *self,
         EmbAnnouncement      *announcement,
         const char           *folded_search)
{
  gboolean published = emb_announcement_get_published_at (announcement) != NULL;

  switch (gtk_drop_down_get_selected (self->state_dropdown))
    {
    case SHOW_DRAFTS:
      if (published)
        return FALSE;
      break;
    case SHOW_PUBLISHED:
      if (!published)
        return FALSE;
      break;
    case SHOW_ON_KIOSK:
      if (!emb_announcement_get_on_kiosk (announcement))
        return FALSE;
      break;
    default:
      break;
    }

  return *folded_search == '\0' ||
         contains_folded (emb_announcement_get_title (announcement), folded_search) ||
         contains_folded (emb_announcement_get_body (announcement), folded_search);
}

void
_emb_announcements_page_update_actions (EmbAnnouncementsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);
  gboolean has_items = g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0;
  gboolean published = announcement != NULL && emb_announcement_get_published_at (announcement) != NULL;

  gtk_widget_action_set_enabled (widget, "announcement.edit", announcement != NULL);
  gtk_widget_action_set_enabled (widget, "announcement.publish", announcement != NULL && !published);
  gtk_widget_action_set_enabled (widget, "announcement.unpublish", published);
  gtk_widget_action_set_enabled (widget, "announcement.export",
                                 published && self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (widget, "page.delete", announcement != NULL);
  gtk_widget_action_set_enabled (widget, "page.next", has_items);
  gtk_widget_action_set_enabled (widget, "page.previous", has_items);
}

/* Shows the announcement @self->selected_id, as stored, or none. */
static void
show_selected (EmbAnnouncementsPage *self)
{
  g_autoptr(EmbAnnouncement) announcement = NULL;

  if (self->selected_id != 0 && !is_pending (self, self->selected_id))
    announcement = emb_announcement_store_get (DATABASE (self), self->selected_id, NULL);
  if (announcement == NULL)
    self->selected_id = 0;

  emb_announcement_detail_show (self->detail, DATABASE (self), announcement,
                                self->departments, self->roles);
  gtk_stack_set_visible_child_name (self->detail_stack, announcement != NULL ? "detail" : "none");
  _emb_announcements_page_update_actions (self);
}

static void
select_current (EmbAnnouncementsPage *self)
{
  self->loading = TRUE;
  emb_record_list_select (self->list_box, G_LIST_MODEL (self->model), self->selected_id);
  self->loading = FALSE;
}

static void
reload_list (EmbAnnouncementsPage *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) shown = g_list_store_new (EMB_TYPE_ANNOUNCEMENT);
  g_autofree char *search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (search);

  list = emb_announcement_store_list (DATABASE (self), &error);
  if (list == NULL)
    emb_page_show_error (EMB_PAGE (self), error);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EmbAnnouncement) announcement = g_list_model_get_item (list, i);

      if (!is_pending (self, emb_record_get_id (EMB_RECORD (announcement))) &&
          matches (self, announcement, search))
        g_list_store_append (shown, announcement);
    }

  g_set_object (&self->model, shown);
  self->loading = TRUE;
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->model), create_row, self, NULL);
  self->loading = FALSE;
  select_current (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, has_filter (self) ? "no-results" : "empty");
  _emb_announcements_page_update_actions (self);
}

static void
load_names (EmbAnnouncementsPage *self)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (DATABASE (self), NULL);
  g_autoptr(GListModel) roles = emb_people_store_list_roles (DATABASE (self), 0, NULL);

  emb_records_by_id_fill (self->departments, departments);
  emb_records_by_id_fill (self->roles, roles);
}

static void
on_filter_changed (EmbAnnouncementsPage *self)
{
  if (self->loading || DATABASE (self) == NULL)
    return;
  reload_list (self);
}

static void
on_row_selected (EmbAnnouncementsPage *self,
                 GtkListBoxRow        *row)
{
  if (self->loading || row == NULL)
    return;
  self->selected_id = emb_record_get_id (EMB_RECORD (emb_announcement_row_get_announcement (EMB_ANNOUNCEMENT_ROW (row))));
  show_selected (self);
}

static void
on_row_activated (EmbAnnouncementsPage *self,
                  GtkListBoxRow        *row)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_back_clicked (EmbAnnouncementsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* After a change to @id: the list, and the detail showing @id. */
void
_emb_announcements_page_after_change (EmbAnnouncementsPage *self,
                                      gint64                id,
                                      const char           *message)
{
  self->selected_id = id;
  reload_list (self);
  show_selected (self);
  if (message != NULL)
    emb_page_add_toast (EMB_PAGE (self), adw_toast_new (message));
}

/* Moving ------------------------------------------------------------------ */

/* page.search, page.next and page.previous: the list's search, the next or
 * previous announcement. */
static void
list_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);

  if (g_str_equal (action_name, "page.search"))
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "list");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
  else
    emb_list_box_step (self->list_box, g_str_equal (action_name, "page.next"));
}

/* Changes ----------------------------------------------------------------- */

static void
emb_announcements_page_refresh (EmbPage *page)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (page);

  load_names (self);
  reload_list (self);
  show_selected (self);
}

/* Public ------------------------------------------------------------------ */

/**
 * emb_announcements_page_get_model:
 *
 * Returns: (transfer none): the announcements listed
 */
GListModel *
emb_announcements_page_get_model (EmbAnnouncementsPage *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->model);
}

/**
 * emb_announcements_page_select:
 * @id: an announcement listed
 *
 * Selects its row, which shows it.
 *
 * Returns: %FALSE when it is not listed
 */
gboolean
emb_announcements_page_select (EmbAnnouncementsPage *self,
                               gint64                id)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENTS_PAGE (self), FALSE);

  /* The row selected shows its announcement. */
  return id != 0 && emb_record_list_select (self->list_box, G_LIST_MODEL (self->model), id);
}

/**
 * emb_announcements_page_get_detail:
 *
 * Returns: (transfer none): the detail of the selected announcement
 */
EmbAnnouncementDetail *
emb_announcements_page_get_detail (EmbAnnouncementsPage *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENTS_PAGE (self), NULL);

  return self->detail;
}

/* GObject ----------------------------------------------------------------- */

static void
emb_announcements_page_dispose (GObject *object)
{
  EmbAnnouncementsPage *self = (EmbAnnouncementsPage *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  /* The leaflet is both a template child and the bin's child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ANNOUNCEMENTS_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (emb_announcements_page_parent_class)->dispose (object);
}

static void
emb_announcements_page_finalize (GObject *object)
{
  EmbAnnouncementsPage *self = (EmbAnnouncementsPage *)object;

  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->departments, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_hash_table_unref);

  G_OBJECT_CLASS (emb_announcements_page_parent_class)->finalize (object);
}

static void
emb_announcements_page_class_init (EmbAnnouncementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->dispose = emb_announcements_page_dispose;
  object_class->finalize = emb_announcements_page_finalize;
  page_class->refresh = emb_announcements_page_refresh;

  /* Whom an announcement addresses depends on the people, their
   * departments and roles; its coverage on the acknowledgements. */
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_ANNOUNCEMENT,
                        EMB_RECORD_KIND_ACKNOWLEDGEMENT,
                        EMB_RECORD_KIND_EMPLOYEE,
                        EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_ROLE,
                        -1);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, list_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, list_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, list_action);
  _emb_announcements_page_install_actions (widget_class);

  g_type_ensure (EMB_TYPE_ANNOUNCEMENT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
emb_announcements_page_init (EmbAnnouncementsPage *self)
{
  self->model = g_list_store_new (EMB_TYPE_ANNOUNCEMENT);
  self->departments = emb_records_by_id_new ();
  self->roles = emb_records_by_id_new ();

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  emb_a11y_label_drop_down (self->state_dropdown, _("Show"));
  self->loading = FALSE;

  _emb_announcements_page_update_actions (self);
}
