/* emb-bundle-import.c: reading a programme bundle into the database
 *
 * The import succeeds whole or changes nothing:
 *  1. a quick pass over the text checks that it is well-formed JSON and
 *     finds each kind of record (emb-bundle-scan.c), without building the
 *     whole tree: the records of a bundle with a million nominations are
 *     then read one after the other, a flat one straight from the text and
 *     any other by JsonParser (emb-bundle-record.c);
 *  2. in one transaction, each record is checked (emb-bundle-validate.c:
 *     types, required fields, lengths, enumerations, dates, ranges,
 *     duplicate UUIDs, references that resolve neither in the file nor in
 *     the database) and, while nothing is wrong, merged by its UUID
 *     (emb-bundle-merge.c: added when new, updated when it differs, skipped
 *     when it is the same; a clash with another record is a problem too);
 *  3. when any problem was found (or for a dry run, or on cancel) the
 *     transaction is rolled back: nothing was written.
 *
 * Checking and merging go record by record rather than one after the other
 * over the whole file, so that a bundle of any size is read once and never
 * held in memory whole; as the transaction is rolled back after any
 * problem, the result is the same.
 *
 * The kinds are read in an order in which every reference points back to a
 * kind read earlier, whatever the member order of the file, so each UUID is
 * looked up once in a hash table of the records of the database (loaded once
 * per table) and of the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-import-private.h"
#include "emb-feedback-retention.h"
#include "emb-validate-private.h"

#define CHECK_EVERY    256    /* records between looks at the cancellable */
#define RELEASE_EVERY  (4 * 1024 * 1024)
#define SCAN_SHARE     0.05   /* of the progress bar */
/* The page cache of the import, in KiB: room for the pages being written,
 * the unique index of the UUIDs of a million records among them (48 MB:
 * a random UUID lands anywhere in it), within the memory a desktop session
 * can spare beside the records known by UUID (see emb-bundle-known.c). */
#define IMPORT_CACHE_KIB (64 * 1024)

static void
import_clear (EmbBundleImport *imp)
{
  g_free (imp->name);
  g_clear_object (&imp->parser);
  _emb_bundle_fields_clear (&imp->fields);
  g_clear_pointer (&imp->links[0], g_array_unref);
  g_clear_pointer (&imp->links[1], g_array_unref);
  if (imp->path != NULL)
    g_string_free (imp->path, TRUE);
  g_clear_pointer (&imp->scratch, g_ptr_array_unref);
  for (guint i = 0; i < EMB_BUNDLE_N_KINDS; i++)
    {
      _emb_bundle_clear_entries (&imp->kinds[i]);
      g_clear_pointer (&imp->known[i], g_ptr_array_unref);
    }
  g_clear_pointer (&imp->value_names, g_hash_table_unref);
  g_clear_pointer (&imp->names, g_string_chunk_free);
  g_clear_pointer (&imp->retention_cutoff, g_free);
  g_clear_pointer (&imp->days, _emb_feedback_days_free);
}

/* Problems --------------------------------------------------------------- */

static void add_problem (EmbBundleImport *imp,
                         const char      *suffix,
                         const char      *field,
                         const char      *format,
                         va_list          args) G_GNUC_PRINTF (4, 0);

static void
add_problem (EmbBundleImport *imp,
             const char      *suffix,
             const char      *field,
             const char      *format,
             va_list          args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  gsize mark = imp->path->len;

  if (suffix != NULL)
    g_string_append (imp->path, suffix);
  emb_import_report_add_problem (imp->report, imp->name, 0, imp->path->str, field,
                                 "%s", message);
  g_string_truncate (imp->path, mark);

  imp->n_problems++;
  if (emb_import_report_is_full (imp->report))
    imp->full = TRUE;
}

/* A problem at the current path followed by @suffix (such as "[2]"). */
void
_emb_bundle_problem_at (EmbBundleImport *imp,
                        const char      *suffix,
                        const char      *field,
                        const char      *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  add_problem (imp, suffix, field, format, args);
  va_end (args);
}

