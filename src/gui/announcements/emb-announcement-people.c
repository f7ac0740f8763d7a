/* emb-announcement-people.c: who acknowledged an announcement, or whom to remind
 *
 * One of two lists of the employees a published announcement addresses,
 * each a lazy list view (an organisation of any size):
 *
 * - the statuses (EmbAnnouncementPeople:reminders false): everyone
 *   addressed, or those who did or did not acknowledge it, chosen in a
 *   drop-down;
 * - the reminders (true): those who have not acknowledged it more than N
 *   days after it was published, N being the "announcement-reminder-days"
 *   setting, changed with the spin button above the list.
 *
 * Each row is an EmbAnnouncementPersonRow; when the list is empty an
 * AdwStatusPage says why. EmbAnnouncementPeople:count is the number of
 * employees listed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-people"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-announcement-people.h"
#include "emb-page.h"
#include "emb-announcement-person-row.h"
#include "emb-format.h"
#include "emb-records.h"

#define DAYS_KEY "announcement-reminder-days"

struct _EmbAnnouncementPeople
{
  GtkBox           parent_instance;

  gboolean         reminders;
  EmbDatabase     *database;
  EmbAnnouncement *announcement;
  GHashTable      *departments;    /* id → EmbDepartment, borrowed from the page */
  GHashTable      *roles;          /* id → EmbRole */
  GListModel      *model;
  GSettings       *settings;

  GtkWidget       *filter_box;
  GtkDropDown     *filter_dropdown;
  GtkLabel        *filter_count_label;
  GtkWidget       *days_box;
  GtkSpinButton   *days_spin;
  GtkLabel        *days_count_label;
  GtkStack        *stack;
  GtkListView     *list_view;
  GtkNoSelection  *selection;
  AdwStatusPage   *empty_page;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementPeople, emb_announcement_people, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_REMINDERS,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows -------------------------------------------------------------------- */

static void
setup_person (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              EmbAnnouncementPeople    *self)
{
  gtk_list_item_set_child (item, emb_announcement_person_row_new ());
}

static void
bind_person (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             EmbAnnouncementPeople    *self)
{
  EmbEmployee *employee = gtk_list_item_get_item (item);
  g_autoptr(GString) details = NULL;
  g_autofree char *acknowledged_at = NULL;
  gint64 role_id, department_id;
  EmbRole *role;
  EmbDepartment *department;

  if (employee == NULL || self->announcement == NULL)
    return;

  role_id = emb_employee_get_role_id (employee);
  department_id = emb_employee_get_department_id (employee);
  role = self->roles != NULL ? g_hash_table_lookup (self->roles, &role_id) : NULL;
  department = self->departments != NULL ? g_hash_table_lookup (self->departments, &department_id) : NULL;
  details = g_string_new (emb_employee_get_employee_number (employee));
  if (role != NULL)
    g_string_append_printf (details, " · %s", emb_role_get_name (role));
  if (department != NULL)
    g_string_append_printf (details, " · %s", emb_department_get_name (department));

  /* Whom to remind has not acknowledged, by definition. */
  if (!self->reminders)
    acknowledged_at = emb_announcement_status_get_acknowledged_at (self->database,
                                                                   emb_record_get_id (EMB_RECORD (self->announcement)),
                                                                   emb_record_get_id (EMB_RECORD (employee)));
  emb_announcement_person_row_set (EMB_ANNOUNCEMENT_PERSON_ROW (gtk_list_item_get_child (item)),
                                   employee, details->str, acknowledged_at);
}

/* The list ---------------------------------------------------------------- */

static void
set_empty (EmbAnnouncementPeople *self,
           const char            *icon,
           const char            *title,
           const char            *description)
{
  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
}

/* Why the reminder list is empty. */
static void
explain_no_reminders (EmbAnnouncementPeople *self)
{
  guint days = emb_announcement_people_get_days (self);
  g_autoptr(GDateTime) published = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *published_at = emb_announcement_get_published_at (self->announcement);

  if (!emb_announcement_get_needs_ack (self->announcement))
    {
      set_empty (self, "emblem-ok-symbolic", _("Nothing to Remind Of"),
                 _("This announcement does not ask staff to acknowledge it."));
      return;
    }

  if (published_at != NULL)
    published = g_date_time_new_from_iso8601 (published_at, NULL);
  if (published != NULL)
    due = g_date_time_add_days (published, (int)days);
  if (due != NULL && g_date_time_compare (due, now) > 0)
    {
      g_autofree char *stamp = g_date_time_format_iso8601 (due);
      g_autofree char *day = emb_format_day (stamp);
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Staff have %u day to acknowledge it; whoever has "
                                           "not by %s is listed here.",
                                           "Staff have %u days to acknowledge it; whoever has "
                                           "not by %s is listed here.",
                                           days),
                              days, day);
      set_empty (self, "alarm-symbolic", _("Nobody to Remind Yet"), text);
      return;
    }

  set_empty (self, "emblem-ok-symbolic", _("Nobody to Remind"),
             _("Everyone it addresses has acknowledged it, or joined too recently to be "
               "reminded."));
}

