/* emb-assessment-store.c: CX maturity, consistency audits and pulse surveys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-assessment-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-assessment-store.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* CX maturity ------------------------------------------------------------ */

/* Reads rows of (assessment id, area, score, note) into the assessments of
 * @by_id (id → EmbMaturityAssessment). */
static gboolean
read_scores (EmbDatabase   *db,
             sqlite3_stmt  *stmt,
             GHashTable    *by_id,
             GError       **error)
{
  for (;;)
    {
      EmbMaturityAssessment *assessment;
      gboolean has_row;
      gint64 id;
      int area;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;

      id = sqlite3_column_int64 (stmt, 0);
      assessment = g_hash_table_lookup (by_id, &id);
      if (assessment == NULL)
        continue;
      if (!emb_enum_from_nick (EMB_TYPE_MATURITY_AREA, _emb_column_text (stmt, 1), &area))
        {
          g_warning ("Unknown maturity area “%s”", _emb_column_text (stmt, 1));
          continue;
        }
      emb_maturity_assessment_set_score (assessment, area, sqlite3_column_int (stmt, 2));
      emb_maturity_assessment_set_note (assessment, area, _emb_column_text (stmt, 3));
    }
}

/**
 * emb_assessment_store_list_maturity:
 *
 * Returns: (transfer full): every #EmbMaturityAssessment with its scores, by
 *   date, oldest first: the history for a chart over time
 */
GListModel *
emb_assessment_store_list_maturity (EmbDatabase  *db,
                                    GError      **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  guint n;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  store = _emb_table_list (db, &emb_table_maturity_assessment,
                           "ORDER BY t.assessed_on, t.id", error);
  if (store == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      EmbMaturityAssessment *assessment = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = emb_record_get_id (EMB_RECORD (assessment));

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), assessment);
    }

  stmt = _emb_database_prepare (db,
                                "SELECT assessment_id, area, score, note FROM maturity_score",
                                error);
  if (stmt == NULL || !read_scores (db, stmt, by_id, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * emb_assessment_store_get_maturity:
 *
 * Returns: (transfer full): the assessment with @id and its scores
 */
EmbMaturityAssessment *
emb_assessment_store_get_maturity (EmbDatabase  *db,
                                   gint64        id,
                                   GError      **error)
{
  g_autoptr(EmbMaturityAssessment) assessment = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  assessment = _emb_table_get (db, &emb_table_maturity_assessment, id, error);
  if (assessment == NULL)
    return NULL;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), g_object_ref (assessment));

  stmt = _emb_database_prepare_id (db,
                                   "SELECT assessment_id, area, score, note FROM maturity_score"
                                   " WHERE assessment_id = ?1",
                                   id, error);
  if (stmt == NULL)
    return NULL;
  if (!read_scores (db, stmt, by_id, error))
    return NULL;

  return g_steal_pointer (&assessment);
}

