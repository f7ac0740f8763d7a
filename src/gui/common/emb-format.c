/* emb-format.c: stored times as a person reads them
 *
 * Records keep their times as ISO 8601 text in UTC; a page shows them in
 * the local time zone, in the words of the user's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-format"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-format.h"

/* @timestamp in @format (translated), local time; NULL for no time, the
 * text itself for one that cannot be read. */
static char *
format_local (const char *timestamp,
              const char *format)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;
  parsed = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (parsed == NULL)
    return g_strdup (timestamp);
  local = g_date_time_to_local (parsed);
  return g_date_time_format (local, format);
}

/**
 * emb_format_day:
 * @timestamp: (nullable): a stored time, such as "2026-03-03T08:30:00.000Z"
 *
 * Returns: (transfer full) (nullable): its local day, as "3 March 2026"
 */
char *
emb_format_day (const char *timestamp)
{
  /* Translators: a day, see g_date_time_format(): "3 March 2026" */
  return format_local (timestamp, _("%-d %B %Y"));
}

/**
 * emb_format_day_and_time:
 * @timestamp: (nullable): a stored time
 *
 * Returns: (transfer full) (nullable): its local day and time, as
 *   "3 March 2026, 09:30"
 */
char *
emb_format_day_and_time (const char *timestamp)
{
  /* Translators: a day and a time, see g_date_time_format(): "3 March 2026, 09:30" */
  return format_local (timestamp, _("%-d %B %Y, %H:%M"));
}
