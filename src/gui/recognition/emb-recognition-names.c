/* emb-recognition-names.c: the names a nomination's row shows
 *
 * A nomination holds ids; its row shows names. The departments, values and
 * touchpoints are small tables, read whole when the page is first shown and
 * again when one of them changes; they also fill the filters. Employees are
 * many: a name is read when a row first shows it, and kept until an
 * employee changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-names"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-names.h"

struct _EmbRecognitionNames
{
  GObject      parent_instance;

  EmbDatabase *database;

  GListModel  *departments;
  GListModel  *values;
  GListModel  *touchpoints;

  /* id → EmbDepartment / EmbValue / EmbTouchpoint, and employee names read
   * as rows are shown. */
  GHashTable  *department_by_id;
  GHashTable  *value_by_id;
  GHashTable  *touchpoint_by_id;
  GHashTable  *employee_names;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionNames, emb_recognition_names, G_TYPE_OBJECT)

/* A failure reads its message; some store functions fail without one. */
static const char *
error_message (const GError *error)
{
  return error != NULL ? error->message : _("Something went wrong.");
}

static gpointer
lookup (GHashTable *table,
        gint64      id)
{
  return id > 0 ? g_hash_table_lookup (table, &id) : NULL;
}

static void
emb_recognition_names_dispose (GObject *object)
{
  EmbRecognitionNames *self = (EmbRecognitionNames *)object;

  g_clear_object (&self->departments);
  g_clear_object (&self->values);
  g_clear_object (&self->touchpoints);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_recognition_names_parent_class)->dispose (object);
}

static void
emb_recognition_names_finalize (GObject *object)
{
  EmbRecognitionNames *self = (EmbRecognitionNames *)object;

  g_hash_table_unref (self->department_by_id);
  g_hash_table_unref (self->value_by_id);
  g_hash_table_unref (self->touchpoint_by_id);
  g_hash_table_unref (self->employee_names);

  G_OBJECT_CLASS (emb_recognition_names_parent_class)->finalize (object);
}

static void
emb_recognition_names_class_init (EmbRecognitionNamesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_recognition_names_dispose;
  object_class->finalize = emb_recognition_names_finalize;
}

static void
emb_recognition_names_init (EmbRecognitionNames *self)
{
  self->department_by_id = emb_records_by_id_new ();
  self->value_by_id = emb_records_by_id_new ();
  self->touchpoint_by_id = emb_records_by_id_new ();
  self->employee_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/**
 * emb_recognition_names_new:
 *
 * Returns: (transfer full): names of @database, none read yet
 */
EmbRecognitionNames *
emb_recognition_names_new (EmbDatabase *database)
{
  EmbRecognitionNames *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_RECOGNITION_NAMES, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * emb_recognition_names_reload:
 *
 * Reads the departments, values and touchpoints again, and forgets the
 * employees' names.
 */
void
emb_recognition_names_reload (EmbRecognitionNames *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GListModel) touchpoints = NULL;

  g_return_if_fail (EMB_IS_RECOGNITION_NAMES (self));

  departments = emb_people_store_list_departments (self->database, &error);
  if (departments == NULL)
    {
      g_warning ("Cannot list the departments: %s", error_message (error));
      g_clear_error (&error);
    }
  values = emb_programme_store_list_values (self->database, &error);
  if (values == NULL)
    {
      g_warning ("Cannot list the values: %s", error_message (error));
      g_clear_error (&error);
    }
  touchpoints = emb_journey_store_list_touchpoints (self->database, &error);
  if (touchpoints == NULL)
    {
      g_warning ("Cannot list the touchpoints: %s", error_message (error));
      g_clear_error (&error);
    }

  emb_records_by_id_fill (self->department_by_id, departments);
  emb_records_by_id_fill (self->value_by_id, values);
  emb_records_by_id_fill (self->touchpoint_by_id, touchpoints);
  g_hash_table_remove_all (self->employee_names);

  g_set_object (&self->departments, departments);
  g_set_object (&self->values, values);
  g_set_object (&self->touchpoints, touchpoints);
}

/**
 * emb_recognition_names_forget_employees:
 *
 * Forgets the employees' names read so far: they are read again as rows
 * show them.
 */
void
emb_recognition_names_forget_employees (EmbRecognitionNames *self)
{
  g_return_if_fail (EMB_IS_RECOGNITION_NAMES (self));

  g_hash_table_remove_all (self->employee_names);
}

/**
 * emb_recognition_names_get_departments:
 *
 * Returns: (transfer none) (nullable): the departments read last
 */
GListModel *
emb_recognition_names_get_departments (EmbRecognitionNames *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return self->departments;
}

/**
 * emb_recognition_names_get_values:
 *
 * Returns: (transfer none) (nullable): the values read last
 */
GListModel *
emb_recognition_names_get_values (EmbRecognitionNames *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return self->values;
}

/**
 * emb_recognition_names_get_touchpoints:
 *
 * Returns: (transfer none) (nullable): the touchpoints read last
 */
GListModel *
emb_recognition_names_get_touchpoints (EmbRecognitionNames *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return self->touchpoints;
}

/**
 * emb_recognition_names_lookup_department:
 *
 * Returns: (transfer none) (nullable): the department @id
 */
EmbDepartment *
emb_recognition_names_lookup_department (EmbRecognitionNames *self,
                                         gint64               id)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return lookup (self->department_by_id, id);
}

/**
 * emb_recognition_names_lookup_value:
 *
 * Returns: (transfer none) (nullable): the value @id
 */
EmbValue *
emb_recognition_names_lookup_value (EmbRecognitionNames *self,
                                    gint64               id)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return lookup (self->value_by_id, id);
}

/**
 * emb_recognition_names_lookup_touchpoint:
 *
 * Returns: (transfer none) (nullable): the touchpoint @id
 */
EmbTouchpoint *
emb_recognition_names_lookup_touchpoint (EmbRecognitionNames *self,
                                         gint64               id)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  return lookup (self->touchpoint_by_id, id);
}

/**
 * emb_recognition_names_get_employee:
 *
 * Returns: (nullable): the name of the employee @id ("" for one not found),
 *   or %NULL for no employee (@id 0)
 */
const char *
emb_recognition_names_get_employee (EmbRecognitionNames *self,
                                    gint64               id)
{
  const char *name;

  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (self), NULL);

  if (id <= 0)
    return NULL;
  name = g_hash_table_lookup (self->employee_names, &id);
  if (name == NULL)
    {
      g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (self->database, id, NULL);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      name = employee != NULL ? emb_employee_get_name (employee) : "";
      name = g_strdup (name);
      g_hash_table_insert (self->employee_names, key, (char *)name);
    }
  return name;
}

/**
 * emb_recognition_format_day:
 * @timestamp: (nullable): a UTC timestamp, ISO 8601
 *
 * Returns: (transfer full): its local day, as the locale writes dates
 */
char *
emb_recognition_format_day (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  dt = g_date_time_new_from_iso8601 (timestamp, utc);
  if (dt == NULL)
    return g_strndup (timestamp, 10);
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%x");
}
