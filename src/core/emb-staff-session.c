/* emb-staff-session.c: what one signed-in employee may read and write
 *
 * The staff window reads and writes only through a session, so the privacy
 * rules hold here, in the model layer, whatever a window does:
 * - a session is opened only with the employee's right PIN (emb-pin-store.c,
 *   with its throttling), and only for an active employee;
 * - it returns only what concerns the signed-in person or what everyone may
 *   see (the journey, published promises, values); no PIN hash ever leaves
 *   it, colleagues come with their name, number, role and department only;
 * - it writes only as the signed-in person: whatever employee a record
 *   names, the session puts the signed-in one in its place;
 * - after emb_staff_session_sign_out() every call fails with
 *   G_IO_ERROR_PERMISSION_DENIED and returns nothing; so does every call
 *   once the person has left (is no longer active), was deleted or had
 *   their PIN reset by a manager: the session signs itself out.
 *
 * Here: the session itself, the directory of the sign-in screen, "me", my
 * part of the journey, colleagues and the drafts of unfinished forms.
 * Signing in and changing one's PIN are in emb-staff-session-sign-in.c, the
 * other parts in emb-staff-session-acknowledge.c, -recognition.c,
 * -autonomy.c and -feedback.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-store.h"
#include "emb-pin-private.h"
#include "emb-programme-store.h"
#include "emb-query-model-private.h"
#include "emb-records.h"
#include "emb-staff-session-private.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* At most this many words of a search are matched. */
#define MAX_SEARCH_WORDS 4
#define MAX_DIRECTORY 200

struct _EmbStaffSession
{
  GObject parent_instance;

  EmbDatabase *db;
  gint64       employee_id;   /* 0 once signed out */
  char        *employee_uuid;
  char        *pin_hash;      /* as it was when the PIN was last checked */
};

G_DEFINE_FINAL_TYPE (EmbStaffSession, emb_staff_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_EMPLOYEE_ID,
  PROP_SIGNED_IN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_staff_session_dispose (GObject *object)
{
  EmbStaffSession *self = (EmbStaffSession *)object;

  g_clear_object (&self->db);

  G_OBJECT_CLASS (emb_staff_session_parent_class)->dispose (object);
}

static void
emb_staff_session_finalize (GObject *object)
{
  EmbStaffSession *self = (EmbStaffSession *)object;

  g_clear_pointer (&self->employee_uuid, g_free);
  g_clear_pointer (&self->pin_hash, g_free);

  G_OBJECT_CLASS (emb_staff_session_parent_class)->finalize (object);
}

static void
emb_staff_session_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EmbStaffSession *self = EMB_STAFF_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_SIGNED_IN:
      g_value_set_boolean (value, self->employee_id != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_session_class_init (EmbStaffSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_staff_session_dispose;
  object_class->finalize = emb_staff_session_finalize;
  object_class->get_property = emb_staff_session_get_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffSession:employee-id:
   *
   * The signed-in employee, or 0 after sign-out.
   */
  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIGNED_IN] =
    g_param_spec_boolean ("signed-in", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_staff_session_init (EmbStaffSession *self)
{
}

/* Shared with the other parts ---------------------------------------------- */

/* Whether the employee is still in the database, active, and has the PIN
 * they signed in with. */
static gboolean
still_signed_in (EmbStaffSession *self)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (self->db,
                                   "SELECT 1 FROM employee WHERE id = ?1 AND active = 1"
                                   " AND pin_hash IS ?2",
                                   self->employee_id, NULL);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, self->pin_hash);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Someone who left (or was deleted), or whose PIN a manager reset, while
 * signed in is signed out at their next call, also when a manager's other
 * process made the change. */
gint64
_emb_staff_session_check (EmbStaffSession  *self,
                          GError          **error)
{
  if (self->employee_id != 0 && !still_signed_in (self))
    emb_staff_session_sign_out (self);

  if (self->employee_id == 0 || self->db == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("You have been signed out. Sign in again to go on."));
      return 0;
    }
  return self->employee_id;
}

EmbDatabase *
_emb_staff_session_get_database (EmbStaffSession *self)
{
  return self->db;
}

EmbEmployee *
_emb_staff_session_load_me (EmbStaffSession  *self,
                            GError          **error)
{
  gint64 me = _emb_staff_session_check (self, error);

  if (me == 0)
    return NULL;
  return _emb_table_get (self->db, &emb_table_employee, me, error);
}

GListStore *
_emb_staff_list (EmbDatabase     *db,
                 const EmbTable  *table,
                 const char      *suffix,
                 gint64           a,
                 gint64           b,
                 GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("%s %s", _emb_table_select_sql (table), suffix);
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);

  return _emb_table_read_all (db, table, stmt, error);
}

