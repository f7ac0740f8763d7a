/* emb-announcement-detail.c: one announcement, whom it reached and whom to remind
 *
 * The right-hand side of the Announcements page: the title, whether it is
 * a draft or since when it is published, what it asks, whom it addresses,
 * the buttons of the workflow (their actions, announcement.* and
 * page.delete, are the page's), and three views:
 *
 * - the announcement: its text and, once published, its acknowledgement
 *   coverage overall (emb_metrics_announcement_coverage()) and by
 *   department (a bar chart); a draft says how many it would reach;
 * - the statuses of everyone addressed (EmbAnnouncementPeople);
 * - whom to remind, with their number as the view's badge.
 *
 * The last two only for a published announcement; the reminders only when
 * it asks for acknowledgement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-announcement-detail.h"
#include "emb-announcement-status.h"
#include "emb-announcement-store.h"
#include "emb-format.h"
#include "emb-metrics.h"
#include "emb-records.h"

struct _EmbAnnouncementDetail
{
  AdwBin                 parent_instance;

  EmbDatabase           *database;
  EmbAnnouncement       *announcement;
  GHashTable            *departments;   /* borrowed from the page */
  GHashTable            *roles;

  GtkLabel              *title_label;
  GtkLabel              *state_label;
  GtkLabel              *audience_label;
  GtkFlowBox            *actions_box;
  GtkWidget             *publish_button;
  GtkWidget             *edit_button;
  GtkWidget             *export_button;
  GtkWidget             *unpublish_button;
  GtkWidget             *delete_button;
  AdwViewSwitcher       *switcher;
  AdwViewStack          *view_stack;
  GtkScrolledWindow     *message_scroll;
  GtkLabel              *body_label;
  GtkWidget             *coverage_box;
  GtkWidget             *figure_box;
  GtkLabel              *percent_label;
  GtkLevelBar           *coverage_bar;
  GtkLabel              *coverage_label;
  GtkWidget             *chart_box;
  EmbBarChart           *department_chart;
  AdwViewStackPage      *statuses_page;
  AdwViewStackPage      *reminders_page;
  EmbAnnouncementPeople *statuses;
  EmbAnnouncementPeople *reminders;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementDetail, emb_announcement_detail, ADW_TYPE_BIN)

static const char *
record_name (GHashTable *records,
             gint64      id)
{
  EmbRecord *record = records != NULL ? g_hash_table_lookup (records, &id) : NULL;

  if (EMB_IS_DEPARTMENT (record))
    return emb_department_get_name (EMB_DEPARTMENT (record));
  if (EMB_IS_ROLE (record))
    return emb_role_get_name (EMB_ROLE (record));
  return NULL;
}

/* "To everyone", or the departments or roles by name. */
static char *
audience_text (EmbAnnouncementDetail *self)
{
  gint64 id = emb_record_get_id (EMB_RECORD (self->announcement));
  EmbAudience audience = emb_announcement_get_audience (self->announcement);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  GHashTable *records;

  if (audience == EMB_AUDIENCE_EVERYONE)
    return g_strdup (_("To everyone"));

  if (audience == EMB_AUDIENCE_DEPARTMENTS)
    {
      ids = emb_announcement_store_get_department_ids (self->database, id);
      records = self->departments;
    }
  else
    {
      ids = emb_announcement_store_get_role_ids (self->database, id);
      records = self->roles;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      const char *name = record_name (records, g_array_index (ids, gint64, i));

      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }

  if (audience == EMB_AUDIENCE_DEPARTMENTS)
    /* Translators: whom an announcement addresses: "To the departments: Sales, Support" */
    return g_strdup_printf (_("To the departments: %s"), names->str);
  /* Translators: whom an announcement addresses: "To the roles: Cashier, Agent" */
  return g_strdup_printf (_("To the roles: %s"), names->str);
}