/* A problem with @member of the current record (or with the record itself
 * when @member is %NULL). */
void
_emb_bundle_problem (EmbBundleImport *imp,
                     const char      *member,
                     const char      *format,
                     ...)
{
  g_autoptr(GString) suffix = g_string_new (NULL);
  va_list args;

  if (member != NULL)
    _emb_bundle_append_member_path (suffix, member);
  va_start (args, format);
  add_problem (imp, suffix->str, member, format, args);
  va_end (args);
}

/* A validation error of emb-validate, whose message names the field. */
void
_emb_bundle_problem_from_error (EmbBundleImport *imp,
                                const char      *member,
                                GError          *error)
{
  _emb_bundle_problem (imp, member, "%s", error->message);
}

/* Records ----------------------------------------------------------------- */

static gboolean import_node (EmbBundleImport  *imp,
                             EmbBundleKindId   id,
                             JsonNode         *node,
                             guint             index,
                             gint64            parent_id,
                             GError          **error);

/* Checks one record, read into @fields, and writes it when nothing is wrong
 * with it. @parent_id is the row of the record it is nested in, or 0 when
 * that was not written. @row is set to the record's row, or 0 when it has
 * none. Returns %FALSE only on a database error; problems go to the
 * report. */
static gboolean
import_fields (EmbBundleImport        *imp,
               EmbBundleKindId         id,
               const EmbBundleFields  *fields,
               guint                   index,
               gint64                  parent_id,
               gint64                 *row,
               GError                **error)
{
  EmbBundleRecord record = { .links = { imp->links[0], imp->links[1] } };
  guint problems_before = imp->n_problems;

  g_array_set_size (imp->links[0], 0);
  g_array_set_size (imp->links[1], 0);
  *row = 0;
  if (!_emb_bundle_check_record (imp, id, fields, index, parent_id, &record, error))
    return FALSE;
  if (imp->n_problems == problems_before && record.writable &&
      !_emb_bundle_merge_record (imp, id, fields, &record, error))
    return FALSE;
  _emb_bundle_note_record (imp, id, &record);
  g_ptr_array_set_size (imp->scratch, 0);
  if (record.entry != NULL)
    *row = record.entry->id;
  return TRUE;
}

/* The records nested in a record, such as the waves of a pilot. */
static gboolean
import_children (EmbBundleImport  *imp,
                 EmbBundleKindId   id,
                 JsonObject       *object,
                 gint64            parent_id,
                 GError          **error)
{
  for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
    {
      const EmbBundleKind *kind = _emb_bundle_kind (child);
      const char *member;
      JsonNode *node;
      JsonArray *array;
      gsize mark;

      if (kind->parent != id)
        continue;
      member = kind->table->member;
      node = json_object_get_member (object, member);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          _emb_bundle_problem (imp, member, _("“%s” must be a list (a JSON array)."), member);
          continue;
        }

      array = json_node_get_array (node);
      mark = imp->path->len;
      for (guint i = 0; i < json_array_get_length (array) && !imp->full; i++)
        {
          _emb_bundle_append_member_path (imp->path, member);
          g_string_append_printf (imp->path, "[%u]", i);
          if (!import_node (imp, child, json_array_get_element (array, i), i, parent_id, error))
            return FALSE;
          g_string_truncate (imp->path, mark);
        }
    }
  return TRUE;
}

/* A record as JsonParser read it, then the records nested in it. */
static gboolean
import_node (EmbBundleImport  *imp,
             EmbBundleKindId   id,
             JsonNode         *node,
             guint             index,
             gint64            parent_id,
             GError          **error)
{
  EmbBundleFields fields;
  JsonObject *object;
  gint64 row;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _emb_bundle_problem (imp, NULL, _("Each record must be a JSON object."));
      return TRUE;
    }
  object = json_node_get_object (node);

  _emb_bundle_fields_init (&fields);
  _emb_bundle_fields_from_object (&fields, object);
  ok = import_fields (imp, id, &fields, index, parent_id, &row, error);
  _emb_bundle_fields_clear (&fields);
  return ok && import_children (imp, id, object, row, error);
}

