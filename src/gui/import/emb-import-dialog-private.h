/* emb-import-dialog-private.h: the import assistant's parts
 *
 *   emb-import-dialog.c           the flow: preview, check, import
 *   emb-import-dialog-profiles.c  import profiles: applying, saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-csv-import.h"
#include "emb-import-dialog.h"

G_BEGIN_DECLS

#define EMB_IMPORT_N_ENCODINGS 7

/* Shared with the worker thread, which only writes the fraction. */
typedef struct
{
  int permille;
} Progress;

struct _EmbImportDialog
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  GFile               *file;
  EmbImportFormat      format;
  GHashTable          *mapping;      /* column → field, once the user chose */
  EmbCsvPreview       *preview;
  EmbImportReport     *check_report;
  GCancellable        *check_cancellable;
  GCancellable        *import_cancellable;
  Progress            *progress;
  guint                progress_source;
  const char          *state;
  GPtrArray           *column_rows;  /* AdwComboRow, one per column */
  gboolean             updating;
  GPtrArray           *profiles;     /* the names in profile_row, after "None" */
  char                *profile;      /* the profile applied, or NULL */

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *import_button;
  GtkProgressBar      *progress_bar;
  AdwActionRow        *file_row;
  AdwComboRow         *format_row;
  AdwComboRow         *encoding_row;
  AdwActionRow        *separator_row;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *preview_group;
  GtkGrid             *preview_grid;
  AdwActionRow        *summary_row;
  GtkImage            *summary_icon;
  GtkListBox          *problems_list;
  AdwComboRow         *profile_row;
  GtkSwitch           *skip_switch;
  AdwComboRow         *date_order_row;
  EmbImportValuesGroup *categories_group;
  EmbImportValuesGroup *values_group;
};


extern const char *_emb_import_dialog_encodings[EMB_IMPORT_N_ENCODINGS];

gboolean    _emb_import_dialog_is_csv                (EmbImportDialog *self);
void        _emb_import_dialog_update_all            (EmbImportDialog *self);
GHashTable *_emb_import_dialog_copy_mapping          (GHashTable      *mapping);
void        _emb_import_dialog_load_profiles         (EmbImportDialog *self,
                                                      const char      *select);
void        _emb_import_dialog_on_profile_changed    (EmbImportDialog *self);
void        _emb_import_dialog_save_profile_action   (GtkWidget       *widget,
                                                      const char      *action_name,
                                                      GVariant        *parameter);

G_END_DECLS
