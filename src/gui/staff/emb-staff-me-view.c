/* emb-staff-me-view.c: "Me": who I am, my part of the journey, our values
 *
 * The whole journey map, stage by stage, so a person sees where their part
 * sits in what the customer lives through; at each of my touchpoints my
 * role's responsibility, in words, and the published promise made there.
 * Then the current values with the behaviours that show them. Everything
 * comes through the session and is rebuilt on each refresh (a few dozen
 * rows).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-me-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-responsibility.h"
#include "emb-stage.h"
#include "emb-staff-me-view.h"
#include "emb-staff-touchpoint-row.h"
#include "emb-toast.h"
#include "emb-value.h"

struct _EmbStaffMeView
{
  EmbStaffView  parent_instance;

  GHashTable   *touchpoint_rows;   /* id → EmbStaffTouchpointRow (weak) */

  AdwActionRow *name_row;
  AdwActionRow *role_row;
  AdwActionRow *department_row;
  GtkLabel     *summary_label;
  GtkBox       *journey_box;
  GtkListBox   *values_list;
};

G_DEFINE_FINAL_TYPE (EmbStaffMeView, emb_staff_me_view, EMB_TYPE_STAFF_VIEW)

static void
set_property_row (AdwActionRow *row,
                  const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL && *value != '\0' ? value : "—");
}

static void
clear (EmbStaffMeView *self)
{
  set_property_row (self->name_row, NULL);
  set_property_row (self->role_row, NULL);
  set_property_row (self->department_row, NULL);
  gtk_label_set_text (self->summary_label, "");
  g_hash_table_remove_all (self->touchpoint_rows);
  emb_staff_view_clear_box (GTK_WIDGET (self->journey_box));
  emb_staff_view_clear_box (GTK_WIDGET (self->values_list));
}

static void
show_person (EmbStaffMeView  *self,
             EmbStaffSession *session)
{
  g_autoptr(EmbEmployee) employee = emb_staff_session_get_employee (session);
  g_autoptr(EmbRole) role = emb_staff_session_get_role (session);
  g_autoptr(EmbDepartment) department = emb_staff_session_get_department (session);

  set_property_row (self->name_row, employee != NULL ? emb_employee_get_name (employee) : NULL);
  set_property_row (self->role_row, role != NULL ? emb_role_get_name (role) : NULL);
  set_property_row (self->department_row,
                    department != NULL ? emb_department_get_name (department) : NULL);
}

/* My role's level at each touchpoint: id → EmbResponsibilityLevel. */
static GHashTable *
read_levels (GListModel *responsibilities)
{
  GHashTable *levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (responsibilities); i++)
    {
      g_autoptr(EmbResponsibility) responsibility = g_list_model_get_item (responsibilities, i);
      gint64 id = emb_responsibility_get_touchpoint_id (responsibility);

      g_hash_table_insert (levels, g_memdup2 (&id, sizeof id),
                           GINT_TO_POINTER (emb_responsibility_get_level (responsibility)));
    }
  return levels;
}

static GtkWidget *
stage_section (EmbStage  *stage,
               guint      number,
               GtkWidget *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading;
  g_autofree char *title = NULL;

  /* Translators: a stage of the customer journey and its number: "2. Onboarding" */
  title = g_strdup_printf (_("%u. %s"), number, emb_stage_get_name (stage));
  heading = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);
  gtk_box_append (GTK_BOX (box), heading);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static gboolean