/* The top level ------------------------------------------------------------ */

static const EmbBundleMember *
find_member (EmbBundleDocument *doc,
             const char        *name)
{
  for (guint i = 0; i < doc->members->len; i++)
    {
      const EmbBundleMember *member = doc->members->pdata[i];

      if (g_str_equal (member->name, name))
        return member;
    }
  return NULL;
}

static void
report_progress (EmbBundleImport *imp,
                 gsize            offset)
{
  if (imp->options->progress != NULL && imp->length > 0)
    imp->options->progress (SCAN_SHARE + (1.0 - SCAN_SHARE) * (double)offset / (double)imp->length,
                            imp->options->progress_data);
}

/* One element of a top-level array, at *@p; moves *@p past it. A flat
 * record is read straight from the text, any other through JsonParser. */
static gboolean
import_element (EmbBundleImport  *imp,
                EmbBundleKindId   id,
                const char      **p,
                const char       *end,
                guint             index,
                GError          **error)
{
  g_autoptr(GError) parse_error = NULL;
  const char *start = *p;
  const char *next;
  gint64 row;

  if (_emb_bundle_fields_read (&imp->fields, start, end, &next))
    {
      *p = next;
      return import_fields (imp, id, &imp->fields, index, 0, &row, error);
    }

  *p = _emb_bundle_skip_value (start, end);
  if (*start != '{')
    {
      _emb_bundle_problem (imp, NULL, _("Each record must be a JSON object."));
      return TRUE;
    }
  if (!json_parser_load_from_data (imp->parser, start, (gssize)(*p - start), &parse_error))
    {
      _emb_bundle_problem (imp, NULL, _("The record cannot be read: %s"), parse_error->message);
      return TRUE;
    }
  return import_node (imp, id, json_parser_get_root (imp->parser), index, 0, error);
}

static const char *
skip_separator (const char *p,
                const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == ','))
    p++;
  return p;
}

/* The records of a top-level array, one after the other. */
static gboolean
import_member (EmbBundleImport        *imp,
               EmbBundleKindId         id,
               const EmbBundleMember  *member,
               GError                **error)
{
  const char *end = imp->data + member->value.end;
  const char *p = imp->data + member->value.start + 1;   /* past the “[” */
  gsize released = member->value.start;

  for (guint i = 0; i < member->n_elements && !imp->full; i++)
    {
      gsize mark = imp->path->len;
      gsize offset = (gsize)(p - imp->data);
      gboolean ok;

      if (i % CHECK_EVERY == 0)
        {
          if (g_cancellable_is_cancelled (imp->cancellable))
            {
              imp->cancelled = TRUE;
              return TRUE;
            }
          report_progress (imp, offset);
          /* The text of the records done is read again only if the
           * import fails: give its memory back. */
          if (imp->mapped && offset - released >= RELEASE_EVERY)
            {
              _emb_bundle_release_pages (imp->data, released, offset);
              released = offset;
            }
        }

      p = skip_separator (p, end);
      g_string_append_printf (imp->path, "[%u]", i);
      ok = import_element (imp, id, &p, end, i, error);
      g_string_truncate (imp->path, mark);
      if (!ok)
        return FALSE;
    }
  if (imp->mapped)
    _emb_bundle_release_pages (imp->data, released, (gsize)(p - imp->data));
  return TRUE;
}

/* feedback_day in a bulk write of feedback: the items added are counted
 * as they are written (_emb_bundle_merge_record()). */
