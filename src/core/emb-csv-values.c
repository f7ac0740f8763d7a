/* emb-csv-values.c: dates, scores, statuses and offices in the cells of a
 * CSV file
 *
 * Pure functions of the text of a cell; the mappers report what they cannot
 * read, naming the column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

/* Dates ------------------------------------------------------------------ */

static gboolean
read_number (const char **p,
             int          min_digits,
             int          max_digits,
             int         *value)
{
  int n = 0;
  int v = 0;

  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  if (n < min_digits || g_ascii_isdigit (**p))
    return FALSE;
  *value = v;
  return TRUE;
}

/* 2024-03-01, 01.03.2024, 01-03-2024 or 2024/03/01, optionally followed by
 * a time HH:MM[:SS[.fff]] (after a space, or a "T" in ISO-8601) and a zone
 * (Z, ±HH[:MM], UTC). */
gboolean
_emb_csv_parse_date_time (const char     *text,
                          EmbCsvDateTime *dt)
{
  const char *p = text;
  const char *start = p;
  int first;
  char sep;

  memset (dt, 0, sizeof *dt);

  if (!read_number (&p, 1, 4, &first))
    return FALSE;

  sep = *p;
  if (p - start == 4)
    {
      dt->year = first;
      if (sep != '-' && sep != '/')
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->month) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->day))
        return FALSE;
    }
  else if (p - start <= 2)
    {
      dt->day = first;
      if (sep != '.' && sep != '-')
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->month) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 4, 4, &dt->year))
        return FALSE;
    }
  else
    return FALSE;

  if (dt->year < 1 || dt->month < 1 || dt->month > 12 || dt->day < 1 ||
      !g_date_valid_dmy (dt->day, dt->month, dt->year))
    return FALSE;

  if (*p == '\0')
    return TRUE;

  if (*p == 'T' && sep == '-' && p - start == 10)
    p++;
  else if (*p == ' ')
    while (*p == ' ')
      p++;
  else
    return FALSE;

  if (!read_number (&p, 1, 2, &dt->hour) || *p != ':')
    return FALSE;
  p++;
  if (!read_number (&p, 2, 2, &dt->minute))
    return FALSE;
  if (*p == ':')
    {
      p++;
      if (!read_number (&p, 2, 2, &dt->second))
        return FALSE;
      if (*p == '.' || *p == ',')
        {
          int digits = 0;

          p++;
          while (g_ascii_isdigit (*p))
            {
              if (digits < 3)
                dt->msec = dt->msec * 10 + (*p - '0');
              digits++;
              p++;
            }
          if (digits == 0)
            return FALSE;
          for (; digits < 3; digits++)
            dt->msec *= 10;
        }
    }
  if (dt->hour > 23 || dt->minute > 59 || dt->second > 59)
    return FALSE;

  while (*p == ' ')
    p++;

  if (*p == 'Z' || *p == 'z')
    {
      dt->has_zone = TRUE;
      p++;
    }
  else if (g_ascii_strcasecmp (p, "UTC") == 0 || g_ascii_strcasecmp (p, "GMT") == 0)
    {
      dt->has_zone = TRUE;
      p += 3;
    }
  else if (*p == '+' || *p == '-')
    {
      int sign = *p == '-' ? -1 : 1;
      int hours;
      int minutes = 0;

      p++;
      if (!read_number (&p, 2, 2, &hours))
        return FALSE;
      if (*p == ':')
        p++;
      if (*p != '\0' && !read_number (&p, 2, 2, &minutes))
        return FALSE;
      if (hours > 14 || minutes > 59)
        return FALSE;
      dt->has_zone = TRUE;
      dt->offset = sign * (hours * 60 + minutes);
    }

  return *p == '\0';
}

/* YYYY-MM-DD: the date as written, whatever the time. */
void
_emb_csv_format_date (const EmbCsvDateTime *dt,
                      char                  buffer[16])
{
  g_snprintf (buffer, 16, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
}

/* The form of emb_now_iso8601(), in UTC; a time without a zone is UTC. */
void
_emb_csv_format_timestamp (const EmbCsvDateTime *dt,
                           char                  buffer[32])
{
  if (dt->has_zone && dt->offset != 0)
    {
      g_autoptr(GDateTime) local = g_date_time_new_utc (dt->year, dt->month, dt->day,
                                                        dt->hour, dt->minute, dt->second);
      g_autoptr(GDateTime) utc = g_date_time_add_minutes (local, -dt->offset);

      g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  g_date_time_get_year (utc), g_date_time_get_month (utc),
                  g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                  g_date_time_get_minute (utc), g_date_time_get_second (utc), dt->msec);
      return;
    }

  g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
              dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, dt->msec);
}