show_journey (EmbStaffMeView   *self,
              EmbStaffSession  *session,
              GError          **error)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GListModel) responsibilities = NULL;
  g_autoptr(GHashTable) levels = NULL;
  guint n_mine = 0;
  g_autofree char *summary = NULL;

  stages = emb_staff_session_list_stages (session, error);
  touchpoints = stages != NULL ? emb_staff_session_list_touchpoints (session, error) : NULL;
  responsibilities = touchpoints != NULL
                     ? emb_staff_session_list_my_responsibilities (session, error) : NULL;
  if (responsibilities == NULL)
    return FALSE;
  levels = read_levels (responsibilities);

  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stages, s);
      gint64 stage_id = emb_record_get_id (EMB_RECORD (stage));
      GtkWidget *list = gtk_list_box_new ();

      for (guint t = 0; t < g_list_model_get_n_items (touchpoints); t++)
        {
          g_autoptr(EmbTouchpoint) touchpoint = g_list_model_get_item (touchpoints, t);
          gint64 id = emb_record_get_id (EMB_RECORD (touchpoint));
          EmbResponsibilityLevel level;
          g_autoptr(GListModel) promises = NULL;
          GtkWidget *row;

          if (emb_touchpoint_get_stage_id (touchpoint) != stage_id)
            continue;

          level = GPOINTER_TO_INT (g_hash_table_lookup (levels, &id));
          if (level != EMB_RESPONSIBILITY_LEVEL_NONE)
            {
              promises = emb_staff_session_list_promises_at (session, id, error);
              if (promises == NULL)
                return FALSE;
              n_mine++;
            }
          row = emb_staff_touchpoint_row_new (touchpoint, level, promises);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
          g_hash_table_insert (self->touchpoint_rows, g_memdup2 (&id, sizeof id), row);
        }
      gtk_box_append (self->journey_box, stage_section (stage, s + 1, list));
    }

  if (n_mine == 0)
    summary = g_strdup (_("Your role has no touchpoint of its own yet: the whole journey is below, "
                          "so you can see where your work reaches the customer."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "You have a part at %u touchpoint.",
                                            "You have a part at %u touchpoints.",
                                            n_mine),
                               n_mine);
  gtk_label_set_text (self->summary_label, summary);
  return TRUE;
}

static GtkWidget *
value_row (EmbValue *value)
{
  GtkWidget *row = adw_action_row_new ();
  const char *description = emb_value_get_description (value);
  const char *desired = emb_value_get_desired_behaviours (value);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (description != NULL && *description != '\0')
    g_string_append (subtitle, description);
  if (desired != NULL && *desired != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, "\n\n");
      /* Translators: followed by the desired behaviours of a value */
      g_string_append_printf (subtitle, _("What it looks like: %s"), desired);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), emb_value_get_name (value));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static gboolean
show_values (EmbStaffMeView   *self,
             EmbStaffSession  *session,
             GError          **error)
{
  g_autoptr(GListModel) values = emb_staff_session_list_values (session, error);

  if (values == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);

      gtk_list_box_append (self->values_list, value_row (value));
    }
  return TRUE;
}

static void
emb_staff_me_view_refresh (EmbStaffView *view)
{
  EmbStaffMeView *self = EMB_STAFF_ME_VIEW (view);
  EmbStaffSession *session = emb_staff_view_get_session (view);
  g_autoptr(GError) error = NULL;

  clear (self);
  if (session == NULL)
    return;

  show_person (self, session);
  if (!show_journey (self, session, &error) || !show_values (self, session, &error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

/**
 * emb_staff_me_view_get_touchpoint_row:
 *
 * Returns: (transfer none) (nullable): the row of a touchpoint shown
 */
GtkWidget *
emb_staff_me_view_get_touchpoint_row (EmbStaffMeView *self,
                                      gint64          touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_STAFF_ME_VIEW (self), NULL);

  return g_hash_table_lookup (self->touchpoint_rows, &touchpoint_id);
}

/**
 * emb_staff_me_view_count_mine:
 *
 * Returns: how many touchpoints shown are marked as mine
 */
guint
emb_staff_me_view_count_mine (EmbStaffMeView *self)
{
  GHashTableIter iter;
  gpointer row;
  guint n = 0;

  g_return_val_if_fail (EMB_IS_STAFF_ME_VIEW (self), 0);

  g_hash_table_iter_init (&iter, self->touchpoint_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    n += emb_staff_touchpoint_row_get_level (row) != EMB_RESPONSIBILITY_LEVEL_NONE;
  return n;
}

GtkWidget *
emb_staff_me_view_new (void)
{
  return g_object_new (EMB_TYPE_STAFF_ME_VIEW, NULL);
}

static void
emb_staff_me_view_dispose (GObject *object)
{
  EmbStaffMeView *self = (EmbStaffMeView *)object;

  g_clear_pointer (&self->touchpoint_rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_ME_VIEW);

  G_OBJECT_CLASS (emb_staff_me_view_parent_class)->dispose (object);
}

static void
emb_staff_me_view_class_init (EmbStaffMeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbStaffViewClass *view_class = EMB_STAFF_VIEW_CLASS (klass);

  object_class->dispose = emb_staff_me_view_dispose;
  view_class->refresh = emb_staff_me_view_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-me-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, role_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, journey_box);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffMeView, values_list);
}

static void
emb_staff_me_view_init (EmbStaffMeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->touchpoint_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}