static gboolean
begin_days (EmbBundleImport  *imp,
            GError          **error)
{
  static const char * const columns[G_N_ELEMENTS (imp->day_columns)] = {
    "received_at", "touchpoint_id", "kind", "score_type", "score",
  };
  const EmbTable *table = _emb_bundle_kind (EMB_BUNDLE_KIND_FEEDBACK)->table;

  for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
    {
      guint i = 0;

      while (i < table->n_columns && !g_str_equal (table->columns[i].column, columns[k]))
        i++;
      g_assert (i < table->n_columns);
      imp->day_columns[k] = i;
    }
  imp->days = _emb_feedback_days_new (imp->db, error);
  return imp->days != NULL;
}

/* When every item was added, the counts are all that feedback_day lacks;
 * when any was updated (its counts may have moved), the bulk write
 * rebuilds it from the whole table instead. */
static gboolean
end_days (EmbBundleImport  *imp,
          EmbBulk          *bulk,
          GError          **error)
{
  g_autoptr(EmbFeedbackDays) days = g_steal_pointer (&imp->days);

  if (imp->kinds[EMB_BUNDLE_KIND_FEEDBACK].updated > 0)
    return TRUE;
  if (!_emb_feedback_days_add (days, error))
    return FALSE;
  _emb_database_bulk_keep_derived (bulk, "feedback_day");
  return TRUE;
}

/* The kinds written in bulk when the file has many more of them than the
 * database (emb-database-bulk.c): its records are then added without the
 * secondary indexes and triggers of their table, which are built once when
 * the last of them is in; while the kind is written, nothing else is. A
 * dry run, a cancelled import and one with problems roll back instead. */
static gboolean
import_member_in_bulk (EmbBundleImport        *imp,
                       EmbBundleKindId         id,
                       const EmbBundleMember  *member,
                       GError                **error)
{
  const char *table = _emb_bundle_kind (id)->table->table;
  g_autoptr(EmbBulk) bulk = NULL;

  if ((id == EMB_BUNDLE_KIND_FEEDBACK || id == EMB_BUNDLE_KIND_NOMINATION ||
       id == EMB_BUNDLE_KIND_EMPLOYEE) &&
      _emb_database_bulk_wanted (imp->db, table, member->n_elements))
    {
      const EmbDerivedColumn *derived = _emb_database_derived_column (table);

      bulk = _emb_database_bulk_begin (imp->db, table, FALSE, error);
      if (bulk == NULL)
        return FALSE;
      /* Every INSERT and upsert writes it (_emb_bundle_insert_sql()). */
      if (derived != NULL)
        {
          g_autofree char *name = _emb_database_derived_name (derived);

          _emb_database_bulk_keep_derived (bulk, name);
        }
      if (id == EMB_BUNDLE_KIND_FEEDBACK && !begin_days (imp, error))
        return FALSE;
    }

  if (!import_member (imp, id, member, error))
    return FALSE;
  /* Before building the indexes: the memory of what no kind to come needs. */
  _emb_bundle_forget_entries (imp, id);
  if (bulk == NULL || imp->n_problems > 0 || imp->cancelled || imp->options->dry_run)
    return TRUE;
  if (imp->days != NULL && !end_days (imp, bulk, error))
    return FALSE;
  return _emb_database_bulk_finish (bulk, error);
}

/* The organisation: one object, or null. */
static gboolean
import_organisation (EmbBundleImport        *imp,
                     const EmbBundleMember  *member,
                     GError                **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (imp->parser, imp->data + member->value.start,
                                   (gssize)(member->value.end - member->value.start),
                                   &parse_error))
    {
      _emb_bundle_problem (imp, NULL, _("The record cannot be read: %s"), parse_error->message);
      return TRUE;
    }
  root = json_parser_get_root (imp->parser);
  if (JSON_NODE_HOLDS_NULL (root))
    return TRUE;
  imp->kinds[EMB_BUNDLE_KIND_ORGANISATION].present = TRUE;
  return import_node (imp, EMB_BUNDLE_KIND_ORGANISATION, root, 0, 0, error);
}

static void
set_invalid_error (EmbBundleImport  *imp,
                   GError          **error)
{
  guint n = emb_import_report_get_n_problems (imp->report);

  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u problem found; nothing was imported.",
                            "%u problems found; nothing was imported.", n),
               n);
}

