/* test-announcement-store.c: announcements and their audience
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-announcement-store.h"
#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

static EmbAnnouncement *
make_announcement (const char  *title,
                   const char  *body,
                   EmbAudience  audience)
{
  EmbAnnouncement *announcement = emb_announcement_new ();

  emb_announcement_set_title (announcement, title);
  emb_announcement_set_body (announcement, body);
  emb_announcement_set_audience (announcement, audience);
  return announcement;
}

static void
test_save_and_publish (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  announcement = make_announcement ("New opening hours", "We open at 8 from Monday.",
                                    EMB_AUDIENCE_EVERYONE);
  emb_announcement_set_needs_ack (announcement, TRUE);
  /* Saving never publishes. */
  emb_announcement_set_published_at (announcement, "2026-01-01T00:00:00.000Z");
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  g_assert_cmpint (id, >, 0);
  g_assert_null (emb_announcement_get_published_at (announcement));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_CREATED, id));

  loaded = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_announcement_get_title (loaded), ==, "New opening hours");
  g_assert_cmpstr (emb_announcement_get_body (loaded), ==, "We open at 8 from Monday.");
  g_assert_cmpint (emb_announcement_get_audience (loaded), ==, EMB_AUDIENCE_EVERYONE);
  g_assert_true (emb_announcement_get_needs_ack (loaded));
  g_assert_null (emb_announcement_get_published_at (loaded));
  departments = emb_announcement_store_get_department_ids (tdb->db, id);
  g_assert_cmpuint (departments->len, ==, 0);

  g_assert_true (emb_announcement_store_publish (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, id));
  g_clear_object (&loaded);
  loaded = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (emb_announcement_get_published_at (loaded));
  g_assert_cmpstr (emb_announcement_get_published_at (loaded), >, "2026-");

  g_clear_object (&loaded);
  loaded = emb_announcement_store_get (tdb->db, id + 100, &error);
  g_assert_null (loaded);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_audience (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 sales = emb_test_add_department (tdb->db, "Sales");
  gint64 support = emb_test_add_department (tdb->db, "Support");
  gint64 cashier = emb_test_add_role (tdb->db, sales, "Cashier");
  gint64 agent = emb_test_add_role (tdb->db, support, "Agent");
  gint64 departments_in[] = { support, sales, support };
  gint64 departments_out[2];
  gint64 roles_in[] = { agent };
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  departments_out[0] = MIN (sales, support);
  departments_out[1] = MAX (sales, support);

  /* Roles given with a department audience are ignored. */
  announcement = make_announcement ("Team day", NULL, EMB_AUDIENCE_DEPARTMENTS);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement,
                                              departments_in, 3, roles_in, 1, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  departments = emb_announcement_store_get_department_ids (tdb->db, id);
  emb_test_assert_ids (departments, departments_out, 2);
  roles = emb_announcement_store_get_role_ids (tdb->db, id);
  g_assert_cmpuint (roles->len, ==, 0);

  /* To roles: the departments go. */
  emb_announcement_set_audience (announcement, EMB_AUDIENCE_ROLES);
  roles_in[0] = cashier;
  g_assert_true (emb_announcement_store_save (tdb->db, announcement,
                                              departments_in, 3, roles_in, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&departments, g_array_unref);
  g_clear_pointer (&roles, g_array_unref);
  departments = emb_announcement_store_get_department_ids (tdb->db, id);
  g_assert_cmpuint (departments->len, ==, 0);
  roles = emb_announcement_store_get_role_ids (tdb->db, id);
  emb_test_assert_ids (roles, &cashier, 1);

  /* To everyone: both go. */
  emb_announcement_set_audience (announcement, EMB_AUDIENCE_EVERYONE);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement,
                                              departments_in, 3, roles_in, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM announcement_department"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM announcement_role"), ==, 0);
}