static char *
state_text (EmbAnnouncement *announcement)
{
  g_autofree char *day = emb_format_day (emb_announcement_get_published_at (announcement));
  g_autoptr(GString) text = g_string_new (NULL);

  if (day != NULL)
    /* Translators: "Published on 3 March 2026" */
    g_string_printf (text, _("Published on %s"), day);
  else
    g_string_assign (text, _("Draft, not yet published"));
  g_string_append (text, " · ");
  g_string_append (text, emb_announcement_get_needs_ack (announcement)
                         ? _("Asks for acknowledgement") : _("For information only"));
  if (emb_announcement_get_on_kiosk (announcement))
    {
      g_string_append (text, " · ");
      g_string_append (text, _("Shown on the kiosk"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The workflow buttons sit in a flow box: show or hide their children. */
static void
show_button (GtkWidget *button,
             gboolean   visible)
{
  gtk_widget_set_visible (gtk_widget_get_parent (button), visible);
}

static void
fill_chart (EmbAnnouncementDetail *self,
            GArray                *groups)
{
  emb_bar_chart_clear (self->department_chart);
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      const EmbCoverageGroup *group = &g_array_index (groups, EmbCoverageGroup, i);
      const char *name = group->id != 0 ? record_name (self->departments, group->id) : NULL;

      emb_bar_chart_append (self->department_chart, name != NULL ? name : _("No department"),
                            group->coverage.valid ? group->coverage.percent : 0.0);
    }
}

/* A draft: how many it would reach. */
static void
show_reach (EmbAnnouncementDetail *self)
{
  g_autoptr(GListModel) addressed = NULL;
  g_autofree char *text = NULL;
  guint n;

  addressed = emb_announcement_status_query (self->database,
                                             emb_record_get_id (EMB_RECORD (self->announcement)),
                                             EMB_ANNOUNCEMENT_STATUS_ALL);
  n = g_list_model_get_n_items (addressed);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Once published, it reaches %u employee. Coverage is "
                                       "measured from then on.",
                                       "Once published, it reaches %u employees. Coverage is "
                                       "measured from then on.",
                                       n),
                          n);
  gtk_label_set_text (self->coverage_label, text);
  gtk_widget_set_visible (self->figure_box, FALSE);
  gtk_widget_set_visible (self->chart_box, FALSE);
}

static void
update_coverage (EmbAnnouncementDetail *self)
{
  gint64 id = emb_record_get_id (EMB_RECORD (self->announcement));
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;
  EmbCoverage coverage;

  if (emb_announcement_get_published_at (self->announcement) == NULL)
    {
      show_reach (self);
      return;
    }
  if (!emb_announcement_get_needs_ack (self->announcement))
    {
      gtk_label_set_text (self->coverage_label,
                          _("This announcement is for information only: nobody is asked to "
                            "acknowledge it."));
      gtk_widget_set_visible (self->figure_box, FALSE);
      gtk_widget_set_visible (self->chart_box, FALSE);
      return;
    }

  if (!emb_metrics_announcement_coverage (self->database, id, &coverage, &error) ||
      (groups = emb_announcement_status_coverage_by_department (self->database, id, &error)) == NULL)
    {
      gtk_label_set_text (self->coverage_label, error->message);
      gtk_widget_set_visible (self->figure_box, FALSE);
      gtk_widget_set_visible (self->chart_box, FALSE);
      return;
    }

  if (!coverage.valid)
    text = g_strdup (_("Nobody is addressed: no active employee is in its departments or "
                       "roles."));
  else
    /* Translators: "164 of 241 addressed employees have acknowledged it." */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u addressed employee has acknowledged it.",
                                         "%u of %u addressed employees have acknowledged it.",
                                         coverage.addressed),
                            coverage.acknowledged, coverage.addressed);
  /* Translators: a share of employees, "68 %" */
  percent = g_strdup_printf (_("%.0f %%"), coverage.percent);

  gtk_label_set_text (self->percent_label, percent);
  gtk_level_bar_set_value (self->coverage_bar, coverage.percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->coverage_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, percent,
                                  -1);
  gtk_label_set_text (self->coverage_label, text);
  fill_chart (self, groups);
  gtk_widget_set_visible (self->figure_box, coverage.valid);
  gtk_widget_set_visible (self->chart_box, coverage.valid);
}

static void
on_reminders_count (EmbAnnouncementDetail *self)
{
  adw_view_stack_page_set_badge_number (self->reminders_page,
                                        emb_announcement_people_get_count (self->reminders));
}

/* GObject ----------------------------------------------------------------- */