/* Everything, in one transaction; rolled back when anything was wrong, on
 * cancel and for a dry run. */
static gboolean
import_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  EmbBundleImport *imp = user_data;
  gboolean wrote = FALSE;

  /* How many records of each kind the file has decides how they are known
   * (emb-bundle-known.c), before any is read. */
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      const EmbBundleMember *member = find_member (imp->doc, _emb_bundle_kind (id)->table->member);

      if (_emb_bundle_kind (id)->parent == EMB_BUNDLE_TOP && member != NULL && member->is_array)
        imp->kinds[id].n_file = member->n_elements;
    }

  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS && !imp->full && !imp->cancelled; id++)
    {
      const EmbBundleKind *kind = _emb_bundle_kind (id);
      const EmbBundleMember *member;
      gboolean ok;

      if (kind->parent != EMB_BUNDLE_TOP)
        continue;
      member = find_member (imp->doc, kind->table->member);
      if (member == NULL || (id != EMB_BUNDLE_KIND_ORGANISATION && !member->is_array))
        continue;   /* not there, or not a list (reported already) */

      g_string_assign (imp->path, "$");
      _emb_bundle_append_member_path (imp->path, kind->table->member);
      if (id == EMB_BUNDLE_KIND_ORGANISATION)
        ok = import_organisation (imp, member, error);
      else
        {
          imp->kinds[id].present = TRUE;
          for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
            if (_emb_bundle_kind (child)->parent == id)
              imp->kinds[child].present = TRUE;
          ok = import_member_in_bulk (imp, id, member, error);
        }
      if (!ok)
        return FALSE;
    }

  if (imp->cancelled || g_cancellable_is_cancelled (imp->cancellable))
    {
      imp->cancelled = TRUE;
      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
                   _("The import was cancelled; nothing was imported."));
      return FALSE;
    }
  if (imp->n_problems > 0)
    {
      set_invalid_error (imp, error);
      return FALSE;
    }

  for (guint i = 0; i < EMB_BUNDLE_N_KINDS; i++)
    wrote = wrote || imp->kinds[i].added > 0 || imp->kinds[i].updated > 0;
  if (wrote)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);

  if (imp->options->dry_run)
    {
      /* Everything was checked and counted; now forget it. */
      imp->dry_run_done = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* The header ---------------------------------------------------------------- */

static JsonNode *
member_value (EmbBundleImport       *imp,
              const EmbBundleMember *member)
{
  if (!json_parser_load_from_data (imp->parser, imp->data + member->value.start,
                                   (gssize)(member->value.end - member->value.start), NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (imp->parser));
}

static gboolean unsupported (EmbBundleImport  *imp,
                             const char       *member,
                             GError          **error,
                             const char       *format,
                             ...) G_GNUC_PRINTF (4, 5);

/* Not a bundle this version reads: reported, and nothing more is checked. */
static gboolean
unsupported (EmbBundleImport  *imp,
             const char       *member,
             GError          **error,
             const char       *format,
             ...)
{
  g_autoptr(GError) local = NULL;
  va_list args;

  va_start (args, format);
  local = g_error_new_valist (EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED, format, args);
  va_end (args);

  if (member != NULL)
    _emb_bundle_problem (imp, member, "%s", local->message);
  else
    _emb_bundle_problem_at (imp, NULL, "format", "%s", local->message);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
is_top_kind (const char *name)
{
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    if (_emb_bundle_kind (id)->parent == EMB_BUNDLE_TOP &&
        g_str_equal (_emb_bundle_kind (id)->table->member, name))
      return TRUE;
  return FALSE;
}

/* "format" and "version" first: anything else is only checked in a bundle
 * of the version this program reads. Returns %FALSE for a file that is not
 * such a bundle. */
static gboolean
check_header (EmbBundleImport  *imp,
              GError          **error)
{
  const EmbBundleMember *format = find_member (imp->doc, "format");
  const EmbBundleMember *version = find_member (imp->doc, "version");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) node = NULL;

  g_string_assign (imp->path, "$");
  if (format == NULL)
    return unsupported (imp, NULL, error,
                        _("This is not an Embassy programme bundle: it has no “format”."));
  node = member_value (imp, format);
  if (!_emb_bundle_is_string (node) ||
      !g_str_equal (json_node_get_string (node), EMB_BUNDLE_FORMAT))
    return unsupported (imp, "format", error,
                        _("This is not an Embassy programme bundle: its “format” is not “%s”."),
                        EMB_BUNDLE_FORMAT);
  g_clear_pointer (&node, json_node_unref);

  if (version == NULL)
    _emb_bundle_problem_at (imp, NULL, "version", _("“%s” is missing."), "version");
  else
    {
      node = member_value (imp, version);
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_INT64)
        _emb_bundle_problem (imp, "version", _("“%s” must be a whole number."), "version");
      else if (json_node_get_int (node) != EMB_BUNDLE_VERSION)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     json_node_get_int (node));

          return unsupported (imp, "version", error,
                              _("The bundle has version %s, but this version of Embassy reads "
                                "bundles of version %d only: import it with a newer Embassy."),
                              number, EMB_BUNDLE_VERSION);
        }
      g_clear_pointer (&node, json_node_unref);
    }

  for (guint i = 0; i < imp->doc->members->len; i++)
    {
      const EmbBundleMember *member = imp->doc->members->pdata[i];
      const char *name = member->name;

      if (!g_hash_table_add (seen, member->name))
        _emb_bundle_problem (imp, name, _("“%s” appears more than once."), name);
      else if (g_str_equal (name, "exported_at"))
        {
          g_autoptr(GError) invalid = NULL;

          node = member_value (imp, member);
          if (!_emb_bundle_is_string (node))
            _emb_bundle_problem (imp, name, _("“%s” must be text in quotes."), name);
          else if (!_emb_validate_timestamp (json_node_get_string (node), TRUE, name,
                                             name, &invalid))
            _emb_bundle_problem_from_error (imp, name, invalid);
          g_clear_pointer (&node, json_node_unref);
        }
      else if (g_str_equal (name, "format") || g_str_equal (name, "version"))
        continue;
      else if (!is_top_kind (name))
        _emb_bundle_problem (imp, name, _("“%s” is not part of a version %d bundle."),
                             name, EMB_BUNDLE_VERSION);
      else if (g_str_equal (name, _emb_bundle_kind (EMB_BUNDLE_KIND_ORGANISATION)->table->member))
        {
          char first = imp->data[member->value.start];

          if (first != '{' && first != 'n')
            _emb_bundle_problem (imp, name, _("“%s” must be an object or null."), name);
        }
      else if (!member->is_array)
        _emb_bundle_problem (imp, name, _("“%s” must be a list (a JSON array)."), name);
    }
  return TRUE;
}

