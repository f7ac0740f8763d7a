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

/* After a time: AM or PM as spreadsheets write them in English (AM, a.m.,
 * pm) and in Greek (π.μ., μ.μ.): 1 for AM, 2 for PM, 0 for neither. */
static int
read_meridiem (const char **p)
{
  static const struct
  {
    const char *word;
    int         meridiem;
  } words[] = {
    { "a.m.", 1 }, { "p.m.", 2 }, { "a. m.", 1 }, { "p. m.", 2 }, { "am", 1 }, { "pm", 2 },
    { "a.m", 1 }, { "p.m", 2 },
    { "\xCF\x80.\xCE\xBC.", 1 }, { "\xCE\xBC.\xCE\xBC.", 2 },      /* π.μ. μ.μ. */
    { "\xCF\x80\xCE\xBC", 1 }, { "\xCE\xBC\xCE\xBC", 2 },          /* πμ μμ */
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i].word);

      if (g_ascii_strncasecmp (*p, words[i].word, n) == 0 && !g_ascii_isalnum ((*p)[n]))
        {
          *p += n;
          return words[i].meridiem;
        }
    }
  return 0;
}

/* A time HH:MM, HH.MM, HH:MM:SS[.fff] or HH.MM.SS, then optionally AM or
 * PM. */
static gboolean
read_time (const char     **pp,
           EmbCsvDateTime  *dt)
{
  const char *p = *pp;
  char sep;
  int meridiem;

  if (!read_number (&p, 1, 2, &dt->hour) || (*p != ':' && *p != '.'))
    return FALSE;
  sep = *p++;
  if (!read_number (&p, 2, 2, &dt->minute))
    return FALSE;
  if (*p == sep && g_ascii_isdigit (p[1]))
    {
      p++;
      if (!read_number (&p, 2, 2, &dt->second))
        return FALSE;
      if (sep == ':' && (*p == '.' || *p == ','))
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

  while (*p == ' ')
    p++;
  meridiem = read_meridiem (&p);
  if (meridiem != 0)
    {
      if (dt->hour < 1 || dt->hour > 12)
        return FALSE;
      dt->hour = dt->hour % 12 + (meridiem == 2 ? 12 : 0);
    }

  if (dt->hour > 23 || dt->minute > 59 || dt->second > 59)
    return FALSE;
  *pp = p;
  return TRUE;
}

/* A zone after a time: Z, UTC, GMT, ±HH, ±HHMM or ±HH:MM. */
static gboolean
read_zone (const char     **pp,
           EmbCsvDateTime  *dt)
{
  const char *p = *pp;

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

      const char *digits = ++p;

      if (!read_number (&p, 2, 4, &hours) || p - digits == 3)
        return FALSE;
      if (p - digits == 4)
        {
          minutes = hours % 100;
          hours /= 100;
        }
      else if (*p == ':')
        {
          p++;
          if (!read_number (&p, 2, 2, &minutes))
            return FALSE;
        }
      if (hours > 14 || minutes > 59)
        return FALSE;
      dt->has_zone = TRUE;
      dt->offset = sign * (hours * 60 + minutes);
    }

  *pp = p;
  return TRUE;
}

/**
 * _emb_csv_parse_date_time:
 * @order: how a date with the year last and slashes or dashes reads
 *   (%EMB_DATE_ORDER_AUTO: day first)
 *
 * Reads 2024-03-01 or 2024/03/01 (the year first), 01.03.2024 (day first),
 * 01-03-2024 and 01/03/2024 (in @order), optionally followed by a time
 * (after spaces, or a "T" in ISO-8601) HH:MM or HH.MM, with or without
 * seconds (and a fraction after HH:MM:SS), AM or PM, and a zone (Z, UTC,
 * ±HH[:MM]). @dt->separator is the separator of the date.
 */
