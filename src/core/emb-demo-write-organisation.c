/* emb-demo-write-organisation.c: writing the demo organisation itself
 *
 * Draws Northbridge Bank from its content (emb-demo-content-organisation.c)
 * and writes it: the organisation, its departments, roles and people, the
 * customer journey and who is responsible where, the values, promises and
 * announcements, and who acknowledged them.
 *
 * Two gaps are left on purpose, so that the journey matrix has something to
 * highlight:
 *  - the touchpoint "Closing an account" has nobody who owns it (people
 *    deliver and support it, but no role is accountable for it);
 *  - the back-office role "Software engineer" has no touchpoint at all,
 *    although the engineers build the app that customers use every day.
 *
 * Everyone active can sign in to the staff window with the last four digits
 * of their employee number as PIN, and the manager PIN is
 * EMB_DEMO_MANAGER_PIN (emb-demo.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "emb-demo-private.h"
#include "emb-pin-private.h"

/* The organisation and its people ------------------------------------------ */

static gboolean
add_organisation (EmbDemo  *demo,
                  GError  **error)
{
  return save (demo, &emb_table_organisation,
               g_object_new (EMB_TYPE_ORGANISATION,
                             "uuid", next_uuid (demo),
                             "name", emb_demo_organisation_name,
                             "vision", _(emb_demo_vision),
                             "cx-strategy", _(emb_demo_cx_strategy),
                             NULL),
               error) != 0;
}

static gboolean
add_departments_and_roles (EmbDemo  *demo,
                           GError  **error)
{
  for (int d = 0; d < N_DEPARTMENTS; d++)
    {
      demo->department_ids[d] =
        save (demo, &emb_table_department,
              g_object_new (EMB_TYPE_DEPARTMENT,
                            "uuid", next_uuid (demo),
                            "name", _(emb_demo_departments[d].name),
                            "office", emb_demo_departments[d].office,
                            NULL),
              error);
      if (demo->department_ids[d] == 0)
        return FALSE;
    }

  for (int r = 0; r < N_ROLES; r++)
    {
      const DemoRole *role = &emb_demo_roles[r];

      demo->role_ids[r] =
        save (demo, &emb_table_role,
              g_object_new (EMB_TYPE_ROLE,
                            "uuid", next_uuid (demo),
                            "department-id", demo->department_ids[role->department],
                            "name", _(role->name),
                            "office", emb_demo_departments[role->department].office,
                            "attitudes", _(role->attitudes),
                            NULL),
              error);
      if (demo->role_ids[r] == 0)
        return FALSE;
    }

  return TRUE;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const DemoPerson *pa = a;
  const DemoPerson *pb = b;

  if (pa->hired != pb->hired)
    return pa->hired < pb->hired ? -1 : 1;
  return pa->role - pb->role;
}

static gboolean
is_lead_role (int role)
{
  return emb_demo_departments[emb_demo_roles[role].department].lead_role == role;
}

static void
append_ascii (GString    *out,
              const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
}

/* A name from the culture of @city (mostly), and a unique e-mail address. */
static void
make_name (EmbDemo     *demo,
           int          city,
           GHashTable  *emails,
           char       **name,
           char       **email)
{
  const DemoCulture *c = &emb_demo_cultures[chance (demo, 0.75) ? emb_demo_city_cultures[city]
                                                       : rnd (demo, 0, N_CULTURES)];
  gboolean female = chance (demo, 0.5);
  const char *first = female ? c->female[rnd (demo, 0, c->n_female)]
                             : c->male[rnd (demo, 0, c->n_male)];
  const char *entry = c->surnames[rnd (demo, 0, c->n_surnames)];
  const char *bar = strchr (entry, '|');
  g_autofree char *surname = NULL;
  g_autoptr(GString) local = g_string_new (NULL);
  guint base_len;

  if (bar == NULL)
    surname = g_strdup (entry);
  else if (female)
    surname = g_strdup (bar + 1);
  else
    surname = g_strndup (entry, bar - entry);

  append_ascii (local, first);
  g_string_append_c (local, '.');
  append_ascii (local, surname);
  base_len = local->len;
  for (int n = 2; g_hash_table_contains (emails, local->str); n++)
    {
      g_string_truncate (local, base_len);
      g_string_append_printf (local, "%d", n);
    }
  g_hash_table_add (emails, g_strdup (local->str));

  *name = g_strdup_printf ("%s %s", first, surname);
  *email = g_strdup_printf ("%s@%s", local->str, EMAIL_DOMAIN);
}