static gboolean
validate_maturity (EmbMaturityAssessment  *assessment,
                   GError                **error)
{
  if (!_emb_validate_date (emb_maturity_assessment_get_assessed_on (assessment), TRUE,
                           "assessed-on", _("Assessed on"), error))
    return FALSE;

  /* Every area is scored: a partial assessment would draw a false shape
   * on the chart. The field of an area is its nick. */
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      const char *field = emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i);
      const char *label = emb_maturity_area_get_label (i);
      int score = emb_maturity_assessment_get_score (assessment, i);
      g_autofree char *note_field = g_strconcat (field, "-note", NULL);
      g_autofree char *note_label = g_strdup_printf (_("Note on %s"), label);

      if (score == 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, field,
                                    _("“%s” must be scored from 1 to 5."), label);
          return FALSE;
        }
      if (!_emb_validate_int_range (score, 1, 5, field, label, error) ||
          !_emb_validate_text (emb_maturity_assessment_get_note (assessment, i), FALSE,
                               EMB_MAX_TEXT, note_field, note_label, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_maturity_in_transaction (EmbDatabase  *db,
                              gpointer      user_data,
                              GError      **error)
{
  EmbMaturityAssessment *assessment = user_data;
  gint64 id;

  if (!validate_maturity (assessment, error) ||
      !_emb_table_save (db, &emb_table_maturity_assessment, EMB_RECORD (assessment), error))
    return FALSE;

  id = emb_record_get_id (EMB_RECORD (assessment));
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      g_autoptr(EmbStatement) stmt = NULL;
      const char *note = emb_maturity_assessment_get_note (assessment, i);

      stmt = _emb_database_prepare_id (db,
                                       "INSERT INTO maturity_score"
                                       " (assessment_id, area, score, note)"
                                       " VALUES (?1, ?2, ?3, ?4)"
                                       " ON CONFLICT (assessment_id, area)"
                                       " DO UPDATE SET score = excluded.score,"
                                       " note = excluded.note",
                                       id, error);
      if (stmt == NULL)
        return FALSE;
      _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i));
      sqlite3_bind_int (stmt, 3, emb_maturity_assessment_get_score (assessment, i));
      _emb_bind_text (stmt, 4, note != NULL ? note : "");
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * emb_assessment_store_save_maturity:
 * @assessment: the assessment to add (id 0) or update
 *
 * Validates and saves @assessment with the scores and notes of all nine
 * areas, in one transaction. Every area must be scored 1 to 5; a validation
 * error names the area by its nick (such as “employee-experience”, or
 * “employee-experience-note” for its note).
 *
 * Returns: %TRUE on success; otherwise nothing is written
 */
gboolean
emb_assessment_store_save_maturity (EmbDatabase            *db,
                                    EmbMaturityAssessment  *assessment,
                                    GError                **error)
{
  EmbRecord *record = EMB_RECORD (assessment);
  gint64 old_id;
  g_autofree char *old_created_at = NULL;
  g_autofree char *old_updated_at = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_MATURITY_ASSESSMENT (assessment), FALSE);

  old_id = emb_record_get_id (record);
  old_created_at = g_strdup (emb_record_get_created_at (record));
  old_updated_at = g_strdup (emb_record_get_updated_at (record));

  if (!emb_database_transaction (db, save_maturity_in_transaction, assessment, error))
    {
      /* The writes were rolled back: so is the identity of the record. */
      _emb_record_set_identity (record, old_id, NULL, old_created_at, old_updated_at);
      return FALSE;
    }
  return TRUE;
}

gboolean
emb_assessment_store_delete_maturity (EmbDatabase  *db,
                                      gint64        id,
                                      GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  /* The scores go with it (ON DELETE CASCADE). */
  return _emb_table_delete (db, &emb_table_maturity_assessment, id, error);
}

/* Consistency audits ----------------------------------------------------- */

/**
 * emb_assessment_store_list_audits:
 * @department_id: only the audits of this department, or 0 for all
 *
 * Returns: (transfer full): #EmbConsistencyAudit records, by date
 */
GListModel *
emb_assessment_store_list_audits (EmbDatabase  *db,
                                  gint64        department_id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (department_id > 0)
    return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_consistency_audit,
                                             "WHERE t.department_id = ?1"
                                             " ORDER BY t.audited_on, t.id",
                                             department_id, error));

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_consistency_audit,
                                        "ORDER BY t.audited_on, t.id", error));
}

EmbConsistencyAudit *
emb_assessment_store_get_audit (EmbDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_consistency_audit, id, error);
}

