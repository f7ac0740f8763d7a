/* emb-import-values-group.c: the values of the categorical columns of an
 * imported file, each with what it stands for
 *
 * Shown from the report of the assistant's check, which counted every
 * value of the whole file. With :categories, the group lists the values of
 * the category column (read as the touchpoint), those that name no
 * touchpoint first; otherwise it lists the other categorical columns, one
 * expander row each. Choosing what a value stands for emits
 * ::value-changed with the mapping key and the value (NULL: as written).
 * The rows are kept while the file's values stay the same, so that the
 * focus stays where the user is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-values-group"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-csv-import.h"
#include "emb-import-values-group.h"

struct _EmbImportValuesGroup
{
  AdwPreferencesGroup  parent_instance;

  gboolean             categories;
  GPtrArray           *children;    /* the group's rows */
  GPtrArray           *rows;        /* EmbImportValueRow */
  char                *signature;   /* the values shown */
};

G_DEFINE_FINAL_TYPE (EmbImportValuesGroup, emb_import_values_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CATEGORIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  VALUE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
wants (EmbImportValuesGroup *self,
       const EmbImportValue *value)
{
  gboolean category = g_str_equal (value->field, "touchpoint");

  return self->categories ? category : !category && emb_import_value_row_can_map (value->field);
}

void
emb_import_values_group_clear (EmbImportValuesGroup *self)
{
  g_return_if_fail (EMB_IS_IMPORT_VALUES_GROUP (self));

  for (guint i = 0; i < self->children->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->children, i));
  g_ptr_array_set_size (self->children, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->signature, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
on_row_changed (EmbImportValuesGroup *self,
                GParamSpec           *pspec,
                EmbImportValueRow    *row)
{
  g_autofree char *key = emb_import_value_row_get_key (row);

  g_signal_emit (self, signals[VALUE_CHANGED], 0, key, emb_import_value_row_get_ours (row));
}

static GtkWidget *
add_row (EmbImportValuesGroup *self,
         EmbDatabase          *database,
         const EmbImportValue *value,
         GHashTable           *mapping)
{
  g_autofree char *key = g_strdup_printf ("value:%s:%s", value->column, value->value);
  const char *ours = mapping != NULL ? g_hash_table_lookup (mapping, key) : NULL;
  GtkWidget *row = emb_import_value_row_new (database, value, ours);

  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->rows, row);
  return row;
}

static char *
make_signature (EmbImportValuesGroup *self,
                EmbImportReport      *report)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < emb_import_report_get_n_values (report); i++)
    {
      const EmbImportValue *value = emb_import_report_get_value (report, i);

      if (wants (self, value))
        g_string_append_printf (signature, "%s\x1f%s\x1f%u\x1f%d\x1e", value->column, value->value,
                                value->count, value->unknown || value->mapped != NULL);
    }
  return g_string_free (signature, FALSE);
}

static void
describe_categories (EmbImportValuesGroup *self,
                     EmbImportReport      *report)
{
  guint n_unknown = emb_import_report_get_n_unknown (report);
  g_autofree char *description = NULL;

  if (n_unknown == 0)
    description = g_strdup (_("Every category names a touchpoint, or is given one below."));
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u category names no touchpoint: its items are "
                                                "imported without one and wait to be triaged. "
                                                "Choose the touchpoint it stands for to map it.",
                                                "%u categories name no touchpoint: their items are "
                                                "imported without one and wait to be triaged. "
                                                "Choose the touchpoint each stands for to map it.",
                                                n_unknown),
                                   n_unknown);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

/**
 * emb_import_values_group_show:
 * @report: the report of the check, with the values of the whole file
 * @mapping: (nullable): the assistant's mapping, for the value maps chosen
 */
void
emb_import_values_group_show (EmbImportValuesGroup *self,
                              EmbDatabase          *database,
                              EmbImportReport      *report,
                              GHashTable           *mapping)
{
  g_autofree char *signature = NULL;
  AdwExpanderRow *expander = NULL;
  const char *column = NULL;

  g_return_if_fail (EMB_IS_IMPORT_VALUES_GROUP (self));

  signature = make_signature (self, report);
  if (g_strcmp0 (signature, self->signature) == 0)
    return;
  emb_import_values_group_clear (self);
  self->signature = g_steal_pointer (&signature);

  if (self->categories)
    describe_categories (self, report);

  /* Categories: those to triage first */
  for (int pass = self->categories ? 0 : 1; pass < 2; pass++)
    for (guint i = 0; i < emb_import_report_get_n_values (report); i++)
      {
        const EmbImportValue *value = emb_import_report_get_value (report, i);
        GtkWidget *row;

        if (!wants (self, value) || (self->categories && (pass == 0) != value->unknown))
          continue;

        if (self->categories)
          {
            row = add_row (self, database, value, mapping);
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
            g_ptr_array_add (self->children, row);
            continue;
          }

        if (g_strcmp0 (column, value->column) != 0)
          {
            g_autofree char *subtitle = g_strdup_printf (_("Read as: %s"),
                                                         emb_csv_import_field_label (value->field));

            column = value->column;
            expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), value->column);
            adw_expander_row_set_subtitle (expander, subtitle);
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (expander));
            g_ptr_array_add (self->children, expander);
          }
        adw_expander_row_add_row (expander, add_row (self, database, value, mapping));
      }

  gtk_widget_set_visible (GTK_WIDGET (self), self->children->len > 0);
}

/**
 * emb_import_values_group_find_row:
 *
 * Returns: (transfer none) (nullable): the row of @value of @column
 */
EmbImportValueRow *
emb_import_values_group_find_row (EmbImportValuesGroup *self,
                                  const char           *column,
                                  const char           *value)
{
  g_return_val_if_fail (EMB_IS_IMPORT_VALUES_GROUP (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      EmbImportValueRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (emb_import_value_row_get_column (row), column) &&
          g_str_equal (emb_import_value_row_get_value (row), value))
        return row;
    }
  return NULL;
}

static void
emb_import_values_group_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  EmbImportValuesGroup *self = EMB_IMPORT_VALUES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CATEGORIES:
      self->categories = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_import_values_group_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  EmbImportValuesGroup *self = EMB_IMPORT_VALUES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CATEGORIES:
      g_value_set_boolean (value, self->categories);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_import_values_group_finalize (GObject *object)
{
  EmbImportValuesGroup *self = (EmbImportValuesGroup *)object;

  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->rows);
  g_free (self->signature);

  G_OBJECT_CLASS (emb_import_values_group_parent_class)->finalize (object);
}

static void
emb_import_values_group_class_init (EmbImportValuesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = emb_import_values_group_set_property;
  object_class->get_property = emb_import_values_group_get_property;
  object_class->finalize = emb_import_values_group_finalize;

  /* Whether the group lists the categories, rather than the other values. */
  properties[PROP_CATEGORIES] =
    g_param_spec_boolean ("categories", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbImportValuesGroup::value-changed:
   * @key: the mapping key of the value map
   * @ours: (nullable): what the value stands for, or %NULL: as written
   */
  signals[VALUE_CHANGED] =
    g_signal_new ("value-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/import/emb-import-values-group.ui");
}

static void
emb_import_values_group_init (EmbImportValuesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->children = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
}
