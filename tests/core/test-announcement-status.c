/* test-announcement-status.c: whom an announcement reached, and whom to remind
 *
 * The statuses, the coverage by department, the reminder list and the CSV
 * export of the statuses, on small organisations whose figures are counted
 * by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-announcement-status.h"
#include "emb-announcement-store.h"
#include "emb-database-private.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-test-util.h"

/* A published announcement (needs acknowledgement) to everyone, to one
 * department (@ids[0]) or to one role (@ids[0]); the new id. */
static gint64
publish (EmbDatabase  *db,
         const char   *title,
         EmbAudience   audience,
         const gint64 *ids,
         gboolean      needs_ack)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();
  g_autoptr(GError) error = NULL;
  guint n = audience == EMB_AUDIENCE_EVERYONE ? 0 : 1;

  emb_announcement_set_title (announcement, title);
  emb_announcement_set_audience (announcement, audience);
  emb_announcement_set_needs_ack (announcement, needs_ack);
  g_assert_true (emb_announcement_store_save (db, announcement, ids, n, ids, n, &error));
  g_assert_no_error (error);
  g_assert_true (emb_announcement_store_publish (db, emb_record_get_id (EMB_RECORD (announcement)),
                                                 &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (announcement));
}

/* A draft to everyone that needs acknowledgement. */
static gint64
add_draft (EmbDatabase *db,
           const char  *title)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();
  g_autoptr(GError) error = NULL;

  emb_announcement_set_title (announcement, title);
  emb_announcement_set_needs_ack (announcement, TRUE);
  g_assert_true (emb_announcement_store_save (db, announcement, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (announcement));
}

/* Sales: Anna (cashier), Fiona, Dora (cashier, has left);
 * Support: Bert (agent), Carl, Gus (agent); no department: Ewa. */
typedef struct
{
  EmbTestDb   *tdb;
  EmbDatabase *db;
  gint64       sales, support;                          /* departments */
  gint64       cashier, agent;                          /* roles */
  gint64       anna, bert, carl, dora, ewa, fiona, gus; /* employees */
  gint64 to_all;      /* acknowledged by Anna, Bert and Dora (before she left) */
  gint64 to_sales;    /* acknowledged by Fiona */
  gint64 to_agents;   /* acknowledged by Gus */
} Statuses;

static void
acknowledge (EmbDatabase *db,
             gint64       employee_id,
             gint64       announcement_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (db, employee_id,
                                                                     announcement_id, &error));
  g_assert_no_error (error);
}

static void
statuses_set_up (Statuses      *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  /* Support is made first: the lists go by name, not by id. */
  f->support = emb_test_add_department (f->db, "Support");
  f->agent = emb_test_add_role (f->db, f->support, "Agent");
  f->sales = emb_test_add_department (f->db, "Sales");
  f->cashier = emb_test_add_role (f->db, f->sales, "Cashier");
  f->anna = emb_test_add_employee (f->db, "E1", "Anna", f->sales, f->cashier, TRUE);
  f->bert = emb_test_add_employee (f->db, "E2", "Bert", f->support, f->agent, TRUE);
  f->carl = emb_test_add_employee (f->db, "E3", "Carl", f->support, 0, TRUE);
  f->dora = emb_test_add_employee (f->db, "E4", "Dora", f->sales, f->cashier, TRUE);
  f->ewa = emb_test_add_employee (f->db, "E5", "Ewa", 0, 0, TRUE);
  f->fiona = emb_test_add_employee (f->db, "E6", "Fiona", f->sales, 0, TRUE);
  f->gus = emb_test_add_employee (f->db, "E7", "Gus", f->support, f->agent, TRUE);

  f->to_all = publish (f->db, "Summer party", EMB_AUDIENCE_EVERYONE, NULL, TRUE);
  f->to_sales = publish (f->db, "Sales targets", EMB_AUDIENCE_DEPARTMENTS, &f->sales, TRUE);
  f->to_agents = publish (f->db, "New headsets", EMB_AUDIENCE_ROLES, &f->agent, TRUE);
  acknowledge (f->db, f->anna, f->to_all);
  acknowledge (f->db, f->bert, f->to_all);
  acknowledge (f->db, f->dora, f->to_all);
  acknowledge (f->db, f->fiona, f->to_sales);
  acknowledge (f->db, f->gus, f->to_agents);

  /* Dora leaves: her acknowledgement no longer counts. */
  g_assert_true (emb_people_store_set_employees_active (f->db, &f->dora, 1, FALSE, &error));
  g_assert_no_error (error);
}

