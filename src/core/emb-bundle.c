/* emb-bundle.c: the programme bundle's format, shared by the exporter
 * (emb-bundle-export.c) and the importer (emb-bundle-import.c)
 *
 * Each kind of record is a table described in emb-tables.c, whose columns
 * become JSON members (references by UUID, named after their column without
 * "_id"). This file puts the kinds in the order in which they are written
 * and imported, and builds their SQL from the descriptions, never from data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-private.h"

/* Kinds ------------------------------------------------------------------ */

/* In an order in which every reference, and every kind nested in another,
 * points back to a kind that comes earlier. */
static const EmbTable * const tables[EMB_BUNDLE_N_KINDS] = {
  [EMB_BUNDLE_KIND_ORGANISATION] = &emb_table_organisation,
  [EMB_BUNDLE_KIND_DEPARTMENT] = &emb_table_department,
  [EMB_BUNDLE_KIND_ROLE] = &emb_table_role,
  [EMB_BUNDLE_KIND_EMPLOYEE] = &emb_table_employee,
  [EMB_BUNDLE_KIND_VALUE] = &emb_table_value,
  [EMB_BUNDLE_KIND_VALUE_SET] = &emb_table_value_set,
  [EMB_BUNDLE_KIND_STAGE] = &emb_table_stage,
  [EMB_BUNDLE_KIND_TOUCHPOINT] = &emb_table_touchpoint,
  [EMB_BUNDLE_KIND_RESPONSIBILITY] = &emb_table_responsibility,
  [EMB_BUNDLE_KIND_PROMISE] = &emb_table_promise,
  [EMB_BUNDLE_KIND_PROMISE_VERSION] = &emb_table_promise_version,
  [EMB_BUNDLE_KIND_ANNOUNCEMENT] = &emb_table_announcement,
  [EMB_BUNDLE_KIND_ACKNOWLEDGEMENT] = &emb_table_acknowledgement,
  [EMB_BUNDLE_KIND_FEEDBACK] = &emb_table_feedback,
  [EMB_BUNDLE_KIND_NOMINATION] = &emb_table_nomination,
  [EMB_BUNDLE_KIND_PILOT] = &emb_table_pilot,
  [EMB_BUNDLE_KIND_WAVE] = &emb_table_wave,
  [EMB_BUNDLE_KIND_DECISION] = &emb_table_decision,
  [EMB_BUNDLE_KIND_TRAINING_OBJECTIVE] = &emb_table_training_objective,
  [EMB_BUNDLE_KIND_OBSERVATION] = &emb_table_observation,
  [EMB_BUNDLE_KIND_MATURITY_ASSESSMENT] = &emb_table_maturity_assessment,
  [EMB_BUNDLE_KIND_CONSISTENCY_AUDIT] = &emb_table_consistency_audit,
  [EMB_BUNDLE_KIND_PULSE] = &emb_table_pulse,
};

static EmbBundleKind kinds[EMB_BUNDLE_N_KINDS];

static EmbBundleKindId
kind_of (const EmbTable *table)
{
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    if (tables[id] == table)
      return id;
  g_assert_not_reached ();
  return EMB_BUNDLE_TOP;
}

/* What the descriptions say of each kind, looked up once: the kind it is
 * nested in and the kinds its references point to. */
static void
init_kinds (void)
{
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      const EmbTable *table = tables[id];
      EmbBundleKind *kind = &kinds[id];

      g_assert (table->n_columns <= EMB_BUNDLE_MAX_COLUMNS);
      g_assert (table->n_links <= EMB_BUNDLE_MAX_LINKS);

      kind->table = table;
      kind->parent = EMB_BUNDLE_TOP;
      for (guint i = 0; i < table->n_columns; i++)
        {
          const EmbColumn *column = &table->columns[i];

          if (column->type != EMB_COLUMN_REF)
            continue;
          kind->targets[i] = kind_of (column->target);
          g_assert (kind->targets[i] < id);
          if (column->flags & EMB_COLUMN_PARENT)
            {
              kind->parent = kind->targets[i];
              kind->parent_column = column->column;
            }
        }
      for (guint i = 0; i < table->n_links; i++)
        kind->link_targets[i] = kind_of (table->links[i].target);
    }
}

const EmbBundleKind *
_emb_bundle_kind (EmbBundleKindId id)
{
  static gsize initialised;

  g_assert (id < EMB_BUNDLE_N_KINDS);

  if (g_once_init_enter (&initialised))
    {
      init_kinds ();
      g_once_init_leave (&initialised, 1);
    }
  return &kinds[id];
}

/**
 * _emb_bundle_members:
 *
 * Returns: (transfer full): the members a record of the kind has, in the
 *   order they are written, %NULL-terminated
 */
GPtrArray *
_emb_bundle_members (EmbBundleKindId id)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;
  GPtrArray *members = g_ptr_array_new ();

  g_ptr_array_add (members, (char *)"uuid");
  g_ptr_array_add (members, (char *)"created_at");
  g_ptr_array_add (members, (char *)"updated_at");
  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].member != NULL)
      g_ptr_array_add (members, (char *)table->columns[i].member);
  for (guint i = 0; i < table->n_links; i++)
    g_ptr_array_add (members, (char *)table->links[i].member);
  for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
    if (_emb_bundle_kind (child)->parent == id)
      g_ptr_array_add (members, (char *)_emb_bundle_kind (child)->table->member);
  if (table->has_scores)
    g_ptr_array_add (members, (char *)"scores");
  g_ptr_array_add (members, NULL);
  return members;
}

/* SQL -------------------------------------------------------------------- */

/**
 * _emb_bundle_select_sql:
 *
 * Returns: (transfer full): "SELECT t.id, t.uuid, t.created_at,
 *   t.updated_at, <columns> FROM <table> t [WHERE t.<parent> = ?1] ORDER BY …",
 *   with each reference read as the UUID of the record it points to
 */