/* Scores ----------------------------------------------------------------- */

gboolean
_emb_csv_parse_score (const char *text,
                      int        *score)
{
  const char *p = text;
  gint64 value = 0;
  gboolean negative = FALSE;
  int digits = 0;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  while (g_ascii_isdigit (*p) && digits < 6)
    {
      value = value * 10 + (*p++ - '0');
      digits++;
    }
  if (digits == 0)
    return FALSE;
  /* 4.0 and 4,0 are whole numbers too */
  if (*p == '.' || *p == ',')
    {
      p++;
      while (*p == '0')
        p++;
    }
  if (*p != '\0')
    return FALSE;
  *score = negative ? -(int)value : (int)value;
  return TRUE;
}

void
_emb_csv_score_range (EmbScoreType  type,
                      int          *min,
                      int          *max)
{
  switch (type)
    {
    case EMB_SCORE_TYPE_CSAT:
      *min = 1;
      *max = 5;
      break;
    case EMB_SCORE_TYPE_CES:
      *min = 1;
      *max = 7;
      break;
    case EMB_SCORE_TYPE_NPS:
    case EMB_SCORE_TYPE_NONE:
    default:
      *min = 0;
      *max = 10;
      break;
    }
}

const char *
_emb_csv_score_type_name (EmbScoreType type)
{
  switch (type)
    {
    case EMB_SCORE_TYPE_NPS:
      return "NPS";
    case EMB_SCORE_TYPE_CSAT:
      return "CSAT";
    case EMB_SCORE_TYPE_CES:
      return "CES";
    case EMB_SCORE_TYPE_NONE:
    default:
      return "";
    }
}

/* The scale of a score column told by its values alone. */
EmbScoreType
_emb_csv_score_type_by_values (int min,
                               int max)
{
  if (min == 0 || max > 7)
    return EMB_SCORE_TYPE_NPS;
  if (max <= 5 && min >= 1)
    return EMB_SCORE_TYPE_CSAT;
  return EMB_SCORE_TYPE_CES;
}

/* The scale a score type names (NPS, CSAT, CES), or
 * %EMB_SCORE_TYPE_NONE. */
EmbScoreType
_emb_csv_parse_score_type (const char *text)
{
  int type = _emb_csv_lookup_word (EMB_CSV_WORDS_SCORE_TYPE, text);

  return type > EMB_SCORE_TYPE_NONE ? type : EMB_SCORE_TYPE_NONE;
}

/* Statuses and offices ------------------------------------------------------ */

/* 1 (active), 0 (inactive) or -1 when @text is no employment status; in a
 * column such as "Terminated", @yes_is_inactive. */
int
_emb_csv_parse_status (const char *text,
                       gboolean    yes_is_inactive)
{
  switch (_emb_csv_lookup_word (EMB_CSV_WORDS_STATUS, text))
    {
    case EMB_CSV_STATUS_ACTIVE:
      return 1;
    case EMB_CSV_STATUS_INACTIVE:
      return 0;
    case EMB_CSV_STATUS_YES:
      return yes_is_inactive ? 0 : 1;
    case EMB_CSV_STATUS_NO:
      return yes_is_inactive ? 1 : 0;
    default:
      return -1;
    }
}

/* An EmbOffice, or -1 when @text does not say front or back office; yes
 * and no say it in a column of the @variant EMB_CSV_OFFICE_YES_FRONT or
 * EMB_CSV_OFFICE_YES_BACK. */
int
_emb_csv_parse_office (const char *text,
                       int         variant)
{
  switch (_emb_csv_lookup_word (EMB_CSV_WORDS_OFFICE, text))
    {
    case EMB_CSV_OFFICE_IS_FRONT:
      return EMB_OFFICE_FRONT;
    case EMB_CSV_OFFICE_IS_BACK:
      return EMB_OFFICE_BACK;
    case EMB_CSV_OFFICE_IS_YES:
      if (variant == EMB_CSV_OFFICE_YES_FRONT)
        return EMB_OFFICE_FRONT;
      if (variant == EMB_CSV_OFFICE_YES_BACK)
        return EMB_OFFICE_BACK;
      return -1;
    case EMB_CSV_OFFICE_IS_NO:
      if (variant == EMB_CSV_OFFICE_YES_FRONT)
        return EMB_OFFICE_BACK;
      if (variant == EMB_CSV_OFFICE_YES_BACK)
        return EMB_OFFICE_FRONT;
      return -1;
    default:
      return -1;
    }
}