GListModel *
_emb_staff_session_list_mine (EmbStaffSession  *self,
                              const EmbTable   *table,
                              const char       *suffix,
                              GError          **error)
{
  gint64 me = _emb_staff_session_check (self, error);

  if (me == 0)
    return NULL;
  return G_LIST_MODEL (_emb_staff_list (self->db, table, suffix, me, 0, error));
}

GListModel *
_emb_staff_session_ask_for_me (EmbStaffSession      *self,
                               EmbEmployeeListFunc   func,
                               GError              **error)
{
  gint64 me = _emb_staff_session_check (self, error);

  if (me == 0)
    return NULL;
  return func (self->db, me, error);
}

void
_emb_staff_session_submitted (EmbStaffSession *self,
                              const char      *form)
{
  g_autoptr(GError) error = NULL;

  /* What was submitted is safe; a draft left behind is only untidy. */
  if (!emb_staff_session_clear_draft (self, form, &error))
    g_debug ("The draft of a form could not be cleared: %s", error->message);
}

GArray *
_emb_staff_session_my_touchpoints (EmbStaffSession  *self,
                                   GError          **error)
{
  gint64 me = _emb_staff_session_check (self, error);

  if (me == 0)
    return NULL;
  return _emb_load_ids (self->db,
                        "SELECT r.touchpoint_id FROM responsibility r, employee e"
                        " WHERE e.id = ?1 AND r.role_id = e.role_id ORDER BY r.touchpoint_id",
                        me, error);
}

/* Columns: id, uuid, employee_number, name, role_id, department_id. */
#define PUBLIC_EMPLOYEE_COLUMNS \
  "t.id, t.uuid, t.employee_number, t.name, t.role_id, t.department_id"

EmbEmployee *
_emb_staff_public_employee (sqlite3_stmt *stmt)
{
  EmbEmployee *employee = emb_employee_new ();

  _emb_record_set_identity (EMB_RECORD (employee), sqlite3_column_int64 (stmt, 0),
                            _emb_column_text (stmt, 1), NULL, NULL);
  emb_employee_set_employee_number (employee, _emb_column_text (stmt, 2));
  emb_employee_set_name (employee, _emb_column_text (stmt, 3));
  emb_employee_set_role_id (employee, sqlite3_column_int64 (stmt, 4));
  emb_employee_set_department_id (employee, sqlite3_column_int64 (stmt, 5));
  return employee;
}

/* Active employees matching every word of @search in their name or number,
 * by name; @except is left out (0: nobody). */
