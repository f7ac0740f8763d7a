/* emb-import-profile-dialog.h: saving the choices of the import assistant
 * as a named import profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-import-profile.h"

G_BEGIN_DECLS

#define EMB_TYPE_IMPORT_PROFILE_DIALOG (emb_import_profile_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbImportProfileDialog, emb_import_profile_dialog, EMB, IMPORT_PROFILE_DIALOG,
                      AdwMessageDialog)

EmbImportProfileDialog *emb_import_profile_dialog_new      (GtkWindow               *parent,
                                                            EmbDatabase             *database,
                                                            const EmbImportProfile  *profile);
void                    emb_import_profile_dialog_set_name (EmbImportProfileDialog  *self,
                                                            const char              *name);

G_END_DECLS