static gboolean
add_people (EmbDemo  *demo,
            GError  **error)
{
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int n = 0;

  for (int r = 0; r < N_ROLES; r++)
    for (int k = 0; k < emb_demo_roles[r].headcount; k++, n++)
      {
        DemoPerson *p = &demo->people[n];

        p->role = r;
        p->department = emb_demo_roles[r].department;
        p->active = TRUE;
        if (is_lead_role (r))
          p->hired = demo->today - rnd (demo, 1500, 7000);
        else if (chance (demo, 0.12))
          p->hired = demo->today - rnd (demo, 20, 365);
        else
          p->hired = demo->today - rnd (demo, 365, 6000);
      }
  g_assert (n == N_EMPLOYEES);

  /* Employee numbers follow the hire date, as they do in a real company. */
  qsort (demo->people, N_EMPLOYEES, sizeof (DemoPerson), compare_people);

  /* Leavers, never among the people who lead a department. */
  for (int k = 0; k < N_INACTIVE;)
    {
      DemoPerson *p = &demo->people[rnd (demo, 0, N_EMPLOYEES)];

      if (!p->active || is_lead_role (p->role))
        continue;
      p->active = FALSE;
      k++;
    }

  for (int i = 0; i < N_EMPLOYEES; i++)
    {
      DemoPerson *p = &demo->people[i];
      const char *sites = emb_demo_departments[p->department].sites;
      int city = sites[rnd (demo, 0, strlen (sites))] - '0';
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      char number[16];
      char hired[16];

      make_name (demo, city, emails, &name, &email);
      g_snprintf (number, sizeof number, "NB-%05d", i + 1);

      p->id = save (demo, &emb_table_employee,
                    g_object_new (EMB_TYPE_EMPLOYEE,
                                  "uuid", next_uuid (demo),
                                  "employee-number", number,
                                  "name", name,
                                  "email", email,
                                  "role-id", demo->role_ids[p->role],
                                  "department-id", demo->department_ids[p->department],
                                  "site", emb_demo_cities[city],
                                  "hire-date", format_day (p->hired, hired),
                                  "active", p->active,
                                  NULL),
                    error);
      if (p->id == 0)
        return FALSE;

      if (p->active)
        g_array_append_val (demo->role_members[p->role], i);
    }

  return TRUE;
}

/**
 * emb_demo_employee_pin:
 * @employee_number: a demo employee's number, such as "NB-00042"
 *
 * Returns: (transfer full): the demo PIN of that employee, the last four
 *   digits of the number ("0042")
 */
char *
emb_demo_employee_pin (const char *employee_number)
{
  gsize len;

  g_return_val_if_fail (employee_number != NULL, NULL);

  len = strlen (employee_number);
  return g_strdup (employee_number + (len > 4 ? len - 4 : 0));
}

/* Everyone active gets a PIN, hashed with a salt from their UUID (the demo
 * is the same for the same seed), and the programme a manager PIN. */
static gboolean
add_pins (EmbDemo  *demo,
          GError  **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *manager = NULL;

  stmt = _emb_database_prepare (demo->db,
                                "UPDATE employee SET pin_hash = ?2 WHERE id = ?1 AND active = 1",
                                error);
  if (stmt == NULL)
    return FALSE;

  for (int i = 0; i < N_EMPLOYEES; i++)
    {
      g_autoptr(EmbEmployee) employee = NULL;
      g_autofree char *pin = NULL;
      g_autofree char *hash = NULL;

      if (!demo->people[i].active)
        continue;
      employee = _emb_table_get (demo->db, &emb_table_employee, demo->people[i].id, error);
      if (employee == NULL)
        return FALSE;
      pin = emb_demo_employee_pin (emb_employee_get_employee_number (employee));
      hash = _emb_pin_hash_demo (pin, emb_record_get_uuid (EMB_RECORD (employee)), error);
      if (hash == NULL)
        return FALSE;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, demo->people[i].id);
      _emb_bind_text (stmt, 2, hash);
      if (!_emb_database_step_done (demo->db, stmt, error))
        return FALSE;
    }

  manager = _emb_pin_hash_demo (EMB_DEMO_MANAGER_PIN, "manager", error);
  return manager != NULL && _emb_pin_store_set_manager_hash (demo->db, manager, error);
}

/* The journey -------------------------------------------------------------- */