static GListModel *
search_employees (EmbDatabase  *db,
                  const char   *search,
                  guint         limit,
                  gint64        except,
                  GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT " PUBLIC_EMPLOYEE_COLUMNS " FROM employee t"
                                         " WHERE t.active = 1 AND t.erased = 0"
                                         " AND t.id IS NOT ?1");
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (EMB_TYPE_EMPLOYEE);

  if (search != NULL && *search != '\0')
    {
      g_autofree char *folded = emb_fold_for_search (search);
      g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);

      /* A fixed clause per word, every value bound. */
      for (guint i = 0; words[i] != NULL && patterns->len < MAX_SEARCH_WORDS; i++)
        {
          if (*words[i] == '\0')
            continue;
          g_ptr_array_add (patterns, _emb_like_pattern (words[i]));
          g_string_append_printf (sql,
                                  " AND (emb_fold (t.name) LIKE ?%u ESCAPE '\\'"
                                  " OR emb_fold (t.employee_number) LIKE ?%u ESCAPE '\\')",
                                  patterns->len + 2, patterns->len + 2);
        }
    }
  g_string_append (sql, " ORDER BY t.name COLLATE NOCASE, t.id LIMIT ?2");

  stmt = _emb_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_id (stmt, 1, except);
  sqlite3_bind_int (stmt, 2, (int)CLAMP (limit, 1, MAX_DIRECTORY));
  for (guint i = 0; i < patterns->len; i++)
    _emb_bind_text (stmt, (int)i + 3, g_ptr_array_index (patterns, i));

  for (;;)
    {
      g_autoptr(EmbEmployee) employee = NULL;
      gboolean has_row;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      employee = _emb_staff_public_employee (stmt);
      g_list_store_append (store, employee);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Signing in and out ------------------------------------------------------- */

/* The employee's PIN hash as stored now (NULL: none). */
static char *
read_pin_hash (EmbDatabase *db,
               gint64       employee_id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db, "SELECT pin_hash FROM employee WHERE id = ?1",
                                   employee_id, NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return _emb_column_dup_text (stmt, 0);
}

/* My own PIN was checked or changed: what a manager's reset is told from. */
void
_emb_staff_session_pin_changed (EmbStaffSession *self)
{
  if (self->employee_id == 0)
    return;
  g_free (self->pin_hash);
  self->pin_hash = read_pin_hash (self->db, self->employee_id);
}

/* A session for an employee whose PIN was right. */
EmbStaffSession *
_emb_staff_session_new (EmbDatabase  *db,
                        gint64        employee_id,
                        GError      **error)
{
  g_autoptr(EmbStaffSession) self = NULL;
  g_autoptr(EmbEmployee) employee = NULL;

  employee = _emb_table_get (db, &emb_table_employee, employee_id, error);
  if (employee == NULL)
    return NULL;

  self = g_object_new (EMB_TYPE_STAFF_SESSION, NULL);
  self->db = g_object_ref (db);
  self->employee_id = employee_id;
  self->employee_uuid = g_strdup (emb_record_get_uuid (EMB_RECORD (employee)));
  self->pin_hash = read_pin_hash (db, employee_id);
  g_debug ("Employee %" G_GINT64_FORMAT " signed in", employee_id);
  return g_steal_pointer (&self);
}

/**
 * emb_staff_directory_search:
 * @search: (nullable): words of a name or an employee number
 * @limit: at most this many (1 to 200)
 *
 * The list of the sign-in screen: active employees whose name or number
 * contains every word of @search (in any case: "łukasz" finds "Łukasz"), by
 * name. Each #EmbEmployee carries only its id, UUID, number, name, role and
 * department.
 *
 * Returns: (transfer full): a #GListModel of #EmbEmployee
 */
GListModel *
emb_staff_directory_search (EmbDatabase  *db,
                            const char   *search,
                            guint         limit,
                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return search_employees (db, search, limit, 0, error);
}

/**
 * emb_staff_session_sign_out:
 *
 * Ends the session: from now on every call fails with
 * %G_IO_ERROR_PERMISSION_DENIED and returns nothing. Notifies
 * #EmbStaffSession:signed-in. Signing out twice is harmless.
 */
void
emb_staff_session_sign_out (EmbStaffSession *self)
{
  g_return_if_fail (EMB_IS_STAFF_SESSION (self));

  if (self->employee_id == 0)
    return;

  self->employee_id = 0;
  g_clear_pointer (&self->employee_uuid, g_free);
  g_clear_pointer (&self->pin_hash, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_IN]);
}

