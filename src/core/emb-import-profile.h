/* emb-import-profile.h: the saved choices of an import of one source
 *
 * An import profile names the choices that make a CSV export of one source
 * import as intended: the column mapping, the value maps (see the mapping
 * keys in emb-csv-import.h), the encoding, the order of dates and whether
 * invalid rows are skipped. An import with #EmbImportOptions.profile set
 * applies the profile (what the options give wins), and, when it succeeds,
 * saves back what it used, in the same transaction: the first run of
 *
 *   embassy --import mentions.csv --map-value "Reason:Late Flight=Boarding" \
 *           --profile Mentions
 *
 * creates the profile "Mentions" and a nightly
 * `embassy --import mentions.csv --profile Mentions` runs unattended.
 * Feedback imported with a profile and no source column has the profile's
 * name as its source, and the profile remembers the sources it imported
 * (emb_import_profile_remember_value() finds it by them).
 *
 * Profiles live in the database (table import_profile, migration 0007);
 * names are unique whatever their case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"
#include "emb-import-options.h"

G_BEGIN_DECLS

#define EMB_IMPORT_PROFILE_ERROR (emb_import_profile_error_quark ())

typedef enum
{
  EMB_IMPORT_PROFILE_ERROR_NOT_FOUND,  /* no such profile, or no profile for a source */
  EMB_IMPORT_PROFILE_ERROR_EXISTS,     /* a profile of that name exists */
  EMB_IMPORT_PROFILE_ERROR_INVALID,    /* a bad name, format or value, or damaged settings */
} EmbImportProfileError;

/**
 * EmbImportProfile:
 * @name: the profile's name
 * @format: %EMB_IMPORT_FORMAT_ROSTER_CSV or %EMB_IMPORT_FORMAT_FEEDBACK_CSV
 * @mapping: mapping key → value, as #EmbImportOptions.mapping takes them
 * @encoding: (nullable): the encoding of the files, or %NULL to detect it
 * @date_order: the order of day and month in ambiguous dates
 * @skip_invalid: whether invalid rows are skipped (and written to rejects)
 * @created_at: (nullable): when it was first saved
 * @updated_at: (nullable): when it was last saved
 */
typedef struct
{
  char            *name;
  EmbImportFormat  format;
  GHashTable      *mapping;
  char            *encoding;
  EmbDateOrder     date_order;
  gboolean         skip_invalid;
  char            *created_at;
  char            *updated_at;
} EmbImportProfile;

GQuark             emb_import_profile_error_quark    (void);

EmbImportProfile  *emb_import_profile_new            (const char              *name,
                                                      EmbImportFormat          format);
EmbImportProfile  *emb_import_profile_copy           (const EmbImportProfile  *profile);
void               emb_import_profile_free           (EmbImportProfile        *profile);

gboolean           emb_import_profile_save           (EmbDatabase             *db,
                                                      const EmbImportProfile  *profile,
                                                      gboolean                 overwrite,
                                                      GError                 **error);
EmbImportProfile  *emb_import_profile_load           (EmbDatabase             *db,
                                                      const char              *name,
                                                      GError                 **error);
GPtrArray         *emb_import_profile_list           (EmbDatabase             *db,
                                                      EmbImportFormat          format,
                                                      GError                 **error);
gboolean           emb_import_profile_delete         (EmbDatabase             *db,
                                                      const char              *name,
                                                      GError                 **error);
char              *emb_import_profile_find_for_source (EmbDatabase            *db,
                                                      const char              *source,
                                                      GError                 **error);
gboolean           emb_import_profile_remember_value (EmbDatabase             *db,
                                                      const char              *profile_or_source,
                                                      const char              *column,
                                                      const char              *value,
                                                      const char              *ours,
                                                      GError                 **error);

char              *emb_import_profile_settings_to_json   (const EmbImportProfile *profile);
gboolean           emb_import_profile_settings_from_json (EmbImportProfile       *profile,
                                                          const char             *json,
                                                          GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbImportProfile, emb_import_profile_free)

G_END_DECLS