static void
statuses_tear_down (Statuses      *f,
                    gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

/* The names in @model, as "Anna,Bert". */
static char *
model_names (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (names, ',');
      g_string_append (names, emb_employee_get_name (employee));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
assert_names (GListModel *model,
              const char *expected)
{
  g_autofree char *names = model_names (model);

  g_assert_cmpstr (names, ==, expected);
}

static void
assert_statuses (EmbDatabase                 *db,
                 gint64                       announcement_id,
                 EmbAnnouncementStatusFilter  filter,
                 const char                  *expected)
{
  g_autoptr(GListModel) model = emb_announcement_status_query (db, announcement_id, filter);

  g_assert_true (g_list_model_get_item_type (model) == EMB_TYPE_EMPLOYEE);
  assert_names (model, expected);
}

static void
test_status_lists (Statuses      *f,
                   gconstpointer  data)
{
  g_autofree char *when = NULL;
  g_autofree char *never = NULL;

  /* Everyone active, not Dora. */
  assert_statuses (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ALL, "Anna,Bert,Carl,Ewa,Fiona,Gus");
  assert_statuses (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED, "Anna,Bert");
  assert_statuses (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED,
                   "Carl,Ewa,Fiona,Gus");
  /* Sales, but not Dora; nobody from Support or without a department. */
  assert_statuses (f->db, f->to_sales, EMB_ANNOUNCEMENT_STATUS_ALL, "Anna,Fiona");
  assert_statuses (f->db, f->to_sales, EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED, "Anna");
  /* The agents, not the rest of Support. */
  assert_statuses (f->db, f->to_agents, EMB_ANNOUNCEMENT_STATUS_ALL, "Bert,Gus");
  assert_statuses (f->db, f->to_agents, EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED, "Gus");
  /* Nobody for an announcement that does not exist. */
  assert_statuses (f->db, f->to_agents + 100, EMB_ANNOUNCEMENT_STATUS_ALL, "");

  when = emb_announcement_status_get_acknowledged_at (f->db, f->to_all, f->anna);
  g_assert_nonnull (when);
  g_assert_true (g_str_has_suffix (when, "Z"));
  never = emb_announcement_status_get_acknowledged_at (f->db, f->to_all, f->carl);
  g_assert_null (never);
  g_clear_pointer (&never, g_free);
  never = emb_announcement_status_get_acknowledged_at (f->db, f->to_sales, f->anna);
  g_assert_null (never);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_status_list_follows (Statuses      *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  pending = emb_announcement_status_query (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED);
  g_signal_connect (pending, "items-changed", G_CALLBACK (on_items_changed), &changes);
  assert_names (pending, "Carl,Ewa,Fiona,Gus");

  /* Carl acknowledges, Fiona leaves: one change for both. */
  acknowledge (f->db, f->carl, f->to_all);
  g_assert_true (emb_people_store_set_employees_active (f->db, &f->fiona, 1, FALSE, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (changes, ==, 1);
  assert_names (pending, "Ewa,Gus");
}

/* The groups as "id:acknowledged/addressed=percent", checking each percent
 * against its counts. */
static char *
groups_text (GArray *groups)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const EmbCoverageGroup *group = &g_array_index (groups, EmbCoverageGroup, i);
      const EmbCoverage *c = &group->coverage;

      g_assert_true (c->valid);
      g_assert_cmpfloat_with_epsilon (c->percent, 100.0 * c->acknowledged / c->addressed, 1e-9);
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%u/%u=%.1f", i > 0 ? "," : "",
                              group->id, c->acknowledged, c->addressed, c->percent);
    }
  return g_string_free (text, FALSE);
}

static void
assert_groups (EmbDatabase *db,
               gint64       announcement_id,
               const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) groups = emb_announcement_status_coverage_by_department (db, announcement_id,
                                                                             &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = groups_text (groups);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_coverage_by_department (Statuses      *f,
                             gconstpointer  data)
{
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  EmbCoverage overall;

  /* Everyone: 2 of 6 (Anna and Bert; Dora's does not count) = 33.3 %:
   * Sales 1 of 2 (Anna; not Fiona), Support 1 of 3 (Bert; not Carl or
   * Gus), and Ewa, without a department, 0 of 1, last. */
  g_assert_true (emb_metrics_announcement_coverage (f->db, f->to_all, &overall, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (overall.acknowledged, ==, 2);
  g_assert_cmpuint (overall.addressed, ==, 6);
  g_assert_cmpfloat_with_epsilon (overall.percent, 100.0 / 3.0, 1e-9);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":1/2=50.0,%" G_GINT64_FORMAT ":1/3=33.3,0:0/1=0.0",
                              f->sales, f->support);
  assert_groups (f->db, f->to_all, expected);

  /* Sales: Fiona of Anna and Fiona, 50 %; Support is not listed. */
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":1/2=50.0", f->sales);
  assert_groups (f->db, f->to_sales, expected);

  /* Agents: Bert and Gus (who acknowledged), both in Support. */
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":1/2=50.0", f->support);
  assert_groups (f->db, f->to_agents, expected);

  groups = emb_announcement_status_coverage_by_department (f->db, f->to_all + 100, &error);
  g_assert_null (groups);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static GDateTime *
published_plus (EmbDatabase *db,
                gint64       announcement_id,
                int          days,
                int          milliseconds)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_store_get (db, announcement_id, NULL);
  g_autoptr(GDateTime) published = NULL;
  g_autoptr(GDateTime) later = NULL;

  published = g_date_time_new_from_iso8601 (emb_announcement_get_published_at (announcement), NULL);
  g_assert_nonnull (published);
  later = g_date_time_add_days (published, days);
  return g_date_time_add (later, (GTimeSpan)milliseconds * 1000);
}

static void
set_hire_date (EmbDatabase *db,
               gint64       employee_id,
               GDateTime   *day)
{
  g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (db, employee_id, NULL);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  emb_employee_set_hire_date (employee, date);
  g_assert_true (emb_people_store_save_employee (db, employee, &error));
  g_assert_no_error (error);
}

static void
assert_reminders (Statuses   *f,
                  gint64      announcement_id,
                  guint       days,
                  GDateTime  *now,
                  const char *expected)
{
  g_autoptr(GListModel) model = emb_announcement_status_query_reminders (f->db, announcement_id,
                                                                         days, now);

  assert_names (model, expected);
}

static void
test_reminders (Statuses      *f,
                gconstpointer  data)
{
  gint64 fyi = publish (f->db, "FYI", EMB_AUDIENCE_EVERYONE, NULL, FALSE);
  gint64 draft = add_draft (f->db, "Draft");
  g_autoptr(GDateTime) at_cutoff = published_plus (f->db, f->to_all, 7, 0);
  g_autoptr(GDateTime) past_cutoff = published_plus (f->db, f->to_all, 7, 1);
  g_autoptr(GDateTime) next_day = published_plus (f->db, f->to_all, 1, 0);
  g_autoptr(GDateTime) later = published_plus (f->db, f->to_all, 9, 0);
  g_autoptr(GDateTime) published = published_plus (f->db, f->to_all, 0, 0);
  g_autofree char *cutoff = emb_announcement_status_reminder_cutoff (7, past_cutoff);
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_store_get (f->db, f->to_all, NULL);

  /* The cut-off is the publication plus a millisecond, as stored. */
  g_assert_cmpstr (cutoff, >, emb_announcement_get_published_at (announcement));
  g_assert_cmpuint (strlen (cutoff), ==, strlen (emb_announcement_get_published_at (announcement)));

  /* Exactly 7 days after: not yet. Past them: those who have not
   * acknowledged, and no one who left. */
  assert_reminders (f, f->to_all, 7, at_cutoff, "");
  assert_reminders (f, f->to_all, 7, past_cutoff, "Carl,Ewa,Fiona,Gus");
  assert_reminders (f, f->to_all, 0, published, "");
  assert_reminders (f, f->to_sales, 7, later, "Anna");

  /* Carl joined the day after it was published: he has 7 days too. */
  set_hire_date (f->db, f->carl, next_day);
  assert_reminders (f, f->to_all, 7, past_cutoff, "Ewa,Fiona,Gus");
  assert_reminders (f, f->to_all, 7, later, "Carl,Ewa,Fiona,Gus");
  /* Someone hired long before is reminded as anyone. */
  set_hire_date (f->db, f->ewa, published);
  assert_reminders (f, f->to_all, 7, past_cutoff, "Ewa,Fiona,Gus");

  /* Nothing to remind of an announcement that asks nothing, or a draft. */
  assert_reminders (f, fyi, 0, later, "");
  assert_reminders (f, draft, 0, later, "");
}

/* The CSV export: a roster as an HR system might hold it. */
static void
csv_set_up (Statuses      *f,
            gconstpointer  data)
{
  gint64 lab, engineer, cashier, sales;

  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  sales = emb_test_add_department (f->db, "Sales");
  lab = emb_test_add_department (f->db, "R&D, Lab");
  cashier = emb_test_add_role (f->db, sales, "Cashier");
  engineer = emb_test_add_role (f->db, lab, "Engineer \"Senior\"");
  f->anna = emb_test_add_employee (f->db, "E1", "Anna \"Ania\" Nowak", lab, engineer, TRUE);
  f->bert = emb_test_add_employee (f->db, "E2", "Kowalski, Jan", sales, cashier, TRUE);
  f->carl = emb_test_add_employee (f->db, "E3", "Łucja Żółć", sales, cashier, TRUE);
  f->dora = emb_test_add_employee (f->db, "E4", "Γιώργος Παπαδόπουλος", 0, 0, TRUE);
  f->ewa = emb_test_add_employee (f->db, "E5", "=HYPERLINK(\"http://x\")", sales, 0, TRUE);
  f->fiona = emb_test_add_employee (f->db, "E6", "Zoe Left", sales, 0, FALSE);

  f->to_all = publish (f->db, "Summer party", EMB_AUDIENCE_EVERYONE, NULL, TRUE);
  acknowledge (f->db, f->anna, f->to_all);
  acknowledge (f->db, f->carl, f->to_all);
  /* Times as a kiosk recorded them. */
  g_assert_true (_emb_database_exec (f->db,
                                     "UPDATE acknowledgement SET acknowledged_at ="
                                     " '2026-03-02T09:15:07.123Z' WHERE employee_id = 1", NULL));
  g_assert_true (_emb_database_exec (f->db,
                                     "UPDATE acknowledgement SET acknowledged_at ="
                                     " '2026-03-03T17:00:00.000Z' WHERE employee_id = 3", NULL));
  g_assert_cmpint (f->anna, ==, 1);
  g_assert_cmpint (f->carl, ==, 3);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/* The names in @dir, sorted, as "a,b". */
static char *
dir_listing (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **)names->pdata);
}

#define CSV_HEADER \
  "\xEF\xBB\xBF" "Employee number,Name,Department,Role,Acknowledged,Acknowledged at (UTC)\r\n"
#define CSV_FORMULA   "E5,\"'=HYPERLINK(\"\"http://x\"\")\",Sales,,no,\r\n"
#define CSV_ANNA      "E1,\"Anna \"\"Ania\"\" Nowak\",\"R&D, Lab\",\"Engineer \"\"Senior\"\"\",yes,2026-03-02 09:15:07\r\n"
#define CSV_KOWALSKI  "E2,\"Kowalski, Jan\",Sales,Cashier,no,\r\n"
#define CSV_LUCJA     "E3,Łucja Żółć,Sales,Cashier,yes,2026-03-03 17:00:00\r\n"
#define CSV_GIORGOS   "E4,Γιώργος Παπαδόπουλος,,,no,\r\n"

static void
test_csv_export (Statuses      *f,
                 gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->tdb->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "statuses.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  guint n_rows = 0;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  /* By name, byte for byte; Zoe has left. The formula is disarmed by an
   * apostrophe inside its quotes. */
  g_assert_true (emb_announcement_status_export (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ALL,
                                                 file, NULL, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 5);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==,
                   CSV_HEADER CSV_FORMULA CSV_ANNA CSV_KOWALSKI CSV_LUCJA CSV_GIORGOS);
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "statuses.csv");

  /* Those still to acknowledge, over the first file. */
  g_assert_true (emb_announcement_status_export (f->db, f->to_all,
                                                 EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED,
                                                 file, NULL, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 3);
  g_clear_pointer (&contents, g_free);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, CSV_HEADER CSV_FORMULA CSV_KOWALSKI CSV_GIORGOS);

  g_assert_true (emb_announcement_status_export (f->db, f->to_all,
                                                 EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED,
                                                 file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, CSV_HEADER CSV_ANNA CSV_LUCJA);
}

static void
test_csv_export_fails_cleanly (Statuses      *f,
                               gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->tdb->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "statuses.csv", NULL);
  g_autofree char *taken = g_build_filename (dir, "taken.csv", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "statuses.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) taken_file = g_file_new_for_path (taken);
  g_autoptr(GFile) nowhere_file = g_file_new_for_path (nowhere);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "an older export\r\n", -1, NULL));
  /* A folder where the file should go: the rename fails. */
  g_assert_cmpint (g_mkdir (taken, 0700), ==, 0);

  g_assert_false (emb_announcement_status_export (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ALL,
                                                  taken_file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "taken.csv"));
  g_clear_error (&error);

  g_assert_false (emb_announcement_status_export (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ALL,
                                                  nowhere_file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A missing announcement, or a cancelled export: the old file stays. */
  g_assert_false (emb_announcement_status_export (f->db, f->to_all + 100, EMB_ANNOUNCEMENT_STATUS_ALL,
                                                  file, NULL, NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_cancellable_cancel (cancelled);
  g_assert_false (emb_announcement_status_export (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ALL,
                                                  file, cancelled, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "an older export\r\n");
  /* No temporary file left behind, nothing made where it could not go. */
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "statuses.csv,taken.csv");
  g_clear_pointer (&listing, g_free);
  listing = dir_listing (taken);
  g_assert_cmpstr (listing, ==, "");
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  guint *n_rows = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_announcement_status_export_finish (EMB_DATABASE (source), result, n_rows, &error));
  g_assert_no_error (error);
}

static void
test_csv_export_async (Statuses      *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tdb->dir, "statuses.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  guint n_rows = G_MAXUINT;

  emb_announcement_status_export_async (f->db, f->to_all, EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED,
                                        file, NULL, on_exported, &n_rows);
  while (n_rows == G_MAXUINT)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_rows, ==, 2);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, CSV_HEADER CSV_ANNA CSV_LUCJA);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add ("/store/announcement-status/lists", Statuses, NULL,
              statuses_set_up, test_status_lists, statuses_tear_down);
  g_test_add ("/store/announcement-status/list-follows", Statuses, NULL,
              statuses_set_up, test_status_list_follows, statuses_tear_down);
  g_test_add ("/store/announcement-status/coverage-by-department", Statuses, NULL,
              statuses_set_up, test_coverage_by_department, statuses_tear_down);
  g_test_add ("/store/announcement-status/reminders", Statuses, NULL,
              statuses_set_up, test_reminders, statuses_tear_down);
  g_test_add ("/store/announcement-status/csv-export", Statuses, NULL,
              csv_set_up, test_csv_export, statuses_tear_down);
  g_test_add ("/store/announcement-status/csv-export-fails-cleanly", Statuses, NULL,
              csv_set_up, test_csv_export_fails_cleanly, statuses_tear_down);
  g_test_add ("/store/announcement-status/csv-export-async", Statuses, NULL,
              csv_set_up, test_csv_export_async, statuses_tear_down);

  return g_test_run ();
}
