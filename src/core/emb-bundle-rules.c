/* emb-bundle-rules.c: the rules between the fields of a bundle's records
 *
 * Besides each field on its own (emb-bundle-validate.c), a record of a
 * bundle keeps the rules the stores keep: a feedback's score fits its score
 * type, a nomination is for one colleague or one department, a wave does
 * not end before it starts, the names of values are unique, and the
 * organisation is the database's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-import-private.h"
#include "emb-validate-private.h"

static gboolean
has_value (const EmbBundleFields *fields,
           const char            *member)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, member);

  return value != NULL && value->type != EMB_BUNDLE_VALUE_NULL;
}

static const EmbBundleCell *
cell_of (const EmbTable      *table,
         const EmbBundleCell *cells,
         const char          *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_strcmp0 (table->columns[i].member, name) == 0)
      return &cells[i];
  g_assert_not_reached ();
  return NULL;
}

static void
check_feedback (EmbBundleImport        *imp,
                const EmbBundleFields  *fields,
                const EmbTable         *table,
                const EmbBundleCell    *cells)
{
  const EmbBundleCell *score_type = cell_of (table, cells, "score_type");
  const EmbBundleCell *score = cell_of (table, cells, "score");
  g_autoptr(GError) invalid = NULL;
  static const struct { int min, max; } ranges[] = {
    [EMB_SCORE_TYPE_NPS] = { 0, 10 },
    [EMB_SCORE_TYPE_CSAT] = { 1, 5 },
    [EMB_SCORE_TYPE_CES] = { 1, 7 },
  };
  int type;

  if (score_type->type != SQLITE_TEXT ||
      !emb_enum_from_nick (EMB_TYPE_SCORE_TYPE, score_type->s, &type))
    return;

  if (type == EMB_SCORE_TYPE_NONE)
    {
      if (score->type != SQLITE_NULL)
        _emb_bundle_problem (imp, "score", _("“%s” must be null when the score type is “none”."),
                             _("Score"));
      return;
    }

  if (score->type == SQLITE_NULL && has_value (fields, "score"))
    return;   /* already reported */
  if (score->type == SQLITE_NULL)
    _emb_bundle_problem (imp, "score",
                         _("“%s” is missing: a “%s” answer has a score from %d to %d."),
                         _("Score"), score_type->s, ranges[type].min, ranges[type].max);
  else if (!_emb_validate_int_range (score->i, ranges[type].min, ranges[type].max,
                                     "score", _("Score"), &invalid))
    _emb_bundle_problem_from_error (imp, "score", invalid);
}

/* Exactly one of @members has a value; @message is untranslated. */
static void
check_one_of (EmbBundleImport        *imp,
              const EmbBundleFields  *fields,
              const char * const     *members,
              const char             *message)
{
  const char *second = NULL;
  guint n = 0;

  for (guint i = 0; members[i] != NULL; i++)
    if (has_value (fields, members[i]) && ++n == 2)
      second = members[i];

  if (n == 0)
    _emb_bundle_problem (imp, members[0], "%s", _(message));
  else if (n > 1)
    _emb_bundle_problem (imp, second, "%s", _(message));
}

static gboolean
check_value_name (EmbBundleImport      *imp,
                  const EmbBundleCell  *name,
                  const char           *uuid,
                  GError              **error)
{
  const char *owner;

  if (name->type != SQLITE_TEXT)
    return TRUE;

  /* Names of values are unique (emb-programme-store keeps them so). */
  if (imp->value_names == NULL)
    {
      g_autoptr(EmbStatement) stmt = _emb_database_prepare (imp->db,
                                                            "SELECT name, uuid FROM value", error);

      if (stmt == NULL)
        return FALSE;
      imp->value_names = g_hash_table_new (g_str_hash, g_str_equal);
      for (;;)
        {
          gboolean has_row;

          if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          g_hash_table_insert (imp->value_names,
                               g_string_chunk_insert (imp->names, _emb_column_text (stmt, 0)),
                               g_string_chunk_insert (imp->names, _emb_column_text (stmt, 1)));
        }
    }

  owner = g_hash_table_lookup (imp->value_names, name->s);
  if (owner != NULL && !g_str_equal (owner, uuid))
    {
      _emb_bundle_problem (imp, "name", _("A value called “%s” already exists."), name->s);
      return TRUE;
    }
  g_hash_table_insert (imp->value_names,
                       g_string_chunk_insert (imp->names, name->s),
                       g_string_chunk_insert (imp->names, uuid));
  return TRUE;
}

