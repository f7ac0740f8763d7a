/* emb-roster-private.h: the pieces of the roster import
 *
 *   emb-roster-units.c    the departments, roles and employees the database
 *                         holds, and those the import creates
 *   emb-roster-import.c   the rows of the file, merged into a record per
 *                         employee; the passes
 *   emb-roster-resolve.c  what each record comes to: its name, status,
 *                         department and role, and whether it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-csv-private.h"
#include "emb-people-store-private.h"

G_BEGIN_DECLS

/* Departments, roles and employees -------------------------------------- */

typedef struct _Dept Dept;
typedef struct _Role Role;

struct _Dept
{
  gint64      id;        /* 0 until a new department is written */
  char       *name;
  EmbOffice   office;
  gboolean    is_new;
  GHashTable *roles;     /* folded name → Role */
};

struct _Role
{
  gint64     id;
  char      *name;
  EmbOffice  office;
  gboolean   is_new;
  Dept      *dept;
};

/* An employee already in the database; strings live in RosterImport.strings. */
typedef struct
{
  gint64       id;
  const char  *name;
  const char  *email;
  const char  *site;
  const char  *hire_date;   /* or NULL */
  Dept        *dept;
  Role        *role;
  gboolean     active;
  gboolean     on_leave;
} Employee;

typedef struct
{
  EmbCsvMapper     parent;
  GStringChunk    *strings;
  GHashTable      *employees;       /* employee number → Employee; NULL without database */
  GPtrArray       *all_depts;
  GPtrArray       *all_roles;
  GHashTable      *departments;     /* folded name → Dept */
  GHashTable      *roles_by_name;   /* folded name → GPtrArray of Role */
  GPtrArray       *new_depts;
  GPtrArray       *new_roles;
  GHashTable      *records;         /* employee number → Record, of the file */
  GPtrArray       *order;           /* Record, in the order of the file */
  GStringChunk    *record_strings;
  char             today[16];
  EmbPeopleWriter *writer;          /* in the writing pass */
} RosterImport;

/* Records: an employee of the file ---------------------------------------- */

#define N_CELLS (EMB_CSV_FIELD_TERMINATION_DATE + 1)

typedef enum
{
  ACTION_SKIP,
  ACTION_ADD,
  ACTION_UPDATE,
} Action;

/* An employee of the file: the cells of its rows merged (by field, NULL
 * where every row is blank), then what it resolves to. */
typedef struct
{
  const char  *number;
  const char  *cells[N_CELLS];
  guint        lines[N_CELLS];    /* the row each cell came from */
  guint        line;              /* its first row */
  GArray      *more_lines;        /* guint: its other rows, or NULL */
  gboolean     refused;           /* a row of it has a problem */

  /* Resolved */
  Action       action;
  Employee    *existing;
  const char  *name;
  const char  *email;
  const char  *site;
  const char  *hire_date;
  char         hire_buffer[16];
  Dept        *dept;
  Role        *role;
  gboolean     active;
  gboolean     on_leave;
} Record;

void      _emb_roster_dept_free       (gpointer             data);
void      _emb_roster_role_free       (gpointer             data);
gboolean  _emb_roster_load            (EmbCsvMapper        *mapper,
                                       GError             **error);
Dept     *_emb_roster_find_dept       (RosterImport        *roster,
                                       const char          *name,
                                       int                  office);
Role     *_emb_roster_find_role       (RosterImport        *roster,
                                       Dept                *dept,
                                       const char          *name,
                                       int                  office);
Role     *_emb_roster_find_only_role  (RosterImport        *roster,
                                       const char          *name);

gboolean  _emb_roster_cell_date       (EmbCsvMapper        *mapper,
                                       EmbCsvField          field,
                                       const char          *value,
                                       EmbCsvDateTime      *dt);
int       _emb_roster_cell_status     (EmbCsvField          field,
                                       const char          *value,
                                       gboolean            *on_leave);
int       _emb_roster_cell_office     (EmbCsvMapper        *mapper,
                                       const char          *value);
void      _emb_roster_resolve         (EmbCsvMapper        *mapper);

G_END_DECLS
