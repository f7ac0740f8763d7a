/* emb-validate.c: input checks shared by the stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-validate"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "emb-validate-private.h"

static gboolean
is_blank (const char *value)
{
  if (value == NULL)
    return TRUE;
  for (const char *p = value; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The check of an empty value: fine unless it is @required. */
static gboolean
check_empty (gboolean     required,
             const char  *field,
             const char  *label,
             GError     **error)
{
  if (!required)
    return TRUE;
  emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, field,
                            _("“%s” must not be empty."), label);
  return FALSE;
}

gboolean
_emb_validate_text (const char  *value,
                    gboolean     required,
                    guint        max_chars,
                    const char  *field,
                    const char  *label,
                    GError     **error)
{
  const char *end = value;
  glong len = 0;

  if (value != NULL && !g_utf8_validate (value, -1, &end))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” is not valid text."), label);
      return FALSE;
    }

  if (is_blank (value) && !check_empty (required, field, label, error))
    return FALSE;

  /* A text of no more bytes than the limit has no more characters: only a
   * longer one is counted (imports check millions of values). */
  if (value != NULL && (gsize)(end - value) > max_chars)
    len = g_utf8_strlen (value, end - value);
  if (len > (glong)max_chars)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_TOO_LONG, field,
                                _("“%s” is too long: %ld characters, at most %u are allowed."),
                                label, len, max_chars);
      return FALSE;
    }

  return TRUE;
}

gboolean
_emb_validate_int_range (gint64       value,
                         gint64       min,
                         gint64       max,
                         const char  *field,
                         const char  *label,
                         GError     **error)
{
  if (value < min || value > max)
    {
      g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      g_autofree char *value_text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      /* The numbers are formatted first: G_GINT64_FORMAT inside the message
       * would hide it from xgettext. */
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, field,
                                _("“%s” must be between %s and %s; it is %s."),
                                label, min_text, max_text, value_text);
      return FALSE;
    }
  return TRUE;
}

/* A calendar date, YYYY-MM-DD. */
gboolean
_emb_validate_date (const char  *value,
                    gboolean     required,
                    const char  *field,
                    const char  *label,
                    GError     **error)
{
  guint y, m, d;
  char tail;

  if (value == NULL || *value == '\0')
    return check_empty (required, field, label, error);

  if (strlen (value) != 10 ||
      !g_ascii_isdigit (value[0]) || !g_ascii_isdigit (value[1]) ||
      !g_ascii_isdigit (value[2]) || !g_ascii_isdigit (value[3]) || value[4] != '-' ||
      !g_ascii_isdigit (value[5]) || !g_ascii_isdigit (value[6]) || value[7] != '-' ||
      !g_ascii_isdigit (value[8]) || !g_ascii_isdigit (value[9]) ||
      sscanf (value, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” must be a date written as YYYY-MM-DD, not “%s”."),
                                label, value);
      return FALSE;
    }

  return TRUE;
}

/* An ISO-8601 date and time; stored in UTC. */
gboolean
_emb_validate_timestamp (const char  *value,
                         gboolean     required,
                         const char  *field,
                         const char  *label,
                         GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;

  if (value == NULL || *value == '\0')
    return check_empty (required, field, label, error);

  dt = g_date_time_new_from_iso8601 (value, utc);
  if (dt == NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” must be a date and time such as "
                                  "2026-01-31T09:30:00Z, not “%s”."),
                                label, value);
      return FALSE;
    }

  return TRUE;
}

gboolean
_emb_validate_reference (EmbDatabase     *db,
                         const EmbTable  *table,
                         gint64           id,
                         gboolean         required,
                         const char      *field,
                         const char      *label,
                         GError         **error)
{
  if (id == 0)
    {
      if (!required)
        return TRUE;
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, field,
                                _("“%s” must be chosen."), label);
      return FALSE;
    }

  if (!_emb_table_exists (db, table, id))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, field,
                                _("The chosen “%s” does not exist (any more)."), label);
      return FALSE;
    }

  return TRUE;
}

gboolean
_emb_validate_email (const char  *value,
                     const char  *field,
                     const char  *label,
                     GError     **error)
{
  const char *at;

  if (!_emb_validate_text (value, FALSE, 254, field, label, error))
    return FALSE;

  if (value == NULL || *value == '\0')
    return TRUE;

  at = strchr (value, '@');
  if (at == NULL || at == value || strchr (at + 1, '.') == NULL ||
      strchr (at + 1, '@') != NULL || strpbrk (value, " \t\r\n") != NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” is not an e-mail address: “%s”."), label, value);
      return FALSE;
    }

  return TRUE;
}

/* Whether @value holds a space or a control character, which a link must
 * escape. */
static gboolean
has_space (const char *value)
{
  for (const guchar *p = (const guchar *)value; *p != '\0'; p++)
    if (*p <= ' ' || *p == 0x7f)
      return TRUE;
  return FALSE;
}

/* A link to read more (shown on the kiosk as a QR code): empty, or an
 * absolute http or https URL with a host, at most EMB_MAX_LINK characters,
 * without spaces. GUri parses it strictly: no bad escapes. */
gboolean
_emb_validate_link (const char  *value,
                    const char  *field,
                    const char  *label,
                    GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (!_emb_validate_text (value, FALSE, EMB_MAX_LINK, field, label, error))
    return FALSE;

  if (value == NULL || *value == '\0')
    return TRUE;

  uri = has_space (value) ? NULL : g_uri_parse (value, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      host == NULL || *host == '\0')
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” must be a web address that starts with https:// or "
                                  "http://, such as https://example.com/more, not “%s”."),
                                label, value);
      return FALSE;
    }

  return TRUE;
}

/* Sets of ids ------------------------------------------------------------ */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

/* The ids a caller chose (touchpoints of a promise, the audience of an
 * announcement…), sorted, each once. */
GArray *
_emb_sorted_ids (const gint64 *ids,
                 guint         n_ids)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  guint out = 0;

  if (n_ids > 0)
    g_array_append_vals (sorted, ids, n_ids);
  g_array_sort (sorted, compare_ids);
  for (guint i = 0; i < sorted->len; i++)
    if (i == 0 || g_array_index (sorted, gint64, i) != g_array_index (sorted, gint64, out - 1))
      g_array_index (sorted, gint64, out++) = g_array_index (sorted, gint64, i);
  g_array_set_size (sorted, out);
  return sorted;
}

/* Whether two arrays of ids hold the same ids in the same order. */
gboolean
_emb_same_ids (GArray *a,
               GArray *b)
{
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0);
}