static void
test_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 sales = emb_test_add_department (tdb->db, "Sales");
  gint64 cashier = emb_test_add_role (tdb->db, sales, "Cashier");
  gint64 missing_departments[2];
  gint64 missing_role = cashier + 100;
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (201, 't');
  g_autofree char *long_body = g_strnfill (20001, 'b');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  missing_departments[0] = sales;
  missing_departments[1] = sales + 100;
  before = emb_test_dump (tdb->db);

  announcement = make_announcement (NULL, NULL, EMB_AUDIENCE_EVERYONE);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "title");
  g_clear_error (&error);

  emb_announcement_set_title (announcement, long_title);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "title");
  g_clear_error (&error);

  emb_announcement_set_title (announcement, "Fine");
  emb_announcement_set_body (announcement, long_body);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "body");
  g_clear_error (&error);
  emb_announcement_set_body (announcement, "Text");

  /* A department or role audience needs departments or roles, that exist. */
  emb_announcement_set_audience (announcement, EMB_AUDIENCE_DEPARTMENTS);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, &cashier, 1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "departments");
  g_clear_error (&error);

  g_assert_false (emb_announcement_store_save (tdb->db, announcement,
                                               missing_departments, 2, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "departments");
  g_clear_error (&error);

  emb_announcement_set_audience (announcement, EMB_AUDIENCE_ROLES);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "roles");
  g_clear_error (&error);

  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, &missing_role, 1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "roles");
  g_clear_error (&error);

  g_assert_cmpint (emb_record_get_id (EMB_RECORD (announcement)), ==, 0);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

/* The link: saved and read back, changed after publishing without
 * publishing again, refused when it is no web address. */
static void
test_link (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  announcement = make_announcement ("Values week", "Nominate a colleague.", EMB_AUDIENCE_EVERYONE);
  emb_announcement_set_link (announcement, "https://intranet.example/values-week");
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  g_assert_true (emb_announcement_store_publish (tdb->db, id, &error));
  g_assert_no_error (error);

  g_clear_object (&announcement);
  announcement = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_cmpstr (emb_announcement_get_link (announcement), ==, "https://intranet.example/values-week");
  g_assert_false (emb_announcement_store_needs_republish (tdb->db, announcement, NULL, 0, NULL, 0));
  emb_announcement_set_link (announcement, "HTTP://Intranet.Example/Values");
  g_assert_false (emb_announcement_store_needs_republish (tdb->db, announcement, NULL, 0, NULL, 0));
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  loaded = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_cmpstr (emb_announcement_get_link (loaded), ==, "HTTP://Intranet.Example/Values");

  before = emb_test_dump (tdb->db);
  emb_announcement_set_link (announcement, "mailto:hr@intranet.example");
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "link");
  g_assert_nonnull (strstr (error->message, "“Link” must be a web address"));
  g_clear_error (&error);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_published_is_fixed (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 sales = emb_test_add_department (tdb->db, "Sales");
  gint64 support = emb_test_add_department (tdb->db, "Support");
  gint64 both[2];
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *published_at = NULL;
  gint64 id;

  both[0] = sales;
  both[1] = support;
  announcement = make_announcement ("Price change", "Prices change on 1 March.",
                                    EMB_AUDIENCE_DEPARTMENTS);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  g_assert_true (emb_announcement_store_publish (tdb->db, id, &error));
  g_assert_no_error (error);
  g_clear_object (&announcement);
  announcement = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  published_at = g_strdup (emb_announcement_get_published_at (announcement));

  before = emb_test_dump (tdb->db);
  changes = emb_test_changes_watch (tdb->db);

  emb_announcement_set_body (announcement, "Prices change on 1 April.");
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "body");
  g_clear_error (&error);
  emb_announcement_set_body (announcement, "Prices change on 1 March.");

  g_assert_false (emb_announcement_store_save (tdb->db, announcement, both, 2, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "audience");
  g_clear_error (&error);

  emb_announcement_set_audience (announcement, EMB_AUDIENCE_EVERYONE);
  g_assert_false (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "audience");
  g_clear_error (&error);
  emb_announcement_set_audience (announcement, EMB_AUDIENCE_DEPARTMENTS);

  g_assert_false (emb_announcement_store_publish (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "published-at");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* The title may still be corrected; the publication date stays. */
  emb_announcement_set_title (announcement, "Price change in March");
  emb_announcement_set_published_at (announcement, NULL);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  loaded = emb_announcement_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_announcement_get_title (loaded), ==, "Price change in March");
  g_assert_cmpstr (emb_announcement_get_published_at (loaded), ==, published_at);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, id));
}