gboolean
emb_assessment_store_save_audit (EmbDatabase          *db,
                                 EmbConsistencyAudit  *audit,
                                 GError              **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (audit), FALSE);

  if (!_emb_validate_reference (db, &emb_table_department,
                                emb_consistency_audit_get_department_id (audit), TRUE,
                                "department", _("Department"), error) ||
      !_emb_validate_date (emb_consistency_audit_get_audited_on (audit), TRUE,
                           "audited-on", _("Audited on"), error) ||
      !_emb_validate_int_range (emb_consistency_audit_get_declarations (audit), 0, 100,
                                "declarations", _("Declarations"), error) ||
      !_emb_validate_int_range (emb_consistency_audit_get_behaviours (audit), 0, 100,
                                "behaviours", _("Behaviours"), error) ||
      !_emb_validate_int_range (emb_consistency_audit_get_resources (audit), 0, 100,
                                "resources", _("Resources"), error) ||
      !_emb_validate_text (emb_consistency_audit_get_note (audit), FALSE, EMB_MAX_TEXT,
                           "note", _("Note"), error))
    return FALSE;

  return _emb_table_save (db, &emb_table_consistency_audit, EMB_RECORD (audit), error);
}

gboolean
emb_assessment_store_delete_audit (EmbDatabase  *db,
                                   gint64        id,
                                   GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_consistency_audit, id, error);
}

/* Ambassadorship pulse --------------------------------------------------- */

/**
 * emb_assessment_store_list_pulses:
 *
 * Returns: (transfer full): every #EmbPulse, by date
 */
GListModel *
emb_assessment_store_list_pulses (EmbDatabase  *db,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_pulse,
                                        "ORDER BY t.taken_on, t.id", error));
}

EmbPulse *
emb_assessment_store_get_pulse (EmbDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_pulse, id, error);
}

/* A mean agreement on a 1–5 scale; NaN is refused too. */
static gboolean
validate_agreement (double       value,
                    const char  *field,
                    const char  *label,
                    GError     **error)
{
  if (!(value >= 1.0 && value <= 5.0))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, field,
                                _("“%s” must be between 1 and 5; it is %g."), label, value);
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_assessment_store_save_pulse:
 * @pulse: the pulse survey to add (id 0) or update
 *
 * Validates and saves the mean answers of one pulse survey, taken in exactly
 * one department or one role.
 *
 * Returns: %TRUE on success; otherwise @error names the field at fault
 */
gboolean
emb_assessment_store_save_pulse (EmbDatabase  *db,
                                 EmbPulse     *pulse,
                                 GError      **error)
{
  gint64 department_id;
  gint64 role_id;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_PULSE (pulse), FALSE);

  department_id = emb_pulse_get_department_id (pulse);
  role_id = emb_pulse_get_role_id (pulse);

  if (department_id == 0 && role_id == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "department",
                                _("Choose the department or the role that took the survey."));
      return FALSE;
    }
  if (department_id != 0 && role_id != 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "role",
                                _("A survey is taken either in a department or in a role, "
                                  "not both."));
      return FALSE;
    }

  if (!_emb_validate_reference (db, &emb_table_department, department_id, FALSE,
                                "department", _("Department"), error) ||
      !_emb_validate_reference (db, &emb_table_role, role_id, FALSE,
                                "role", _("Role"), error) ||
      !_emb_validate_date (emb_pulse_get_taken_on (pulse), TRUE,
                           "taken-on", _("Taken on"), error) ||
      !validate_agreement (emb_pulse_get_company (pulse),
                           "company", _("Commitment to the company"), error) ||
      !validate_agreement (emb_pulse_get_value_proposition (pulse),
                           "value-proposition", _("Commitment to the value proposition"),
                           error) ||
      !validate_agreement (emb_pulse_get_customer (pulse),
                           "customer", _("Commitment to the customer"), error) ||
      !_emb_validate_int_range (emb_pulse_get_respondents (pulse), 1, G_MAXINT,
                                "respondents", _("Respondents"), error))
    return FALSE;

  return _emb_table_save (db, &emb_table_pulse, EMB_RECORD (pulse), error);
}

gboolean
emb_assessment_store_delete_pulse (EmbDatabase  *db,
                                   gint64        id,
                                   GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_pulse, id, error);
}