static void
emb_announcement_detail_dispose (GObject *object)
{
  EmbAnnouncementDetail *self = (EmbAnnouncementDetail *)object;

  /* The box is both a template child and the bin's child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ANNOUNCEMENT_DETAIL);
  g_clear_object (&self->announcement);
  g_clear_object (&self->database);
  g_clear_pointer (&self->departments, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_hash_table_unref);

  G_OBJECT_CLASS (emb_announcement_detail_parent_class)->dispose (object);
}

static void
emb_announcement_detail_class_init (EmbAnnouncementDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_announcement_detail_dispose;

  g_type_ensure (EMB_TYPE_BAR_CHART);
  g_type_ensure (EMB_TYPE_ANNOUNCEMENT_PEOPLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcement-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, state_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, audience_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, actions_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, publish_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, export_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, unpublish_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, delete_button);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, switcher);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, message_scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, body_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, coverage_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, figure_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, percent_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, coverage_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, chart_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, department_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, statuses_page);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, reminders_page);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, statuses);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementDetail, reminders);
}

static void
emb_announcement_detail_init (EmbAnnouncementDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Tab goes straight to the buttons, not to their flow box children. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  g_signal_connect_object (self->reminders, "notify::count",
                           G_CALLBACK (on_reminders_count), self, G_CONNECT_SWAPPED);
}

/* Public ------------------------------------------------------------------ */

/**
 * emb_announcement_detail_show:
 * @database: where the announcement is
 * @announcement: (nullable): the announcement, as stored, or %NULL for none
 * @departments: the departments by id (emb_records_by_id_new()), to name them
 * @roles: the roles by id
 *
 * Shows @announcement as it is now, with its coverage and lists.
 */
void
emb_announcement_detail_show (EmbAnnouncementDetail *self,
                              EmbDatabase           *database,
                              EmbAnnouncement       *announcement,
                              GHashTable            *departments,
                              GHashTable            *roles)
{
  g_autofree char *audience = NULL;
  g_autofree char *state = NULL;
  const char *body;
  gboolean published, asks;
  gint64 previous;

  g_return_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self));
  g_return_if_fail (EMB_IS_DATABASE (database));
  g_return_if_fail (announcement == NULL || EMB_IS_ANNOUNCEMENT (announcement));

  previous = self->announcement != NULL ? emb_record_get_id (EMB_RECORD (self->announcement)) : 0;
  g_set_object (&self->database, database);
  g_set_object (&self->announcement, announcement);
  if (self->departments != departments)
    {
      g_clear_pointer (&self->departments, g_hash_table_unref);
      self->departments = g_hash_table_ref (departments);
    }
  if (self->roles != roles)
    {
      g_clear_pointer (&self->roles, g_hash_table_unref);
      self->roles = g_hash_table_ref (roles);
    }

  if (announcement == NULL)
    {
      emb_announcement_people_show (self->statuses, NULL, NULL, NULL, NULL);
      emb_announcement_people_show (self->reminders, NULL, NULL, NULL, NULL);
      return;
    }

  published = emb_announcement_get_published_at (announcement) != NULL;
  asks = emb_announcement_get_needs_ack (announcement);
  audience = audience_text (self);
  state = state_text (announcement);
  body = emb_announcement_get_body (announcement);

  gtk_label_set_text (self->title_label, emb_announcement_get_title (announcement));
  gtk_label_set_text (self->state_label, state);
  gtk_label_set_text (self->audience_label, audience);
  gtk_label_set_text (self->body_label, body != NULL && *body != '\0' ? body : _("No text."));
  show_button (self->publish_button, !published);
  show_button (self->unpublish_button, published);
  show_button (self->export_button, published);

  update_coverage (self);
  adw_view_stack_page_set_visible (self->statuses_page, published);
  adw_view_stack_page_set_visible (self->reminders_page, published && asks);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher), published);
  emb_announcement_people_show (self->statuses, database, published ? announcement : NULL,
                                departments, roles);
  emb_announcement_people_show (self->reminders, database, published && asks ? announcement : NULL,
                                departments, roles);

  /* Another announcement opens on its text, at the top. */
  if (previous != emb_record_get_id (EMB_RECORD (announcement)))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "message");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->message_scroll), 0);
    }
  else if (!published)
    adw_view_stack_set_visible_child_name (self->view_stack, "message");
}

/**
 * emb_announcement_detail_get_announcement:
 *
 * Returns: (transfer none) (nullable): the announcement shown
 */
EmbAnnouncement *
emb_announcement_detail_get_announcement (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return self->announcement;
}

/**
 * emb_announcement_detail_set_view:
 * @name: "message", "statuses" or "reminders"
 */
void
emb_announcement_detail_set_view (EmbAnnouncementDetail *self,
                                  const char            *name)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
emb_announcement_detail_get_view (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * emb_announcement_detail_get_statuses:
 *
 * Returns: (transfer none): the list of every status
 */
EmbAnnouncementPeople *
emb_announcement_detail_get_statuses (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return self->statuses;
}

/**
 * emb_announcement_detail_get_reminders:
 *
 * Returns: (transfer none): the list of whom to remind
 */
EmbAnnouncementPeople *
emb_announcement_detail_get_reminders (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return self->reminders;
}

/**
 * emb_announcement_detail_get_department_chart:
 *
 * Returns: (transfer none): the coverage by department
 */
EmbBarChart *
emb_announcement_detail_get_department_chart (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return self->department_chart;
}

/**
 * emb_announcement_detail_get_coverage_text:
 *
 * Returns: what the coverage section says, as "164 of 241 addressed
 *   employees have acknowledged it."
 */
const char *
emb_announcement_detail_get_coverage_text (EmbAnnouncementDetail *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_DETAIL (self), NULL);

  return gtk_label_get_text (self->coverage_label);
}