static void
test_publish_without_audience (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 sales = emb_test_add_department (tdb->db, "Sales");
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  announcement = make_announcement ("For sales", NULL, EMB_AUDIENCE_DEPARTMENTS);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));

  /* The only department addressed is gone: nobody would read it. */
  g_assert_true (emb_people_store_delete_department (tdb->db, sales, &error));
  g_assert_no_error (error);
  g_assert_false (emb_announcement_store_publish (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "departments");
  g_clear_object (&announcement);
  announcement = emb_announcement_store_get (tdb->db, id, NULL);
  g_assert_null (emb_announcement_get_published_at (announcement));
}

static void
test_list_order (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *titles[] = { "First", "Second", "Third", "Fourth" };
  const char *expected[] = { "Fourth", "First", "Third", "Second" };
  gint64 ids[4];

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(EmbAnnouncement) announcement = make_announcement (titles[i], NULL,
                                                                   EMB_AUDIENCE_EVERYONE);

      g_assert_true (emb_announcement_store_save (tdb->db, announcement, NULL, 0, NULL, 0, &error));
      g_assert_no_error (error);
      ids[i] = emb_record_get_id (EMB_RECORD (announcement));
    }

  /* Published in the order Second, Third, First; Fourth stays a draft. */
  g_assert_true (emb_announcement_store_publish (tdb->db, ids[1], &error));
  g_usleep (3000);
  g_assert_true (emb_announcement_store_publish (tdb->db, ids[2], &error));
  g_usleep (3000);
  g_assert_true (emb_announcement_store_publish (tdb->db, ids[0], &error));
  g_assert_no_error (error);

  list = emb_announcement_store_list (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(EmbAnnouncement) item = g_list_model_get_item (list, i);

      g_assert_cmpstr (emb_announcement_get_title (item), ==, expected[i]);
    }
}