gboolean
emb_staff_session_is_signed_in (EmbStaffSession *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);

  return self->employee_id != 0;
}

/* Me ------------------------------------------------------------------------ */

/**
 * emb_staff_session_get_employee:
 *
 * Returns: (transfer full) (nullable): my record as stored now (an
 *   #EmbEmployee never carries a PIN hash), or %NULL after sign-out
 */
EmbEmployee *
emb_staff_session_get_employee (EmbStaffSession *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  return _emb_staff_session_load_me (self, NULL);
}

/**
 * emb_staff_session_get_role:
 *
 * Returns: (transfer full) (nullable): my role, or %NULL when I have none
 *   or after sign-out
 */
EmbRole *
emb_staff_session_get_role (EmbStaffSession *self)
{
  g_autoptr(EmbEmployee) me = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_load_me (self, NULL);
  if (me == NULL || emb_employee_get_role_id (me) == 0)
    return NULL;
  return _emb_table_get (self->db, &emb_table_role, emb_employee_get_role_id (me), NULL);
}

/**
 * emb_staff_session_get_department:
 *
 * Returns: (transfer full) (nullable): my department, or %NULL when I have
 *   none or after sign-out
 */
EmbDepartment *
emb_staff_session_get_department (EmbStaffSession *self)
{
  g_autoptr(EmbEmployee) me = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_load_me (self, NULL);
  if (me == NULL || emb_employee_get_department_id (me) == 0)
    return NULL;
  return _emb_table_get (self->db, &emb_table_department, emb_employee_get_department_id (me),
                         NULL);
}

/* My part of the journey ----------------------------------------------------- */

/**
 * emb_staff_session_list_stages:
 *
 * Returns: (transfer full): every #EmbStage of the journey, in order
 */
GListModel *
emb_staff_session_list_stages (EmbStaffSession  *self,
                               GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  return emb_journey_store_list_stages (self->db, error);
}

/**
 * emb_staff_session_list_touchpoints:
 *
 * Returns: (transfer full): every #EmbTouchpoint, in journey order
 */
GListModel *
emb_staff_session_list_touchpoints (EmbStaffSession  *self,
                                    GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  return emb_journey_store_list_touchpoints (self->db, error);
}

/**
 * emb_staff_session_list_my_responsibilities:
 *
 * Returns: (transfer full): the #EmbResponsibility records of my role, in
 *   journey order (empty when I have no role)
 */
GListModel *
emb_staff_session_list_my_responsibilities (EmbStaffSession  *self,
                                            GError          **error)
{
  g_autoptr(EmbEmployee) me = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_load_me (self, error);
  if (me == NULL)
    return NULL;
  if (emb_employee_get_role_id (me) == 0)
    return G_LIST_MODEL (g_list_store_new (EMB_TYPE_RESPONSIBILITY));
  return emb_journey_store_list_role_responsibilities (self->db, emb_employee_get_role_id (me),
                                                       error);
}

/**
 * emb_staff_session_list_promises_at:
 *
 * Returns: (transfer full): the published #EmbPromiseVersion of every
 *   promise that names @touchpoint_id, in the order of the promises
 */
GListModel *
emb_staff_session_list_promises_at (EmbStaffSession  *self,
                                    gint64            touchpoint_id,
                                    GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  return G_LIST_MODEL (_emb_staff_list (self->db, &emb_table_promise_version,
                                        "JOIN promise_version_touchpoint vt ON vt.version_id = t.id"
                                        " JOIN promise p ON p.id = t.promise_id"
                                        " WHERE vt.touchpoint_id = ?1 AND t.state = 'published'"
                                        " ORDER BY p.position, p.id",
                                        touchpoint_id, 0, error));
}

/**
 * emb_staff_session_list_values:
 *
 * Returns: (transfer full): the current #EmbValue records, in order, with
 *   their desired and undesired behaviours
 */
