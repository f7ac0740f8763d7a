/* emb-people-store-private.h: the people store for the roster import
 *
 * The roster import (emb-roster-import.c) reads every department, role and
 * employee once, checks every row of the file against them, and then writes
 * in one transaction with statements prepared once for all the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-people-store.h"

G_BEGIN_DECLS

/* An employee as the roster import reads and writes it; the strings are
 * borrowed. */
typedef struct
{
  gint64      id;               /* 0 for a new employee */
  const char *employee_number;
  const char *name;
  const char *email;
  const char *site;
  const char *hire_date;        /* YYYY-MM-DD, or NULL */
  gint64      role_id;          /* or 0 */
  gint64      department_id;    /* or 0 */
  gboolean    active;
  gboolean    on_leave;         /* active, on leave of absence */
} EmbEmployeeRow;

/* Called for every department, then every role, then every employee. */
typedef struct
{
  void (*department) (gpointer              data,
                      gint64                id,
                      const char           *name,
                      EmbOffice             office);
  void (*role)       (gpointer              data,
                      gint64                id,
                      gint64                department_id,
                      const char           *name,
                      EmbOffice             office);
  void (*employee)   (gpointer              data,
                      const EmbEmployeeRow *employee);
} EmbPeopleReadFuncs;

/* Writes of an import, inside the caller's transaction. */
typedef struct _EmbPeopleWriter EmbPeopleWriter;

gboolean         _emb_people_store_read_for_import   (EmbDatabase               *db,
                                                      const EmbPeopleReadFuncs  *funcs,
                                                      gpointer                   data,
                                                      GError                   **error);
EmbPeopleWriter *_emb_people_store_begin_import      (EmbDatabase               *db,
                                                      guint                      n_new,
                                                      GError                   **error);
gboolean         _emb_people_store_import_department (EmbPeopleWriter           *writer,
                                                      const char                *name,
                                                      EmbOffice                  office,
                                                      gint64                    *id,
                                                      GError                   **error);
gboolean         _emb_people_store_import_role       (EmbPeopleWriter           *writer,
                                                      gint64                     department_id,
                                                      const char                *name,
                                                      EmbOffice                  office,
                                                      gint64                    *id,
                                                      GError                   **error);
gboolean         _emb_people_store_import_employee   (EmbPeopleWriter           *writer,
                                                      const EmbEmployeeRow      *employee,
                                                      GError                   **error);
gboolean         _emb_people_store_finish_import     (EmbPeopleWriter           *writer,
                                                      GError                   **error);
void             _emb_people_store_end_import        (EmbPeopleWriter           *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbPeopleWriter, _emb_people_store_end_import)

G_END_DECLS
