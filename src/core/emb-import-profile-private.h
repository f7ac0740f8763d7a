/* emb-import-profile-private.h: import profiles inside the CSV import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-import-profile.h"

G_BEGIN_DECLS

/* What an import with #EmbImportOptions.profile uses: the profile (loaded,
 * or new when none has the name) and the options with the profile applied
 * (@mapping holds the merged mapping that @effective points to). */
typedef struct
{
  EmbImportProfile *profile;   /* NULL without a profile */
  EmbImportOptions  effective;
  GHashTable       *mapping;
} EmbImportProfileUse;

gboolean  _emb_import_profile_use      (EmbDatabase             *db,
                                        const EmbImportOptions  *options,
                                        EmbImportFormat         *format,
                                        EmbImportProfileUse     *use,
                                        GError                 **error);
void      _emb_import_profile_use_clear (EmbImportProfileUse    *use);
gboolean  _emb_import_profile_store_used (EmbDatabase           *db,
                                        EmbImportProfileUse     *use,
                                        const char * const      *headers,
                                        const char * const      *column_values,
                                        const char * const      *sources,
                                        GError                 **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EmbImportProfileUse, _emb_import_profile_use_clear)

G_END_DECLS
