/* emb-demo.c: the demo organisation
 *
 * Northbridge Bank, an invented mid-size retail bank: eight departments,
 * 25 roles, 400 employees, a five-stage customer journey with 25
 * touchpoints, values, brand promises, a year of customer feedback and
 * recognition, and an autonomy pilot running in the contact centre.
 *
 * Everything is drawn from one seeded generator, and every date is counted
 * from the reference date, so the same seed and date always give the same
 * organisation (only created_at/updated_at tell when it was written). This
 * file holds the generator and writes the whole organisation in one
 * transaction; emb-demo-private.h says where its content and writers are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "emb-demo-private.h"
#include "emb-validate-private.h"

/* The generator ------------------------------------------------------------ */

/* Roughly normal noise with standard deviation @sd, from four uniform draws
 * (no libm, so the same on every platform). */
double
_emb_demo_noise (EmbDemo *demo,
                 double   sd)
{
  double sum = 0;

  for (int i = 0; i < 4; i++)
    sum += g_rand_double (demo->rand);
  return (sum - 2.0) * sd / 0.57735;
}

int
_emb_demo_pick_weighted (EmbDemo   *demo,
                         const int *weights,
                         int        n)
{
  int total = 0;
  int x;

  for (int i = 0; i < n; i++)
    total += weights[i];
  x = rnd (demo, 0, total);
  for (int i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}

/* An active member of @role hired before @day, other than @exclude; or -1. */
int
_emb_demo_pick_member (EmbDemo *demo,
                       int      role,
                       guint32  day,
                       int      exclude)
{
  GArray *members = demo->role_members[role];

  for (int attempt = 0; attempt < 40 && members->len > 0; attempt++)
    {
      int i = g_array_index (members, int, rnd (demo, 0, members->len));

      if (i != exclude && demo->people[i].hired < day)
        return i;
    }
  return -1;
}

/* Any active employee hired before @day, other than @exclude, optionally
 * from one department (-1 for any). */
int
_emb_demo_pick_person (EmbDemo *demo,
                       int      department,
                       guint32  day,
                       int      exclude)
{
  for (int attempt = 0; attempt < 200; attempt++)
    {
      int i = rnd (demo, 0, N_EMPLOYEES);
      const DemoPerson *p = &demo->people[i];

      if (i != exclude && p->active && p->hired < day &&
          (department < 0 || p->department == department))
        return i;
    }
  return -1;
}

/* @n moments in the @days days before the reference date, oldest first; with
 * @recent, later days are busier. Times fall between @from_hour and @to_hour. */
gint64 *
_emb_demo_make_moments (EmbDemo  *demo,
                        int       n,
                        int       days,
                        gboolean  recent,
                        int       from_hour,
                        int       to_hour)
{
  gint64 *moments = g_new (gint64, n);

  for (int i = 0; i < n; i++)
    {
      double u = g_rand_double (demo->rand);
      int offset;

      /* The larger of two draws leans towards the reference date. */
      if (recent && chance (demo, 0.5))
        {
          double v = g_rand_double (demo->rand);

          u = MAX (u, v);
        }
      offset = (int)(u * days);
      moments[i] = moment_of (demo->today - days + offset,
                              rnd (demo, from_hour * 3600, to_hour * 3600));
    }
  qsort (moments, n, sizeof (gint64), _emb_compare_ids);
  return moments;
}

/* Populating --------------------------------------------------------------- */

static gboolean
populate_cb (EmbDatabase  *db,
             gpointer      user_data,
             GError      **error)
{
  EmbDemo *demo = user_data;

  /* Checked inside the transaction, which holds the write lock. */
  if (!emb_database_is_empty (db))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "database",
                                _("The demo organisation can only be added to an empty "
                                  "database; this one already holds a programme."));
      return FALSE;
    }

  if (!_emb_demo_write_organisation (demo, error) ||
      !_emb_demo_write_activity (demo, error))
    return FALSE;

  /* The link tables were written by hand. */
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  return TRUE;
}

static gboolean
parse_reference_date (const char  *text,
                      guint32     *day,
                      GError     **error)
{
  GDate date;

  g_date_clear (&date, 1);

  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g_date_set_dmy (&date, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
  else
    {
      guint y, m, d;

      if (!_emb_validate_date (text, TRUE, "reference-date", _("Reference date"), error))
        return FALSE;
      (void)sscanf (text, "%4u-%2u-%2u", &y, &m, &d);   /* validated above */
      if (y < 1900)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "reference-date",
                                    _("The reference date must be in 1900 or later, not “%s”."),
                                    text);
          return FALSE;
        }
      g_date_set_dmy (&date, d, m, y);
    }

  *day = g_date_get_julian (&date);
  return TRUE;
}

/**
 * emb_demo_populate:
 * @db: an empty database
 * @seed: the seed of every random choice, such as %EMB_DEMO_DEFAULT_SEED
 * @reference_date: (nullable): "today" of the demo as YYYY-MM-DD, or %NULL
 *   for today (UTC); every date in the demo is counted back from it
 * @error: return location for a #GError
 *
 * Fills an empty database with the demo organisation, Northbridge Bank, in
 * one transaction: either all of it is written or nothing is. The same seed
 * and reference date always give the same content. Texts are written in the
 * user's language.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE (field
 *   "database") when the database is not empty, with a validation error on
 *   "reference-date" for a bad date, or with a database error
 */
gboolean
emb_demo_populate (EmbDatabase  *db,
                   guint32       seed,
                   const char   *reference_date,
                   GError      **error)
{
  EmbDemo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_reference_date (reference_date, &demo.today, error))
    return FALSE;

  demo.db = db;
  demo.rand = g_rand_new_with_seed (seed);
  demo.uuid_rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  demo.praise = g_array_new (FALSE, FALSE, sizeof (DemoPraise));
  for (int r = 0; r < N_ROLES; r++)
    demo.role_members[r] = g_array_new (FALSE, FALSE, sizeof (int));

  ok = emb_database_transaction (db, populate_cb, &demo, error);

  for (int r = 0; r < N_ROLES; r++)
    g_array_unref (demo.role_members[r]);
  g_array_unref (demo.praise);
  g_rand_free (demo.uuid_rand);
  g_rand_free (demo.rand);

  return ok;
}