/* The import ------------------------------------------------------------------ */

static char *
display_name (GFile        *file,
              GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_parse_name (file);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
run_import (EmbBundleImport  *imp,
            GError          **error)
{
  EmbBundleSyntaxError syntax = { 0 };
  int cache_size;
  gboolean ok;

  if (is_blank (imp->data, imp->length))
    {
      _emb_bundle_problem (imp, NULL, _("The file is empty."));
      set_invalid_error (imp, error);
      return FALSE;
    }

  imp->doc = _emb_bundle_scan (imp->data, imp->length, imp->mapped, &syntax);
  if (imp->doc == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The file is not valid JSON "
                                                    "(line %u, column %u): %s"),
                                                  syntax.line, syntax.column, syntax.message);

      emb_import_report_add_problem (imp->report, imp->name, syntax.line, syntax.path,
                                     syntax.field, "%s", message);
      imp->n_problems++;
      _emb_bundle_syntax_error_clear (&syntax);
      set_invalid_error (imp, error);
      return FALSE;
    }
  if (imp->options->progress != NULL)
    imp->options->progress (SCAN_SHARE, imp->options->progress_data);

  if (!imp->doc->is_object)
    {
      const char *message = _("This is not an Embassy programme bundle: a bundle is a "
                              "JSON object.");

      _emb_bundle_problem (imp, NULL, "%s", message);
      g_set_error_literal (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED, message);
      return FALSE;
    }

  imp->parser = json_parser_new_immutable ();
  if (!check_header (imp, error))
    return FALSE;

  _emb_bundle_fields_init (&imp->fields);
  imp->links[0] = g_array_new (FALSE, FALSE, sizeof (gint64));
  imp->links[1] = g_array_new (FALSE, FALSE, sizeof (gint64));
  imp->scratch = g_ptr_array_new_with_free_func (g_free);
  imp->names = g_string_chunk_new (4096);
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      imp->known[id] = _emb_bundle_members (id);
    }

  cache_size = _emb_database_set_cache_size (imp->db, -IMPORT_CACHE_KIB);
  ok = emb_database_transaction (imp->db, import_in_transaction, imp, error);
  _emb_database_set_cache_size (imp->db, cache_size);
  return ok || imp->dry_run_done;
}