/* The organisation is one row: a bundle of another organisation is not
 * merged into it. */
static gboolean
check_organisation (EmbBundleImport  *imp,
                    const char       *uuid,
                    GError          **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = _emb_database_prepare (imp->db, "SELECT uuid, name FROM organisation", error);
  if (stmt == NULL || !_emb_database_step_row (imp->db, stmt, &has_row, error))
    return FALSE;
  if (has_row && g_ascii_strcasecmp (_emb_column_text (stmt, 0), uuid) != 0)
    _emb_bundle_problem (imp, "uuid",
                         _("The database belongs to another organisation, “%s”: import the "
                           "bundle into an empty database instead."),
                         _emb_column_text (stmt, 1));
  return TRUE;
}

/**
 * _emb_bundle_check_rules:
 * @cells: the record's checked fields
 * @uuid: the record's UUID
 *
 * Checks the rules that tie the fields of a record together, as the stores
 * and the schema keep them; each problem goes to the report.
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_check_rules (EmbBundleImport        *imp,
                         EmbBundleKindId         id,
                         const EmbBundleFields  *fields,
                         const EmbBundleCell    *cells,
                         const char             *uuid,
                         GError                **error)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;

  switch (id)
    {
    case EMB_BUNDLE_KIND_FEEDBACK:
      check_feedback (imp, fields, table, cells);
      break;

    case EMB_BUNDLE_KIND_NOMINATION:
      {
        static const char * const nominee[] = { "nominee_employee", "nominee_department", NULL };

        check_one_of (imp, fields, nominee,
                      N_("A nomination is for one colleague (“nominee_employee”) or for one "
                        "department (“nominee_department”): give exactly one of them."));
      }
      break;

    case EMB_BUNDLE_KIND_ACKNOWLEDGEMENT:
      {
        static const char * const items[] = { "promise_version", "announcement", "value_set", NULL };

        check_one_of (imp, fields, items,
                      N_("An acknowledgement is of exactly one item: give one of "
                        "“promise_version”, “announcement” or “value_set”."));
      }
      break;

    case EMB_BUNDLE_KIND_PULSE:
      {
        static const char * const takers[] = { "department", "role", NULL };

        check_one_of (imp, fields, takers,
                      N_("A survey is taken either in a department or in a role: give "
                        "exactly one of “department” and “role”."));
      }
      break;

    case EMB_BUNDLE_KIND_WAVE:
      {
        const EmbBundleCell *starts = cell_of (table, cells, "starts_on");
        const EmbBundleCell *ends = cell_of (table, cells, "ends_on");

        if (starts->type == SQLITE_TEXT && ends->type == SQLITE_TEXT &&
            strcmp (ends->s, starts->s) < 0)
          _emb_bundle_problem (imp, "ends_on", _("“%s” must not be before “%s”."),
                               _("Ends on"), _("Starts on"));
      }
      break;

    case EMB_BUNDLE_KIND_VALUE:
      return check_value_name (imp, cell_of (table, cells, "name"), uuid, error);

    case EMB_BUNDLE_KIND_ORGANISATION:
      return check_organisation (imp, uuid, error);

    case EMB_BUNDLE_KIND_DEPARTMENT:
    case EMB_BUNDLE_KIND_ROLE:
    case EMB_BUNDLE_KIND_EMPLOYEE:
    case EMB_BUNDLE_KIND_VALUE_SET:
    case EMB_BUNDLE_KIND_STAGE:
    case EMB_BUNDLE_KIND_TOUCHPOINT:
    case EMB_BUNDLE_KIND_RESPONSIBILITY:
    case EMB_BUNDLE_KIND_PROMISE:
    case EMB_BUNDLE_KIND_PROMISE_VERSION:
    case EMB_BUNDLE_KIND_ANNOUNCEMENT:
    case EMB_BUNDLE_KIND_PILOT:
    case EMB_BUNDLE_KIND_DECISION:
    case EMB_BUNDLE_KIND_TRAINING_OBJECTIVE:
    case EMB_BUNDLE_KIND_OBSERVATION:
    case EMB_BUNDLE_KIND_MATURITY_ASSESSMENT:
    case EMB_BUNDLE_KIND_CONSISTENCY_AUDIT:
    case EMB_BUNDLE_N_KINDS:
    default:
      break;
    }
  return TRUE;
}