char *
_emb_bundle_select_sql (EmbBundleKindId id)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  const EmbTable *table = kind->table;
  g_autoptr(GString) sql = g_string_new ("SELECT t.id, t.uuid, t.created_at, t.updated_at");

  for (guint i = 0; i < table->n_columns; i++)
    {
      const EmbColumn *column = &table->columns[i];

      if (column->type == EMB_COLUMN_REF)
        g_string_append_printf (sql, ", (SELECT r.uuid FROM %s r WHERE r.id = t.%s)",
                                column->target->table, column->column);
      else
        g_string_append_printf (sql, ", t.%s", column->column);
    }
  g_string_append_printf (sql, " FROM %s t", table->table);
  if (kind->parent != EMB_BUNDLE_TOP)
    g_string_append_printf (sql, " WHERE t.%s = ?1", kind->parent_column);
  g_string_append_printf (sql, " ORDER BY %s", table->bundle_order);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The columns an INSERT of the kind writes after the UUID. */
static GPtrArray *
written_columns (const EmbTable *table)
{
  GPtrArray *columns = g_ptr_array_new ();

  g_ptr_array_add (columns, (char *)"created_at");
  g_ptr_array_add (columns, (char *)"updated_at");
  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (columns, (char *)table->columns[i].column);
  return columns;
}

/**
 * _emb_bundle_insert_sql:
 *
 * The column the table's triggers derive from the others, if it has one, is
 * written too, computed from the same parameters: a bulk write suspends
 * those triggers (emb-database-bulk.c), and the import keeps the column
 * itself.
 *
 * Returns: (transfer full): an INSERT that keeps the record's UUID and
 *   timestamps, with ?1 the UUID, ?2 created_at, ?3 updated_at, then one
 *   parameter per column (the parent's id for the column of a nested kind's
 *   parent)
 */
char *
_emb_bundle_insert_sql (EmbBundleKindId id)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;
  const EmbDerivedColumn *derived = _emb_database_derived_column (table->table);
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autoptr(GPtrArray) columns = written_columns (table);
  gboolean singleton = (id == EMB_BUNDLE_KIND_ORGANISATION);

  g_string_append_printf (sql, "%s (%suuid", table->table, singleton ? "id, " : "");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", %s", (char *)columns->pdata[i]);
  if (derived != NULL)
    g_string_append_printf (sql, ", %s", derived->column);
  /* The organisation is the one row with id 1. */
  g_string_append_printf (sql, ") VALUES (%s?1", singleton ? "1, " : "");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  if (derived != NULL)
    {
      /* One row of the parameters, named as the columns they go into. */
      g_string_append_printf (sql, ", (SELECT %s FROM (SELECT", derived->sql);
      for (guint i = 0; i < columns->len; i++)
        g_string_append_printf (sql, "%s ?%u AS %s", i > 0 ? "," : "", i + 2,
                                (char *)columns->pdata[i]);
      g_string_append (sql, "))");
    }
  g_string_append_c (sql, ')');

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * _emb_bundle_upsert_sql:
 *
 * Returns: (transfer full): the INSERT of _emb_bundle_insert_sql() that
 *   updates the record whose UUID exists, only when something differs, so
 *   sqlite3_changes() tells an update from a record left as it was.
 */
char *
_emb_bundle_upsert_sql (EmbBundleKindId id)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;
  const EmbDerivedColumn *derived = _emb_database_derived_column (table->table);
  g_autofree char *insert = _emb_bundle_insert_sql (id);
  g_autoptr(GString) sql = g_string_new (insert);
  g_autoptr(GPtrArray) columns = written_columns (table);

  if (derived != NULL)
    g_ptr_array_add (columns, (char *)derived->column);

  g_string_append (sql, " ON CONFLICT (uuid) DO UPDATE SET ");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s%s = excluded.%s", i > 0 ? ", " : "",
                            (char *)columns->pdata[i], (char *)columns->pdata[i]);
  g_string_append (sql, " WHERE ");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s%s.%s IS NOT excluded.%s", i > 0 ? " OR " : "",
                            table->table, (char *)columns->pdata[i], (char *)columns->pdata[i]);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * _emb_bundle_link_select_sql:
 *
 * Returns: (transfer full): the UUIDs linked to the record ?1, sorted
 */
char *
_emb_bundle_link_select_sql (const EmbLink *link)
{
  return g_strdup_printf ("SELECT o.uuid FROM %s x JOIN %s o ON o.id = x.%s"
                          " WHERE x.%s = ?1 ORDER BY o.uuid",
                          link->table, link->target->table,
                          link->other_column, link->own_column);
}

/* JSON text -------------------------------------------------------------- */

/* Appends @text as a JSON string: quotes, backslashes and control
 * characters escaped, everything else (UTF-8) as it is. */
void
_emb_bundle_append_string (GString    *out,
                           const char *text)
{
  g_autofree char *valid = NULL;
  const char *run;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (run = p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* The shortest form that reads back as the same double, always with a
 * fraction or an exponent so that it stays a real number. */
void
_emb_bundle_append_real (GString *out,
                         double   value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

static gboolean
is_identifier (const char *name)
{
  if (!g_ascii_isalpha (*name) && *name != '_')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* Appends ".name", or ["name"] when the name is not a plain word. */
void
_emb_bundle_append_member_path (GString    *path,
                                const char *name)
{
  if (is_identifier (name))
    {
      g_string_append_c (path, '.');
      g_string_append (path, name);
      return;
    }
  g_string_append_c (path, '[');
  _emb_bundle_append_string (path, name);
  g_string_append_c (path, ']');
}