gboolean
_emb_csv_parse_date_time (const char     *text,
                          EmbDateOrder    order,
                          EmbCsvDateTime *dt)
{
  const char *p = text;
  const char *start = p;
  int first;
  int second;
  char sep;

  memset (dt, 0, sizeof *dt);

  if (!read_number (&p, 1, 4, &first))
    return FALSE;

  sep = *p;
  dt->separator = sep;
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
      if (sep != '.' && sep != '-' && sep != '/')
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &second) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 4, 4, &dt->year))
        return FALSE;
      if (sep != '.' && order == EMB_DATE_ORDER_MDY)
        {
          dt->month = first;
          dt->day = second;
        }
      else
        {
          dt->day = first;
          dt->month = second;
        }
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

  if (!read_time (&p, dt) || !read_zone (&p, dt))
    return FALSE;
  return *p == '\0';
}

/* YYYY-MM-DD: the date as written, whatever the time. */
void
_emb_csv_format_date (const EmbCsvDateTime *dt,
                      char                  buffer[16])
{
  g_snprintf (buffer, 16, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
}

/* Writes @value (0 to 10^@width - 1) in @width digits, with leading zeros. */
static void
put_digits (char *out,
            int   value,
            int   width)
{
  for (int i = width - 1; i >= 0; i--)
    {
      out[i] = (char)('0' + value % 10);
      value /= 10;
    }
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

  if ((guint)dt->year > 9999 || (guint)dt->month > 99 || (guint)dt->day > 99 ||
      (guint)dt->hour > 99 || (guint)dt->minute > 99 || (guint)dt->second > 99 ||
      (guint)dt->msec > 999)
    {
      g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, dt->msec);
      return;
    }

  /* The same text as the g_snprintf() above, written digit by digit: it is
   * made for every row of an import, and printf's format machinery cost as
   * much as the rest of reading the date. */
  put_digits (buffer, dt->year, 4);
  buffer[4] = '-';
  put_digits (buffer + 5, dt->month, 2);
  buffer[7] = '-';
  put_digits (buffer + 8, dt->day, 2);
  buffer[10] = 'T';
  put_digits (buffer + 11, dt->hour, 2);
  buffer[13] = ':';
  put_digits (buffer + 14, dt->minute, 2);
  buffer[16] = ':';
  put_digits (buffer + 17, dt->second, 2);
  buffer[19] = '.';
  put_digits (buffer + 20, dt->msec, 3);
  buffer[23] = 'Z';
  buffer[24] = '\0';
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

/* The words after the number of a star rating: "4 stars", "4 gwiazdki",
 * "4 αστέρια". */
static const char * const star_words[] = {
  "stars", "star", "*",
  "gwiazdki", "gwiazdek", "gwiazdka", "gw.",
  "\xCE\xB1\xCF\x83\xCF\x84\xCE\xAD\xCF\x81\xCE\xB9\xCE\xB1",              /* αστέρια */
  "\xCE\xB1\xCF\x83\xCF\x84\xCE\xAD\xCF\x81\xCE\xB9",                      /* αστέρι */
  "\xCE\xB1\xCF\x83\xCF\x84\xCE\xAD\xCF\x81\xCF\x89\xCE\xBD",              /* αστέρων */
  "\xCE\xB1\xCF\x83\xCF\x84\xCE\xB5\xCF\x81\xCE\xAC\xCE\xBA\xCE\xB9\xCE\xB1", /* αστεράκια */
};

/* The words of "4 out of 5", "4 z 5", "4 από 5". */
static const char * const out_of_words[] = {
  "/", "out of", "of", "z", "na", "\xCE\xB1\xCF\x80\xCF\x8C",  /* από */
};

static gboolean
skip_word (const char  **p,
           const char   *word)
{
  gsize n = strlen (word);

  if (g_ascii_strncasecmp (*p, word, n) != 0)
    return FALSE;
  /* A word ends where letters end; a symbol needs no space after it. */
  if (g_ascii_isalpha (word[n - 1]) && g_ascii_isalpha ((*p)[n]))
    return FALSE;
  *p += n;
  return TRUE;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

static EmbScoreType
score_type_of_scale (int scale)
{
  switch (scale)
    {
    case 5:
      return EMB_SCORE_TYPE_CSAT;
    case 7:
      return EMB_SCORE_TYPE_CES;
    case 10:
      return EMB_SCORE_TYPE_NPS;
    default:
      return EMB_SCORE_TYPE_NONE;
    }
}

/* Stars drawn: ★★★★☆ (or ⭐⭐⭐⭐): the filled ones count. */
static gboolean
parse_star_glyphs (const char *text,
                   int        *score)
{
  int filled = 0;
  int empty = 0;

  for (const char *p = text; *p != '\0'; )
    {
      if (g_str_has_prefix (p, "\xE2\x98\x85"))        /* ★ */
        {
          if (empty > 0)
            return FALSE;
          filled++;
          p += 3;
        }
      else if (g_str_has_prefix (p, "\xE2\xAD\x90"))   /* ⭐ */
        {
          if (empty > 0)
            return FALSE;
          filled++;
          p += 3;
          if (g_str_has_prefix (p, "\xEF\xB8\x8F"))    /* emoji presentation */
            p += 3;
        }
      else if (g_str_has_prefix (p, "\xE2\x98\x86"))   /* ☆ */
        {
          empty++;
          p += 3;
        }
      else if (*p == ' ')
        p++;
      else
        return FALSE;
    }
  if (filled + empty == 0 || filled + empty > 5)
    return FALSE;
  *score = filled;
  return TRUE;
}

/**
 * _emb_csv_parse_rating:
 * @type: (out): the scale the text itself tells: %EMB_SCORE_TYPE_CSAT for
 *   stars and "4/5", %EMB_SCORE_TYPE_CES for "6/7", %EMB_SCORE_TYPE_NPS for
 *   "8/10", else %EMB_SCORE_TYPE_NONE
 *
 * Reads a score as survey and review tools write it: a whole number ("4",
 * "4.0"), a star rating ("4 stars", "4 gwiazdki", "★★★★☆") or a score out
 * of its scale ("4/5", "4 out of 5", "4 z 5").
 */
gboolean
_emb_csv_parse_rating (const char   *text,
                       int          *score,
                       EmbScoreType *type)
{
  g_autofree char *number = NULL;
  const char *p = text;
  const char *end;
  int scale;

  *type = EMB_SCORE_TYPE_NONE;
  if (_emb_csv_parse_score (text, score))
    return TRUE;

  if (parse_star_glyphs (text, score))
    {
      *type = EMB_SCORE_TYPE_CSAT;
      return TRUE;
    }

  /* The number, then what follows it */
  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
    p++;
  if (p == text)
    return FALSE;
  number = g_strndup (text, p - text);
  if (!_emb_csv_parse_score (number, score))
    return FALSE;
  end = p;
  skip_spaces (&p);

  for (guint i = 0; i < G_N_ELEMENTS (star_words); i++)
    if (skip_word (&p, star_words[i]))
      {
        skip_spaces (&p);
        if (*p != '\0')
          return FALSE;
        *type = EMB_SCORE_TYPE_CSAT;
        return TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (out_of_words); i++)
    {
      p = end;
      skip_spaces (&p);
      if (!skip_word (&p, out_of_words[i]))
        continue;
      skip_spaces (&p);
      if (!g_ascii_isdigit (*p) || !_emb_csv_parse_score (p, &scale))
        continue;
      *type = score_type_of_scale (scale);
      return *type != EMB_SCORE_TYPE_NONE;
    }

  return FALSE;
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
 * column such as "Terminated", @yes_is_inactive. A leave of absence is
 * active, and sets *@on_leave. */
int
_emb_csv_parse_status (const char *text,
                       gboolean    yes_is_inactive,
                       gboolean   *on_leave)
{
  *on_leave = FALSE;
  switch (_emb_csv_lookup_word (EMB_CSV_WORDS_STATUS, text))
    {
    case EMB_CSV_STATUS_ACTIVE:
      return 1;
    case EMB_CSV_STATUS_ON_LEAVE:
      *on_leave = TRUE;
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
