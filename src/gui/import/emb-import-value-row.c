/* emb-import-value-row.c: a value of a column of an imported file, and
 * what it stands for in the programme
 *
 * A combo row titled with the value as the file writes it and how many
 * rows hold it; its choices are our values of the column's field: the
 * touchpoints for a category, the kinds of feedback, the statuses, the
 * offices, the departments and roles that exist. The first choice keeps
 * the value as written (no value map).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-value-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-import-value-row.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-records.h"

struct _EmbImportValueRow
{
  AdwComboRow  parent_instance;

  char        *column;
  char        *value;
  GPtrArray   *ours;       /* what each choice stands for; NULL for the first */

  GtkImage    *unknown_icon;
};

G_DEFINE_FINAL_TYPE (EmbImportValueRow, emb_import_value_row, ADW_TYPE_COMBO_ROW)

static void
emb_import_value_row_finalize (GObject *object)
{
  EmbImportValueRow *self = (EmbImportValueRow *)object;

  g_free (self->column);
  g_free (self->value);
  g_ptr_array_unref (self->ours);

  G_OBJECT_CLASS (emb_import_value_row_parent_class)->finalize (object);
}

static void
emb_import_value_row_class_init (EmbImportValueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = emb_import_value_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/import/emb-import-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbImportValueRow, unknown_icon);
}

static void
emb_import_value_row_init (EmbImportValueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ours = g_ptr_array_new_with_free_func (g_free);
}

/* Choices ---------------------------------------------------------------- */

static void
add_choice (EmbImportValueRow *self,
            GtkStringList     *labels,
            const char        *label,
            const char        *ours)
{
  gtk_string_list_append (labels, label);
  g_ptr_array_add (self->ours, g_strdup (ours));
}

static void
add_records (EmbImportValueRow *self,
             GtkStringList     *labels,
             GListModel        *records,
             const char *     (*get_name) (gpointer))
{
  guint n = records != NULL ? g_list_model_get_n_items (records) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);
      const char *name = get_name (record);

      add_choice (self, labels, name, name);
    }
}

/* The fields whose values can be mapped here: those with a known set of
 * values. */
gboolean
emb_import_value_row_can_map (const char *field)
{
  static const char * const fields[] = {
    "touchpoint", "kind", "score-type", "status", "terminated", "office", "department", "role",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (field, fields[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
fill_choices (EmbImportValueRow *self,
              EmbDatabase       *database,
              const char        *field,
              GtkStringList     *labels)
{
  g_autoptr(GListModel) records = NULL;

  add_choice (self, labels, _("As written"), NULL);

  if (g_str_equal (field, "touchpoint"))
    {
      add_choice (self, labels, _("No touchpoint"), "");
      records = emb_journey_store_list_touchpoints (database, NULL);
      add_records (self, labels, records, (gpointer)emb_touchpoint_get_name);
    }
  else if (g_str_equal (field, "kind"))
    {
      add_choice (self, labels, _("Praise"), "praise");
      add_choice (self, labels, _("Complaint"), "complaint");
      add_choice (self, labels, _("Suggestion"), "suggestion");
      add_choice (self, labels, _("Survey answer"), "survey");
      add_choice (self, labels, _("Neutral"), "neutral");
    }
  else if (g_str_equal (field, "score-type"))
    {
      add_choice (self, labels, _("NPS (0–10)"), "nps");
      add_choice (self, labels, _("CSAT (1–5)"), "csat");
      add_choice (self, labels, _("CES (1–7)"), "ces");
    }
  else if (g_str_equal (field, "status"))
    {
      add_choice (self, labels, _("Active"), "active");
      add_choice (self, labels, _("Inactive"), "inactive");
      add_choice (self, labels, _("On leave"), "on leave");
    }
  else if (g_str_equal (field, "terminated"))
    {
      add_choice (self, labels, _("Terminated"), "yes");
      add_choice (self, labels, _("Not terminated"), "no");
    }
  else if (g_str_equal (field, "office"))
    {
      add_choice (self, labels, _("Front office"), "front");
      add_choice (self, labels, _("Back office"), "back");
    }
  else if (g_str_equal (field, "department"))
    {
      records = emb_people_store_list_departments (database, NULL);
      add_records (self, labels, records, (gpointer)emb_department_get_name);
    }
  else if (g_str_equal (field, "role"))
    {
      records = emb_people_store_list_roles (database, 0, NULL);
      add_records (self, labels, records, (gpointer)emb_role_get_name);
    }
}

/**
 * emb_import_value_row_new:
 * @value: a value of a categorical column, from the check's report
 * @ours: (nullable): what it is mapped to, or %NULL for none
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
emb_import_value_row_new (EmbDatabase          *database,
                          const EmbImportValue *value,
                          const char           *ours)
{
  EmbImportValueRow *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  self = g_object_new (EMB_TYPE_IMPORT_VALUE_ROW, NULL);
  self->column = g_strdup (value->column);
  self->value = g_strdup (value->value);
  fill_choices (self, database, value->field, labels);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (labels));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), value->value);
  if (value->unknown && ours == NULL)
    /* Translators: under a category of an imported file; %u is a number of rows */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u row · no touchpoint has this name: its "
                                             "item will wait to be triaged",
                                             "%u rows · no touchpoint has this name: their "
                                             "items will wait to be triaged",
                                             value->count),
                                value->count);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", value->count),
                                value->count);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_icon), value->unknown && ours == NULL);

  if (ours != NULL && !emb_import_value_row_set_ours (self, ours))
    {
      /* A value no longer offered (a touchpoint since renamed) stays mapped. */
      gtk_string_list_append (labels, ours);
      g_ptr_array_add (self->ours, g_strdup (ours));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), self->ours->len - 1);
    }
  return GTK_WIDGET (self);
}

const char *
emb_import_value_row_get_column (EmbImportValueRow *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_VALUE_ROW (self), NULL);
  return self->column;
}

const char *
emb_import_value_row_get_value (EmbImportValueRow *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_VALUE_ROW (self), NULL);
  return self->value;
}

/**
 * emb_import_value_row_get_ours:
 *
 * Returns: (nullable): what the chosen entry stands for ("" for none), or
 *   %NULL to keep the value as written
 */
const char *
emb_import_value_row_get_ours (EmbImportValueRow *self)
{
  guint selected;

  g_return_val_if_fail (EMB_IS_IMPORT_VALUE_ROW (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  return selected < self->ours->len ? g_ptr_array_index (self->ours, selected) : NULL;
}

/**
 * emb_import_value_row_set_ours:
 * @ours: (nullable): a value offered, or %NULL for "as written"
 *
 * Returns: whether @ours is offered (and now chosen)
 */
gboolean
emb_import_value_row_set_ours (EmbImportValueRow *self,
                               const char        *ours)
{
  g_return_val_if_fail (EMB_IS_IMPORT_VALUE_ROW (self), FALSE);

  for (guint i = 0; i < self->ours->len; i++)
    {
      const char *choice = g_ptr_array_index (self->ours, i);

      if (ours == NULL ? choice == NULL : choice != NULL && g_utf8_collate (choice, ours) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * emb_import_value_row_get_key:
 *
 * Returns: (transfer full): the mapping key of the value map of this row,
 *   "value:<column>:<value>"
 */
char *
emb_import_value_row_get_key (EmbImportValueRow *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_VALUE_ROW (self), NULL);
  return g_strdup_printf ("value:%s:%s", self->column, self->value);
}
