/* emb-person-export-private.h: the sections of a person's export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One section of the export: a member of the top object, its heading, and
 * the query that fills it (?1 the employee's id, ?2 their UUID); a single
 * section is one object (or null), the others a list of objects. */
typedef struct
{
  const char *member;
  const char *heading;   /* N_() */
  gboolean    single;
  const char *sql;
} EmbPersonSection;

extern const EmbPersonSection emb_person_sections[];
extern const guint            emb_person_n_sections;

/* The readable name of a member of a section's objects (translated), or
 * NULL when it has none. */
const char *_emb_person_export_label (const char *member);

G_END_DECLS