static void
explain_no_statuses (EmbAnnouncementPeople *self)
{
  switch (emb_announcement_people_get_filter (self))
    {
    case EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED:
      set_empty (self, "mail-unread-symbolic", _("No Acknowledgements Yet"),
                 _("Nobody has acknowledged this announcement yet."));
      break;

    case EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED:
      set_empty (self, "emblem-ok-symbolic", _("Everyone Has Acknowledged"),
                 _("Every employee the announcement addresses has acknowledged it."));
      break;

    case EMB_ANNOUNCEMENT_STATUS_ALL:
    default:
      set_empty (self, "system-users-symbolic", _("Nobody Addressed"),
                 _("No active employee is in the departments or roles the announcement "
                   "addresses."));
      break;
    }
}

static void
update_count (EmbAnnouncementPeople *self)
{
  guint n = emb_announcement_people_get_count (self);
  g_autofree char *text = NULL;

  if (self->reminders)
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee to remind",
                                           "%u employees to remind", n),
                              n);
      gtk_label_set_text (self->days_count_label, text);
    }
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees", n), n);
      gtk_label_set_text (self->filter_count_label, text);
    }

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    {
      if (self->announcement == NULL)
        set_empty (self, "system-users-symbolic", _("Nobody Addressed"), NULL);
      else if (self->reminders)
        explain_no_reminders (self);
      else
        explain_no_statuses (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static void
reload (EmbAnnouncementPeople *self)
{
  g_autoptr(GListModel) model = NULL;
  GtkWidget *page;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  if (self->announcement != NULL && self->database != NULL)
    {
      gint64 id = emb_record_get_id (EMB_RECORD (self->announcement));

      if (self->reminders)
        model = emb_announcement_status_query_reminders (self->database, id,
                                                         emb_announcement_people_get_days (self),
                                                         NULL);
      else
        model = emb_announcement_status_query (self->database, id,
                                               emb_announcement_people_get_filter (self));
      g_signal_connect_object (model, "items-changed", G_CALLBACK (update_count), self,
                               G_CONNECT_SWAPPED);
      /* Paused with the page while it is not shown. */
      page = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_PAGE);
      if (page != NULL)
        emb_page_follow_model (EMB_PAGE (page), model);
    }

  g_set_object (&self->model, model);
  gtk_no_selection_set_model (self->selection, self->model);
  update_count (self);
}

static void
on_filter_changed (EmbAnnouncementPeople *self)
{
  reload (self);
}

static void
on_days_changed (EmbAnnouncementPeople *self)
{
  if (self->reminders)
    reload (self);
}

/* GObject ----------------------------------------------------------------- */

static void
emb_announcement_people_constructed (GObject *object)
{
  EmbAnnouncementPeople *self = (EmbAnnouncementPeople *)object;

  G_OBJECT_CLASS (emb_announcement_people_parent_class)->constructed (object);

  gtk_widget_set_visible (self->filter_box, !self->reminders);
  gtk_widget_set_visible (self->days_box, self->reminders);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->reminders ? _("Employees to remind")
                                                  : _("Acknowledgement statuses"),
                                  -1);
  if (self->reminders)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_settings_bind (self->settings, DAYS_KEY, self->days_spin, "value", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (self->settings, "changed::" DAYS_KEY,
                               G_CALLBACK (on_days_changed), self, G_CONNECT_SWAPPED);
    }
  update_count (self);
}