GListModel *
emb_staff_session_list_values (EmbStaffSession  *self,
                               GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  return emb_programme_store_list_values (self->db, error);
}

/* Colleagues ------------------------------------------------------------------ */

/**
 * emb_staff_session_list_colleagues:
 * @search: (nullable): words of a name or an employee number
 * @limit: at most this many (1 to 200)
 *
 * As emb_staff_directory_search(), without me (nobody nominates
 * themselves).
 *
 * Returns: (transfer full): a #GListModel of #EmbEmployee
 */
GListModel *
emb_staff_session_list_colleagues (EmbStaffSession  *self,
                                   const char       *search,
                                   guint             limit,
                                   GError          **error)
{
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return NULL;
  return search_employees (self->db, search, limit, me, error);
}

/**
 * emb_staff_session_list_departments:
 *
 * Returns: (transfer full): every #EmbDepartment, by name, for a team
 *   nomination
 */
GListModel *
emb_staff_session_list_departments (EmbStaffSession  *self,
                                    GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  return G_LIST_MODEL (_emb_staff_list (self->db, &emb_table_department,
                                        "ORDER BY t.name COLLATE NOCASE, t.id", 0, 0, error));
}

/* Drafts ----------------------------------------------------------------------- */

static char *
draft_key (EmbStaffSession *self,
           const char      *form)
{
  return g_strdup_printf ("draft:%s:%s", self->employee_uuid, form);
}

/**
 * emb_staff_session_get_draft:
 * @form: the form's name, such as %EMB_STAFF_FORM_NOMINATION
 *
 * What I had typed into @form when it was left unfinished (the window was
 * closed, or I was signed out when idle).
 *
 * Returns: (transfer full) (nullable): the fields as set with
 *   emb_staff_session_set_draft(), an a{sv} dictionary, or %NULL when there
 *   is none (or after sign-out)
 */
GVariant *
emb_staff_session_get_draft (EmbStaffSession *self,
                             const char      *form)
{
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GVariant) fields = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);
  g_return_val_if_fail (form != NULL && *form != '\0', NULL);

  if (_emb_staff_session_check (self, NULL) == 0)
    return NULL;

  key = draft_key (self, form);
  text = _emb_setting_get (self->db, key);
  if (text == NULL)
    return NULL;
  fields = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, NULL);
  return g_steal_pointer (&fields);
}

/**
 * emb_staff_session_set_draft:
 * @form: the form's name, such as %EMB_STAFF_FORM_NOMINATION
 * @fields: (nullable): an a{sv} dictionary of the form's fields (a floating
 *   reference is sunk); %NULL or an empty one clears the draft
 *
 * Keeps what I typed into @form in the database, for me alone, until I
 * submit it or clear it. Never put a PIN in a draft.
 */
gboolean
emb_staff_session_set_draft (EmbStaffSession  *self,
                             const char       *form,
                             GVariant         *fields,
                             GError          **error)
{
  g_autoptr(GVariant) owned = NULL;
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);
  g_return_val_if_fail (form != NULL && *form != '\0', FALSE);
  g_return_val_if_fail (fields == NULL ||
                        g_variant_is_of_type (fields, G_VARIANT_TYPE_VARDICT), FALSE);

  if (fields != NULL)
    owned = g_variant_ref_sink (fields);
  if (_emb_staff_session_check (self, error) == 0)
    return FALSE;

  key = draft_key (self, form);
  if (owned == NULL || g_variant_n_children (owned) == 0)
    return _emb_setting_delete (self->db, key, error);

  text = g_variant_print (owned, TRUE);
  return _emb_setting_set (self->db, key, text, error);
}

/**
 * emb_staff_session_clear_draft:
 *
 * Forgets the draft of @form (a submitted form clears its own).
 */
gboolean
emb_staff_session_clear_draft (EmbStaffSession  *self,
                               const char       *form,
                               GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);

  return emb_staff_session_set_draft (self, form, NULL, error);
}