static gboolean
add_journey (EmbDemo  *demo,
             GError  **error)
{
  int position[N_STAGES] = { 0 };

  for (guint s = 0; s < N_STAGES; s++)
    {
      demo->stage_ids[s] =
        save (demo, &emb_table_stage,
              g_object_new (EMB_TYPE_STAGE,
                            "uuid", next_uuid (demo),
                            "name", _(emb_demo_stages[s][0]),
                            "description", _(emb_demo_stages[s][1]),
                            "position", (int)s,
                            NULL),
              error);
      if (demo->stage_ids[s] == 0)
        return FALSE;
    }

  for (int t = 0; t < N_TOUCHPOINTS; t++)
    {
      const DemoTouchpoint *tp = &emb_demo_touchpoints[t];

      demo->touchpoint_ids[t] =
        save (demo, &emb_table_touchpoint,
              g_object_new (EMB_TYPE_TOUCHPOINT,
                            "uuid", next_uuid (demo),
                            "stage-id", demo->stage_ids[tp->stage],
                            "name", _(tp->name),
                            "channel", _(emb_demo_channels[tp->channel]),
                            "description", _(tp->description),
                            "position", position[tp->stage]++,
                            NULL),
              error);
      if (demo->touchpoint_ids[t] == 0)
        return FALSE;
      demo->owner[t] = -1;
    }

  for (guint i = 0; i < N_RESPONSIBILITIES; i++)
    {
      const DemoResponsibility *r = &emb_demo_responsibilities[i];

      if (save (demo, &emb_table_responsibility,
                g_object_new (EMB_TYPE_RESPONSIBILITY,
                              "uuid", next_uuid (demo),
                              "role-id", demo->role_ids[r->role],
                              "touchpoint-id", demo->touchpoint_ids[r->touchpoint],
                              "level", r->level,
                              NULL),
                error) == 0)
        return FALSE;

      if (r->level == OWNS)
        demo->owner[r->touchpoint] = r->role;
      if (r->level != INFORMED)
        {
          int t = r->touchpoint;

          g_assert (demo->n_touchpoint_roles[t] < (int)G_N_ELEMENTS (demo->touchpoint_roles[t]));
          demo->touchpoint_roles[t][demo->n_touchpoint_roles[t]++] = r->role;
        }
      demo->role_touchpoints[r->role][demo->n_role_touchpoints[r->role]++] = r->touchpoint;

      /* The pilot's touchpoints: those the contact centre owns or delivers. */
      if (emb_demo_roles[r->role].department == DEPT_CONTACT_CENTRE &&
          (r->level == OWNS || r->level == DELIVERS))
        demo->pilot_touchpoint[r->touchpoint] = TRUE;
    }

  return TRUE;
}

/* Values, promises and what staff acknowledged ----------------------------- */

typedef struct
{
  gint64   promise_version_id;
  gint64   announcement_id;
  gint64   value_set_id;
  guint32  from;          /* the day it was published */
  guint32  until;         /* the last day it could be acknowledged */
  double   factor;        /* share of each department's usual rate */
  guint32  departments;   /* bit mask of the departments addressed */
  guint32  roles;         /* bit mask of the roles addressed */
} DemoAckItem;