static void
test_delete (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 sales = emb_test_add_department (tdb->db, "Sales");
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  gint64 id;

  announcement = make_announcement ("Short-lived", NULL, EMB_AUDIENCE_DEPARTMENTS);
  g_assert_true (emb_announcement_store_save (tdb->db, announcement, &sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  g_assert_true (emb_announcement_store_publish (tdb->db, id, &error));
  g_assert_no_error (error);

  g_assert_true (emb_announcement_store_delete (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_DELETED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM announcement"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM announcement_department"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM department"), ==, 1);

  g_assert_false (emb_announcement_store_delete (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

/* A published announcement to Sales (Anna, Bert) that Anna acknowledged. */
typedef struct
{
  EmbTestDb       *tdb;
  EmbDatabase     *db;
  gint64           sales, support, cashier;
  gint64           anna, bert, carl;   /* Carl is in Support */
  gint64           id;
  EmbAnnouncement *announcement;   /* as stored after publishing */
} Published;

static void
published_set_up (Published     *f,
                  gconstpointer  data)
{
  g_autoptr(EmbAnnouncement) announcement = NULL;
  g_autoptr(GError) error = NULL;

  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  f->sales = emb_test_add_department (f->db, "Sales");
  f->support = emb_test_add_department (f->db, "Support");
  f->cashier = emb_test_add_role (f->db, f->sales, "Cashier");
  f->anna = emb_test_add_employee (f->db, "E1", "Anna", f->sales, f->cashier, TRUE);
  f->bert = emb_test_add_employee (f->db, "E2", "Bert", f->sales, 0, TRUE);
  f->carl = emb_test_add_employee (f->db, "E3", "Carl", f->support, 0, TRUE);

  announcement = make_announcement ("Price change", "Prices change on 1 March.",
                                    EMB_AUDIENCE_DEPARTMENTS);
  emb_announcement_set_needs_ack (announcement, TRUE);
  g_assert_true (emb_announcement_store_save (f->db, announcement, &f->sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  f->id = emb_record_get_id (EMB_RECORD (announcement));
  g_assert_true (emb_announcement_store_publish (f->db, f->id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, f->id, &error));
  g_assert_no_error (error);
  f->announcement = emb_announcement_store_get (f->db, f->id, &error);
  g_assert_no_error (error);
  /* Publishing again below must give a later date. */
  g_usleep (3000);
}

static void
published_tear_down (Published     *f,
                     gconstpointer  data)
{
  g_clear_object (&f->announcement);
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

static gboolean
acknowledged (Published *f,
              gint64     employee_id)
{
  return emb_acknowledgement_store_has_acknowledged (f->db, employee_id,
                                                     EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, f->id);
}

static void
test_needs_republish (Published     *f,
                      gconstpointer  data)
{
  g_autoptr(EmbAnnouncement) draft = make_announcement ("Draft", "Text", EMB_AUDIENCE_EVERYONE);
  gint64 both[2];
  g_autoptr(GError) error = NULL;

  both[0] = f->sales;
  both[1] = f->support;

  /* The title, needs-ack and the kiosk are no reason to publish again. */
  emb_announcement_set_title (f->announcement, "Price change in March");
  emb_announcement_set_on_kiosk (f->announcement, TRUE);
  emb_announcement_set_needs_ack (f->announcement, FALSE);
  g_assert_false (emb_announcement_store_needs_republish (f->db, f->announcement,
                                                          &f->sales, 1, NULL, 0));
  /* The same departments in another order, with roles that do not apply. */
  g_assert_false (emb_announcement_store_needs_republish (f->db, f->announcement,
                                                          &f->sales, 1, &f->cashier, 1));
  g_assert_true (emb_announcement_store_needs_republish (f->db, f->announcement,
                                                         both, 2, NULL, 0));
  emb_announcement_set_body (f->announcement, "Prices change on 1 April.");
  g_assert_true (emb_announcement_store_needs_republish (f->db, f->announcement,
                                                         &f->sales, 1, NULL, 0));

  /* A new announcement or a draft is saved as it is. */
  g_assert_false (emb_announcement_store_needs_republish (f->db, draft, NULL, 0, NULL, 0));
  g_assert_true (emb_announcement_store_save (f->db, draft, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  emb_announcement_set_body (draft, "Another text");
  g_assert_false (emb_announcement_store_needs_republish (f->db, draft, NULL, 0, NULL, 0));
}

static void
test_published_save_keeps_flags (Published     *f,
                                 gconstpointer  data)
{
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* Shown on the kiosk, no longer asking: a plain save, nothing lost. */
  emb_announcement_set_on_kiosk (f->announcement, TRUE);
  emb_announcement_set_needs_ack (f->announcement, FALSE);
  g_assert_true (emb_announcement_store_save (f->db, f->announcement, &f->sales, 1, NULL, 0, &error));
  g_assert_no_error (error);
  loaded = emb_announcement_store_get (f->db, f->id, &error);
  g_assert_no_error (error);
  g_assert_true (emb_announcement_get_on_kiosk (loaded));
  g_assert_false (emb_announcement_get_needs_ack (loaded));
  g_assert_cmpstr (emb_announcement_get_published_at (loaded), ==,
                   emb_announcement_get_published_at (f->announcement));
  g_assert_true (acknowledged (f, f->anna));
}

static void
test_republish_keep (Published     *f,
                     gconstpointer  data)
{
  g_autofree char *first = g_strdup (emb_announcement_get_published_at (f->announcement));
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 both[2];

  both[0] = f->support;
  both[1] = f->sales;

  /* A typo corrected and Support added: Anna stays acknowledged. */
  emb_announcement_set_body (f->announcement, "Prices change on 1 March 2026.");
  g_assert_true (emb_announcement_store_republish (f->db, f->announcement, both, 2, NULL, 0,
                                                   EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (emb_announcement_get_published_at (f->announcement), >, first);

  loaded = emb_announcement_store_get (f->db, f->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_announcement_get_body (loaded), ==, "Prices change on 1 March 2026.");
  g_assert_cmpstr (emb_announcement_get_published_at (loaded), ==,
                   emb_announcement_get_published_at (f->announcement));
  departments = emb_announcement_store_get_department_ids (f->db, f->id);
  g_assert_cmpuint (departments->len, ==, 2);
  g_assert_true (acknowledged (f, f->anna));
  g_assert_cmpint (emb_announcement_store_count_acknowledgements (f->db, f->id), ==, 1);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, f->id));
  g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_ACKNOWLEDGEMENT, EMB_CHANGE_MANY, 0));

  /* Carl, newly addressed, may acknowledge it now. */
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->carl, f->id, &error));
  g_assert_no_error (error);
}

static void
test_republish_clear (Published     *f,
                      gconstpointer  data)
{
  g_autofree char *first = g_strdup (emb_announcement_get_published_at (f->announcement));
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autoptr(GError) error = NULL;

  /* A new date and to cashiers only: everyone is asked again. */
  emb_announcement_set_body (f->announcement, "Prices change on 1 April.");
  emb_announcement_set_audience (f->announcement, EMB_AUDIENCE_ROLES);
  g_assert_true (emb_announcement_store_republish (f->db, f->announcement, &f->sales, 1,
                                                   &f->cashier, 1,
                                                   EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS, &error));
  g_assert_no_error (error);
  g_assert_false (acknowledged (f, f->anna));
  g_assert_cmpint (emb_announcement_store_count_acknowledgements (f->db, f->id), ==, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ACKNOWLEDGEMENT, EMB_CHANGE_MANY, 0));

  loaded = emb_announcement_store_get (f->db, f->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_announcement_get_audience (loaded), ==, EMB_AUDIENCE_ROLES);
  g_assert_cmpstr (emb_announcement_get_published_at (loaded), >, first);
  roles = emb_announcement_store_get_role_ids (f->db, f->id);
  emb_test_assert_ids (roles, &f->cashier, 1);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM announcement_department"), ==, 0);

  /* Bert is no cashier: no longer addressed. */
  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->bert, f->id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, f->id, &error));
  g_assert_no_error (error);
}

static void
test_republish_refused (Published     *f,
                        gconstpointer  data)
{
  g_autofree char *published_at = g_strdup (emb_announcement_get_published_at (f->announcement));
  g_autoptr(EmbAnnouncement) draft = make_announcement ("Draft", "Text", EMB_AUDIENCE_EVERYONE);
  g_autofree char *before = emb_test_dump (f->db);
  g_autoptr(GError) error = NULL;

  /* Not before it is published. */
  g_assert_false (emb_announcement_store_republish (f->db, draft, NULL, 0, NULL, 0,
                                                    EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "published-at");
  g_clear_error (&error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (draft)), ==, 0);
  emb_test_assert_unchanged (f->db, before);

  g_assert_true (emb_announcement_store_save (f->db, draft, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  g_free (before);
  before = emb_test_dump (f->db);
  g_assert_false (emb_announcement_store_republish (f->db, draft, NULL, 0, NULL, 0,
                                                    EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "published-at");
  g_clear_error (&error);
  g_assert_null (emb_announcement_get_published_at (draft));

  /* Bad input changes nothing, acknowledgements included. */
  emb_announcement_set_body (f->announcement, "Prices change on 1 April.");
  emb_announcement_set_title (f->announcement, "");
  g_assert_false (emb_announcement_store_republish (f->db, f->announcement, &f->sales, 1, NULL, 0,
                                                    EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "title");
  g_clear_error (&error);
  emb_announcement_set_title (f->announcement, "Price change");
  g_assert_false (emb_announcement_store_republish (f->db, f->announcement, NULL, 0, NULL, 0,
                                                    EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "departments");
  g_clear_error (&error);
  g_assert_cmpstr (emb_announcement_get_published_at (f->announcement), ==, published_at);
  emb_test_assert_unchanged (f->db, before);

  /* Nor does a plain save of a new text: it must be published again. */
  g_assert_false (emb_announcement_store_save (f->db, f->announcement, &f->sales, 1, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "body");
  emb_test_assert_unchanged (f->db, before);
  g_assert_true (acknowledged (f, f->anna));
}

static void
test_unpublish (Published     *f,
                gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbAnnouncement) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_cmpint (emb_announcement_store_count_acknowledgements (f->db, f->id), ==, 1);
  g_assert_true (emb_announcement_store_unpublish (f->db, f->id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, f->id));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ACKNOWLEDGEMENT, EMB_CHANGE_MANY, 0));

  /* A draft again: no acknowledgements, nobody may acknowledge it, and
   * its text may change. */
  loaded = emb_announcement_store_get (f->db, f->id, &error);
  g_assert_no_error (error);
  g_assert_null (emb_announcement_get_published_at (loaded));
  g_assert_cmpint (emb_announcement_store_count_acknowledgements (f->db, f->id), ==, 0);
  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->bert, f->id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "announcement");
  g_clear_error (&error);
  emb_announcement_set_body (loaded, "Prices change on 1 April.");
  g_assert_true (emb_announcement_store_save (f->db, loaded, &f->sales, 1, NULL, 0, &error));
  g_assert_no_error (error);

  /* Withdrawing a draft or a missing one changes nothing. */
  before = emb_test_dump (f->db);
  g_assert_false (emb_announcement_store_unpublish (f->db, f->id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "published-at");
  g_clear_error (&error);
  g_assert_false (emb_announcement_store_unpublish (f->db, f->id + 100, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  emb_test_assert_unchanged (f->db, before);

  /* Published again, it starts from nobody. */
  g_assert_true (emb_announcement_store_publish (f->db, f->id, &error));
  g_assert_no_error (error);
  g_assert_false (acknowledged (f, f->anna));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/announcements/save-and-publish", test_save_and_publish);
  g_test_add_func ("/store/announcements/audience", test_audience);
  g_test_add_func ("/store/announcements/validation", test_validation);
  g_test_add_func ("/store/announcements/link", test_link);
  g_test_add_func ("/store/announcements/published-is-fixed", test_published_is_fixed);
  g_test_add_func ("/store/announcements/publish-without-audience", test_publish_without_audience);
  g_test_add_func ("/store/announcements/list-order", test_list_order);
  g_test_add_func ("/store/announcements/delete", test_delete);
  g_test_add ("/store/announcements/needs-republish", Published, NULL,
              published_set_up, test_needs_republish, published_tear_down);
  g_test_add ("/store/announcements/published-save-keeps-flags", Published, NULL,
              published_set_up, test_published_save_keeps_flags, published_tear_down);
  g_test_add ("/store/announcements/republish-keep", Published, NULL,
              published_set_up, test_republish_keep, published_tear_down);
  g_test_add ("/store/announcements/republish-clear", Published, NULL,
              published_set_up, test_republish_clear, published_tear_down);
  g_test_add ("/store/announcements/republish-refused", Published, NULL,
              published_set_up, test_republish_refused, published_tear_down);
  g_test_add ("/store/announcements/unpublish", Published, NULL,
              published_set_up, test_unpublish, published_tear_down);

  return g_test_run ();
}
