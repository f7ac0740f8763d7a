/* emb-pilots-dates.c: the days of waves and decisions, shown and counted
 *
 * The stores keep days as "YYYY-MM-DD" text. The pilots area shows them in
 * the user's date format (as the wave comparison's chart does), proposes a
 * new wave from the day after the last one ends and measures periods in
 * days; all three read the same text the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilots-dates"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "emb-pilots-dates.h"

/* Midnight UTC of a "YYYY-MM-DD" day, or NULL when it is not one. */
static GDateTime *
parse_day (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/**
 * emb_pilots_format_day:
 * @date: (nullable): a day, "YYYY-MM-DD"
 * @days: how many days to move it (0 for the day itself, -1 for the day
 *   before)
 *
 * Returns: (transfer full): the day in the user's date format; @date as it
 *   is when it is not a day, "" for %NULL
 */
char *
emb_pilots_format_day (const char *date,
                       int         days)
{
  g_autoptr(GDateTime) datetime = parse_day (date);
  g_autoptr(GDateTime) moved = NULL;

  if (datetime == NULL)
    return g_strdup (date != NULL ? date : "");
  moved = g_date_time_add_days (datetime, days);
  return g_date_time_format (moved, "%x");
}

/**
 * emb_pilots_add_days:
 * @date: (nullable): a day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the day @days after @date,
 *   "YYYY-MM-DD", or %NULL when @date is not a day
 */
char *
emb_pilots_add_days (const char *date,
                     int         days)
{
  g_autoptr(GDateTime) start = parse_day (date);
  g_autoptr(GDateTime) end = NULL;

  if (start == NULL)
    return NULL;
  end = g_date_time_add_days (start, days);
  return g_date_time_format (end, "%Y-%m-%d");
}

/**
 * emb_pilots_days_between:
 * @from: a day, "YYYY-MM-DD"
 * @to: a later day
 *
 * Returns: the days from @from to @to, 0 when either is not a day
 */
int
emb_pilots_days_between (const char *from,
                         const char *to)
{
  g_autoptr(GDateTime) a = parse_day (from);
  g_autoptr(GDateTime) b = parse_day (to);

  if (a == NULL || b == NULL)
    return 0;
  return (int) (g_date_time_difference (b, a) / G_TIME_SPAN_DAY);
}