static gboolean
add_acknowledgements (EmbDemo            *demo,
                      const DemoAckItem  *item,
                      GError            **error)
{
  double jitter = (g_rand_double (demo->rand) - 0.5) * 0.08;

  for (int i = 0; i < N_EMPLOYEES; i++)
    {
      const DemoPerson *p = &demo->people[i];
      guint32 start = MAX (item->from, p->hired);
      double rate;
      int span;
      guint32 day;
      char at[32];

      if (!p->active ||
          (!(item->departments & (1u << p->department)) && !(item->roles & (1u << p->role))) ||
          start > item->until)
        continue;

      rate = clamp_double (emb_demo_departments[p->department].ack_rate * item->factor + jitter,
                           0.0, 0.95);
      if (!chance (demo, rate))
        continue;

      /* Most read it within two weeks; a few much later. */
      span = item->until - start;
      if (chance (demo, 0.75))
        day = start + rnd (demo, 0, MIN (span, 14) + 1);
      else
        day = start + rnd (demo, 0, span + 1);
      /* Items are published in the morning. */
      format_time (moment_of (day, rnd (demo, day == item->from ? 12 * 3600 : 8 * 3600,
                                        18 * 3600)),
                   at);

      if (save (demo, &emb_table_acknowledgement,
                g_object_new (EMB_TYPE_ACKNOWLEDGEMENT,
                              "uuid", next_uuid (demo),
                              "employee-id", p->id,
                              "promise-version-id", item->promise_version_id,
                              "announcement-id", item->announcement_id,
                              "value-set-id", item->value_set_id,
                              "acknowledged-at", at,
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_values (EmbDemo  *demo,
            GError  **error)
{
  DemoAckItem ack = { 0 };
  char at[32];

  for (int v = 0; v < N_VALUES; v++)
    {
      demo->value_ids[v] =
        save (demo, &emb_table_value,
              g_object_new (EMB_TYPE_VALUE,
                            "uuid", next_uuid (demo),
                            "name", _(emb_demo_values[v][0]),
                            "description", _(emb_demo_values[v][1]),
                            "desired-behaviours", _(emb_demo_values[v][2]),
                            "undesired-behaviours", _(emb_demo_values[v][3]),
                            "position", v,
                            NULL),
              error);
      if (demo->value_ids[v] == 0)
        return FALSE;
    }

  ack.from = demo->today - 330;
  ack.until = demo->today - 1;
  ack.factor = 1.0;
  ack.departments = EVERYONE;
  ack.value_set_id =
    save (demo, &emb_table_value_set,
          g_object_new (EMB_TYPE_VALUE_SET,
                        "uuid", next_uuid (demo),
                        "published-at", format_time (moment_of (ack.from, 9 * 3600), at),
                        "summary", _(emb_demo_value_set_summary),
                        NULL),
          error);
  if (ack.value_set_id == 0)
    return FALSE;

  return add_acknowledgements (demo, &ack, error);
}

static gint64
add_promise_version (EmbDemo                 *demo,
                     gint64                   promise_id,
                     int                      number,
                     const char              *statement,
                     const DemoPromise       *dp,
                     EmbPromiseVersionState   state,
                     guint32                  published,
                     GError                 **error)
{
  char at[32];
  const char *published_at = NULL;
  gint64 id;

  if (published > 0)
    published_at = format_time (moment_of (published, 10 * 3600), at);

  id = save (demo, &emb_table_promise_version,
             g_object_new (EMB_TYPE_PROMISE_VERSION,
                           "uuid", next_uuid (demo),
                           "promise-id", promise_id,
                           "number", number,
                           "statement", _(statement),
                           "customer-expectation", _(dp->expectation),
                           "state", state,
                           "published-at", published_at,
                           NULL),
             error);
  if (id == 0)
    return 0;

  for (int k = 0; dp->touchpoints[k] >= 0; k++)
    if (!link_ids (demo,
                   "INSERT INTO promise_version_touchpoint (version_id, touchpoint_id)"
                   " VALUES (?1, ?2)",
                   id, demo->touchpoint_ids[dp->touchpoints[k]], error))
      return 0;

  return id;
}

static gboolean
add_promises (EmbDemo  *demo,
              GError  **error)
{
  for (guint i = 0; i < N_PROMISES; i++)
    {
      const DemoPromise *dp = &emb_demo_promises[i];
      guint32 published = demo->today - dp->published_ago;
      guint32 revised = demo->today - PROMISE_REVISED_AGO;
      guint32 retired = demo->today - PROMISE_RETIRED_AGO;
      DemoAckItem ack = { 0 };
      const char *retired_at = NULL;
      gint64 promise_id;
      char at[32];

      if (dp->status == EMB_PROMISE_STATUS_RETIRED)
        retired_at = format_time (moment_of (retired, 11 * 3600), at);

      promise_id = save (demo, &emb_table_promise,
                         g_object_new (EMB_TYPE_PROMISE,
                                       "uuid", next_uuid (demo),
                                       "status", dp->status,
                                       "position", (int)i,
                                       "retired-at", retired_at,
                                       "link", dp->link,
                                       NULL),
                         error);
      if (promise_id == 0)
        return FALSE;

      ack.departments = EVERYONE;
      ack.from = published;
      ack.until = demo->today - 1;
      ack.factor = 1.0;

      switch (dp->status)
        {
        case EMB_PROMISE_STATUS_DRAFT:
          if (add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                   EMB_PROMISE_VERSION_STATE_DRAFT, 0, error) == 0)
            return FALSE;
          break;

        case EMB_PROMISE_STATUS_RETIRED:
          ack.until = retired - 1;
          ack.factor = 0.9;
          ack.promise_version_id = add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                                        EMB_PROMISE_VERSION_STATE_RETIRED,
                                                        published, error);
          if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
            return FALSE;
          break;

        case EMB_PROMISE_STATUS_PUBLISHED:
        default:
          if (i == 0)
            {
              /* Edited after publishing: version 1 is superseded by version 2. */
              ack.until = revised - 1;
              ack.promise_version_id = add_promise_version (demo, promise_id, 1,
                                                            emb_demo_promise_first_statement, dp,
                                                            EMB_PROMISE_VERSION_STATE_SUPERSEDED,
                                                            published, error);
              if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
                return FALSE;

              ack.from = revised;
              ack.until = demo->today - 1;
              ack.factor = 0.95;
              ack.promise_version_id = add_promise_version (demo, promise_id, 2, dp->statement, dp,
                                                            EMB_PROMISE_VERSION_STATE_PUBLISHED,
                                                            revised, error);
            }
          else
            ack.promise_version_id = add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                                          EMB_PROMISE_VERSION_STATE_PUBLISHED,
                                                          published, error);
          if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
            return FALSE;
          break;
        }
    }

  return TRUE;
}

static gboolean
add_announcement (EmbDemo                 *demo,
                  const DemoAnnouncement  *a,
                  GError                 **error)
{
  DemoAckItem ack = { 0 };
  gboolean draft = a->published_ago < 0;
  char at[32];

  ack.from = demo->today - MAX (a->published_ago, 0);
  ack.until = demo->today - 1;
  ack.factor = a->ack_factor;
  ack.departments = a->departments;
  ack.roles = a->roles;
  ack.announcement_id =
    save (demo, &emb_table_announcement,
          g_object_new (EMB_TYPE_ANNOUNCEMENT,
                        "uuid", next_uuid (demo),
                        "title", _(a->title),
                        "body", _(a->body),
                        "audience", a->audience,
                        "needs-ack", a->needs_ack,
                        "on-kiosk", a->on_kiosk,
                        "link", a->link,
                        "published-at",
                        draft ? NULL : format_time (moment_of (ack.from, 8 * 3600 + 30 * 60), at),
                        NULL),
          error);
  if (ack.announcement_id == 0)
    return FALSE;

  if (a->audience == EMB_AUDIENCE_DEPARTMENTS)
    {
      for (int d = 0; d < N_DEPARTMENTS; d++)
        if ((a->departments & (1u << d)) &&
            !link_ids (demo,
                       "INSERT INTO announcement_department (announcement_id, department_id)"
                       " VALUES (?1, ?2)",
                       ack.announcement_id, demo->department_ids[d], error))
          return FALSE;
    }
  else if (a->audience == EMB_AUDIENCE_ROLES)
    {
      for (int r = 0; r < N_ROLES; r++)
        if ((a->roles & (1u << r)) &&
            !link_ids (demo,
                       "INSERT INTO announcement_role (announcement_id, role_id)"
                       " VALUES (?1, ?2)",
                       ack.announcement_id, demo->role_ids[r], error))
          return FALSE;
    }

  return !a->needs_ack || draft || add_acknowledgements (demo, &ack, error);
}

static gboolean
add_announcements (EmbDemo  *demo,
                   GError  **error)
{
  GRand *rand = demo->rand;
  GRand *uuid_rand = demo->uuid_rand;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < N_FIRST_ANNOUNCEMENTS; i++)
    ok = add_announcement (demo, &emb_demo_announcements[i], error);

  /* The later ones: random sequences of their own (see N_FIRST_ANNOUNCEMENTS),
   * seeded from the main one's state without drawing from it. */
  demo->rand = g_rand_copy (rand);
  g_rand_set_seed (demo->rand, g_rand_int (demo->rand) ^ 0x5bd1e995u);
  demo->uuid_rand = g_rand_copy (uuid_rand);
  g_rand_set_seed (demo->uuid_rand, g_rand_int (demo->uuid_rand) ^ 0x27d4eb2fu);
  for (guint i = N_FIRST_ANNOUNCEMENTS; ok && i < N_ANNOUNCEMENTS; i++)
    ok = add_announcement (demo, &emb_demo_announcements[i], error);
  g_rand_free (demo->rand);
  g_rand_free (demo->uuid_rand);
  demo->rand = rand;
  demo->uuid_rand = uuid_rand;

  return ok;
}

/* Writing ------------------------------------------------------------------ */

gboolean
_emb_demo_write_organisation (EmbDemo  *demo,
                              GError  **error)
{
  return add_organisation (demo, error) &&
         add_departments_and_roles (demo, error) &&
         add_people (demo, error) &&
         add_pins (demo, error) &&
         add_journey (demo, error) &&
         add_values (demo, error) &&
         add_promises (demo, error) &&
         add_announcements (demo, error);
}