/**
 * emb_bundle_import:
 * @db: the database to import into
 * @file: a bundle written by emb_bundle_export() (or by hand)
 * @options: (nullable): a dry run, and progress
 * @cancellable: (nullable): stops the import; nothing is written
 * @report: where the counts and the problems go
 *
 * Checks the whole bundle, then merges it into @db by UUID in one
 * transaction: a record whose UUID is new is added, one that exists is
 * updated when anything differs and skipped otherwise; nothing is deleted.
 * When anything is wrong nothing is written, and @report names each problem
 * by its JSON path and field.
 *
 * Returns: %TRUE when the bundle was imported (or, in a dry run, would be);
 *   otherwise @error is %EMB_IMPORT_ERROR_INVALID (see @report),
 *   %EMB_IMPORT_ERROR_UNSUPPORTED, %EMB_IMPORT_ERROR_UNREADABLE,
 *   %EMB_IMPORT_ERROR_CANCELLED or a database error
 */
gboolean
emb_bundle_import (EmbDatabase             *db,
                   GFile                   *file,
                   const EmbImportOptions  *options,
                   GCancellable            *cancellable,
                   EmbImportReport         *report,
                   GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  EmbBundleImport imp = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  imp.db = db;
  imp.report = report;
  imp.options = options != NULL ? options : &defaults;
  imp.cancellable = cancellable;
  imp.name = display_name (file, cancellable);
  imp.path = g_string_new ("$");
  imp.retention_cutoff = emb_feedback_retention_cutoff (emb_feedback_retention_get_months (db),
                                                        NULL);

  if (imp.options->progress != NULL)
    imp.options->progress (0.0, imp.options->progress_data);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      mapped = g_mapped_file_new (path, FALSE, &read_error);
      if (mapped != NULL)
        {
          imp.data = g_mapped_file_get_contents (mapped);
          imp.length = g_mapped_file_get_length (mapped);
          imp.mapped = imp.data != NULL;
        }
    }
  else if (g_file_load_contents (file, cancellable, &contents, &imp.length, NULL, &read_error))
    imp.data = contents;

  if (read_error != NULL)
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                 _("Cannot read “%s”: %s"), imp.name, read_error->message);
  else
    {
      if (imp.data == NULL)
        imp.data = "";
      ok = run_import (&imp, error);
    }

  if (ok)
    {
      for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
        if (imp.kinds[id].present)
          emb_import_report_count (report, _emb_bundle_kind (id)->table->name, imp.kinds[id].added,
                                   imp.kinds[id].updated, imp.kinds[id].skipped);
      if (imp.options->progress != NULL)
        imp.options->progress (1.0, imp.options->progress_data);
    }

  g_clear_pointer (&imp.doc, _emb_bundle_document_free);
  import_clear (&imp);
  return ok;
}