static void
emb_announcement_people_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  EmbAnnouncementPeople *self = EMB_ANNOUNCEMENT_PEOPLE (object);

  switch (prop_id)
    {
    case PROP_REMINDERS:
      g_value_set_boolean (value, self->reminders);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, emb_announcement_people_get_count (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_announcement_people_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  EmbAnnouncementPeople *self = EMB_ANNOUNCEMENT_PEOPLE (object);

  switch (prop_id)
    {
    case PROP_REMINDERS:
      self->reminders = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_announcement_people_dispose (GObject *object)
{
  EmbAnnouncementPeople *self = (EmbAnnouncementPeople *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->settings != NULL)
    g_settings_unbind (self->days_spin, "value");
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ANNOUNCEMENT_PEOPLE);
  g_clear_object (&self->model);
  g_clear_object (&self->settings);
  g_clear_object (&self->announcement);
  g_clear_object (&self->database);
  g_clear_pointer (&self->departments, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_hash_table_unref);

  G_OBJECT_CLASS (emb_announcement_people_parent_class)->dispose (object);
}

static void
emb_announcement_people_class_init (EmbAnnouncementPeopleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_announcement_people_constructed;
  object_class->get_property = emb_announcement_people_get_property;
  object_class->set_property = emb_announcement_people_set_property;
  object_class->dispose = emb_announcement_people_dispose;

  /**
   * EmbAnnouncementPeople:reminders:
   *
   * Whether the list is of whom to remind, rather than of every status.
   */
  properties[PROP_REMINDERS] =
    g_param_spec_boolean ("reminders", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbAnnouncementPeople:count:
   *
   * How many employees the list holds.
   */
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcement-people.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, filter_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, filter_count_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, days_box);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, days_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, days_count_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, selection);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPeople, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, setup_person);
  gtk_widget_class_bind_template_callback (widget_class, bind_person);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}

static void
emb_announcement_people_init (EmbAnnouncementPeople *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->filter_dropdown, _("Show"));
}

/* Public ------------------------------------------------------------------ */

/**
 * emb_announcement_people_show:
 * @database: (nullable): where the announcement is
 * @announcement: (nullable): a published announcement, or %NULL for none
 * @departments: (nullable): the departments by id, to name them
 * @roles: (nullable): the roles by id
 *
 * Lists the employees of @announcement, as it is now.
 */
void
emb_announcement_people_show (EmbAnnouncementPeople *self,
                              EmbDatabase           *database,
                              EmbAnnouncement       *announcement,
                              GHashTable            *departments,
                              GHashTable            *roles)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));
  g_return_if_fail (announcement == NULL || EMB_IS_ANNOUNCEMENT (announcement));

  g_set_object (&self->database, database);
  g_set_object (&self->announcement, announcement);
  if (departments != self->departments)
    {
      g_clear_pointer (&self->departments, g_hash_table_unref);
      self->departments = departments != NULL ? g_hash_table_ref (departments) : NULL;
    }
  if (roles != self->roles)
    {
      g_clear_pointer (&self->roles, g_hash_table_unref);
      self->roles = roles != NULL ? g_hash_table_ref (roles) : NULL;
    }
  reload (self);
}

/**
 * emb_announcement_people_get_model:
 *
 * Returns: (transfer none) (nullable): the employees listed, a lazy model
 *   of #EmbEmployee
 */
GListModel *
emb_announcement_people_get_model (EmbAnnouncementPeople *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self), NULL);

  return self->model;
}

guint
emb_announcement_people_get_count (EmbAnnouncementPeople *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self), 0);

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

/**
 * emb_announcement_people_set_filter:
 *
 * Lists everyone addressed, or only those who did or did not acknowledge.
 */
void
emb_announcement_people_set_filter (EmbAnnouncementPeople       *self,
                                    EmbAnnouncementStatusFilter  filter)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self));

  gtk_drop_down_set_selected (self->filter_dropdown, filter);
}

EmbAnnouncementStatusFilter
emb_announcement_people_get_filter (EmbAnnouncementPeople *self)
{
  guint selected;

  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self), EMB_ANNOUNCEMENT_STATUS_ALL);

  selected = gtk_drop_down_get_selected (self->filter_dropdown);
  if (selected > EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED)
    return EMB_ANNOUNCEMENT_STATUS_ALL;
  return (EmbAnnouncementStatusFilter)selected;
}

/**
 * emb_announcement_people_set_days:
 *
 * Reminds of the announcement @days days after it was published (the
 * setting that every reminder list follows).
 */
void
emb_announcement_people_set_days (EmbAnnouncementPeople *self,
                                  guint                  days)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self));

  gtk_spin_button_set_value (self->days_spin, days);
}

guint
emb_announcement_people_get_days (EmbAnnouncementPeople *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PEOPLE (self), 0);

  return (guint)MAX (gtk_spin_button_get_value_as_int (self->days_spin), 1);
}
