/* emb-query-filter.c: the conditions stores filter their lazy lists with
 *
 * A store builds the condition of a query model's filter as "1 AND …" over
 * the alias t, each value a bound parameter ?N (never text spliced into the
 * SQL), and a list of ids as one parameter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-query-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-query-model-private.h"

/* Starts the condition of a filter, "1", to which the store appends
 * " AND …" clauses, and the list of their parameters. */
GPtrArray *
_emb_query_params_new (GString *where)
{
  g_string_append (where, "1");
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
}

/* Adds @value (a floating reference is taken) as the next parameter of a
 * filter. Returns: its number N, for "?N" */
guint
_emb_query_params_add (GPtrArray *params,
                       GVariant  *value)
{
  g_ptr_array_add (params, g_variant_ref_sink (value));
  return params->len;
}

/* Appends " AND @column = ?N" to @where, with @value (floating) bound. */
void
_emb_query_params_where (GPtrArray   *params,
                         GString     *where,
                         const char  *column,
                         GVariant    *value)
{
  g_string_append_printf (where, " AND %s = ?%u", column, _emb_query_params_add (params, value));
}

/* The same with the nick of @value of @enum_type bound; an unknown value
 * matches nothing. */
void
_emb_query_params_where_nick (GPtrArray   *params,
                              GString     *where,
                              const char  *column,
                              GType        enum_type,
                              int          value)
{
  const char *nick = emb_enum_to_nick (enum_type, value);

  if (nick == NULL)
    g_string_append (where, " AND 0");
  else
    _emb_query_params_where (params, where, column, g_variant_new_string (nick));
}

/* A LIKE pattern, for "LIKE ?N ESCAPE '\\'", that finds @word anywhere:
 * its own % _ and \\ are taken literally. */
char *
_emb_like_pattern (const char *word)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = word; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* A list of ids as one bound parameter: a JSON array, for
 * "IN (SELECT value FROM json_each (?N))", so that a list of any length uses
 * the same cached statement. (SQLite only: PostgreSQL would bind an array
 * and say "= ANY (?N)".) */
char *
_emb_ids_json (const gint64 *ids,
               guint         n_ids)
{
  GString *json = g_string_new ("[");

  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}
