/* emb-import-dialog.c: the import assistant
 *
 * Shows what an import of a file would read (format, encoding, separator,
 * the field of each column, the first rows), checks the whole file with a
 * dry run on a worker thread, lists every problem, then imports with a
 * progress bar that can be stopped: a stopped or failed import changes
 * nothing. The values of the categorical columns that the check counted
 * can be mapped (the categories that name no touchpoint first); the choices
 * can be saved as an import profile and a saved one applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-csv-import.h"
#include "emb-help.h"
#include "emb-import-dialog-private.h"
#include "emb-import-problem-row.h"
#include "emb-import-profile-dialog.h"
#include "emb-toast.h"
#include "emb-import-values-group.h"

#define PREVIEW_ROWS 5

const char *_emb_import_dialog_encodings[EMB_IMPORT_N_ENCODINGS] = {
  NULL,             /* detect */
  "UTF-8",
  "WINDOWS-1250",
  "WINDOWS-1253",
  "WINDOWS-1252",
  "ISO-8859-2",
  "ISO-8859-7",
};

static const EmbImportFormat format_of_row[] = {
  EMB_IMPORT_FORMAT_BUNDLE,
  EMB_IMPORT_FORMAT_ROSTER_CSV,
  EMB_IMPORT_FORMAT_FEEDBACK_CSV,
};

G_DEFINE_FINAL_TYPE (EmbImportDialog, emb_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_check (EmbImportDialog *self);

gboolean
_emb_import_dialog_is_csv (EmbImportDialog *self)
{
  return self->format == EMB_IMPORT_FORMAT_ROSTER_CSV ||
         self->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV;
}

/* A date column reads both day first and month first: the user must say
 * which. */
static gboolean
needs_date_order (EmbImportDialog *self)
{
  return self->preview != NULL && self->preview->ambiguous_dates != NULL &&
         adw_combo_row_get_selected (self->date_order_row) == 0;
}

static void
set_state (EmbImportDialog *self,
           const char      *state)
{
  gboolean busy;

  self->state = state;
  busy = g_str_equal (state, "importing");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start",
                                 g_str_equal (state, "ready") && !needs_date_order (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.save-profile", _emb_import_dialog_is_csv (self) && !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->encoding_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_button_set_label (self->cancel_button, busy ? _("_Stop") : _("_Cancel"));
}

static void
clear_problems (EmbImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), FALSE);
}

static void
show_problems (EmbImportDialog *self,
               EmbImportReport *report)
{
  guint n = emb_import_report_get_n_problems (report);

  clear_problems (self);
  for (guint i = 0; i < n; i++)
    {
      const EmbImportProblem *problem = emb_import_report_get_problem (report, i);
      GtkWidget *row = emb_import_problem_row_new (problem);

      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n > 0);
}

static char *
describe_counts (EmbImportReport *report,
                 gboolean         dry_run)
{
  g_auto(GStrv) kinds = emb_import_report_get_kinds (report);
  guint added = 0, updated = 0, skipped = 0;

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      guint a, u, s;

      emb_import_report_get_counts (report, kinds[i], &a, &u, &s);
      added += a;
      updated += u;
      skipped += s;
    }

  if (dry_run)
    /* Translators: the three numbers are records */
    return g_strdup_printf (_("Ready: %u to add, %u to update, %u unchanged."), added, updated, skipped);
  return g_strdup_printf (_("Imported: %u added, %u updated, %u unchanged."), added, updated, skipped);
}

/* The preview -------------------------------------------------------- */

static void
clear_columns (EmbImportDialog *self)
{
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);
}

static void
on_column_field_changed (EmbImportDialog *self)
{
  if (self->updating)
    return;

  if (self->mapping == NULL)
    self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* Once the user chooses, every column's field is given explicitly. */
  for (guint i = 0; i < self->column_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->column_rows, i);
      const char * const *fields = emb_csv_import_list_fields (self->format);
      guint selected = adw_combo_row_get_selected (row);
      const char *header = self->preview->headers[i];

      g_hash_table_insert (self->mapping, g_strdup (header),
                           g_strdup (selected == 0 || fields == NULL ? "" : fields[selected - 1]));
    }

  start_check (self);
}

static void
build_columns (EmbImportDialog *self)
{
  const char * const *fields = emb_csv_import_list_fields (self->format);

  clear_columns (self);

  for (guint i = 0; i < self->preview->n_columns; i++)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      const char *field = self->preview->fields[i];
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      guint selected = 0;

      gtk_string_list_append (labels, _("Not imported"));
      for (guint f = 0; fields != NULL && fields[f] != NULL; f++)
        {
          gtk_string_list_append (labels, emb_csv_import_field_label (fields[f]));
          if (g_strcmp0 (field, fields[f]) == 0)
            selected = f + 1;
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->preview->headers[i]);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      adw_combo_row_set_selected (row, selected);
      g_signal_connect_object (row, "notify::selected",
                               G_CALLBACK (on_column_field_changed), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
}

static void
build_preview_grid (EmbImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);

  for (guint c = 0; c < self->preview->n_columns; c++)
    {
      GtkWidget *label = gtk_label_new (self->preview->headers[c]);

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_grid_attach (self->preview_grid, label, c, 0, 1, 1);
    }

  for (guint r = 0; r < self->preview->rows->len; r++)
    {
      const EmbCsvPreviewRow *row = g_ptr_array_index (self->preview->rows, r);

      for (guint c = 0; c < row->n_values && c < self->preview->n_columns; c++)
        {
          GtkWidget *label = gtk_label_new (row->values[c] != NULL ? row->values[c] : "");

          gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
          gtk_grid_attach (self->preview_grid, label, c, r + 1, 1, 1);
        }
    }
}

static const char *
separator_name (char separator)
{
  switch (separator)
    {
    case ',':
      return _("Comma");
    case ';':
      return _("Semicolon");
    case '\t':
      return _("Tab");
    default:
      return _("Unknown");
    }
}

static void
fill_options (EmbImportDialog  *self,
              EmbImportOptions *options)
{
  guint encoding = adw_combo_row_get_selected (self->encoding_row);

  memset (options, 0, sizeof *options);
  options->format = self->format;
  options->encoding = encoding < EMB_IMPORT_N_ENCODINGS ? _emb_import_dialog_encodings[encoding] : NULL;
  options->mapping = self->mapping;
  options->profile = self->profile;
  options->skip_invalid = gtk_switch_get_active (self->skip_switch);
  options->date_order = (EmbDateOrder)adw_combo_row_get_selected (self->date_order_row);
}

/* A copy of the mapping for the worker thread, which must not share the
 * table the assistant goes on changing. */
GHashTable *
_emb_import_dialog_copy_mapping (GHashTable *mapping)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (mapping != NULL)
    {
      g_hash_table_iter_init (&iter, mapping);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
    }
  return copy;
}

static void
update_preview (EmbImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  EmbImportOptions options;

  g_clear_pointer (&self->preview, emb_csv_preview_free);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), _emb_import_dialog_is_csv (self));
  gtk_widget_set_visible (GTK_WIDGET (self->separator_row), _emb_import_dialog_is_csv (self));
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), _emb_import_dialog_is_csv (self));
  gtk_widget_set_visible (GTK_WIDGET (self->preview_group), _emb_import_dialog_is_csv (self));

  if (!_emb_import_dialog_is_csv (self))
    {
      clear_columns (self);
      return;
    }

  fill_options (self, &options);
  if (!emb_csv_preview (self->database, self->file, self->format, &options, PREVIEW_ROWS,
                        NULL, &self->preview, &error))
    {
      clear_columns (self);
      gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->preview_group), FALSE);
      adw_action_row_set_subtitle (self->separator_row, "");
      return;
    }

  self->updating = TRUE;
  if (adw_combo_row_get_selected (self->encoding_row) == 0)
    {
      g_autofree char *detected = g_strdup_printf (_("Detected: %s"), self->preview->encoding);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), detected);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), "");
  adw_action_row_set_subtitle (self->separator_row, separator_name (self->preview->separator));
  gtk_widget_set_visible (GTK_WIDGET (self->date_order_row),
                          self->preview->ambiguous_dates != NULL ||
                          adw_combo_row_get_selected (self->date_order_row) > 0);
  if (self->preview->ambiguous_dates != NULL)
    {
      /* Translators: %s is the header of a date column */
      g_autofree char *subtitle = g_strdup_printf (_("The dates of “%s” read both ways; say "
                                                     "which before importing"),
                                                   self->preview->ambiguous_dates);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->date_order_row), subtitle);
    }
  build_columns (self);
  build_preview_grid (self);
  self->updating = FALSE;
}

/* Checking (a dry run of the whole file) ----------------------------- */

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EmbImportDialog) self = user_data;
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = emb_import_file_finish (EMB_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED))
    return;

  g_clear_object (&self->check_cancellable);
  g_clear_pointer (&self->check_report, emb_import_report_unref);
  self->check_report = emb_import_report_ref (emb_import_file_get_report (result));
  emb_import_values_group_show (self->categories_group, self->database, self->check_report,
                                self->mapping);
  emb_import_values_group_show (self->values_group, self->database, self->check_report,
                                self->mapping);

  if (report == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), error->message);
      gtk_image_set_from_icon_name (self->summary_icon, "dialog-error-symbolic");
      show_problems (self, self->check_report);
      set_state (self, "invalid");
      return;
    }

  {
    g_autofree char *summary = describe_counts (report, TRUE);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), summary);
    gtk_image_set_from_icon_name (self->summary_icon, "emblem-ok-symbolic");
    clear_problems (self);
    set_state (self, "ready");
  }
}

static void
start_check (EmbImportDialog *self)
{
  g_autoptr(GHashTable) mapping = _emb_import_dialog_copy_mapping (self->mapping);
  EmbImportOptions options;

  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  fill_options (self, &options);
  options.dry_run = TRUE;
  options.mapping = mapping;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row),
                                 _("Checking the whole file…"));
  gtk_image_set_from_icon_name (self->summary_icon, "content-loading-symbolic");
  clear_problems (self);
  set_state (self, "checking");

  emb_import_file_async (self->database, self->file, &options, self->check_cancellable,
                         on_check_done, g_object_ref (self));
}

void
_emb_import_dialog_update_all (EmbImportDialog *self)
{
  update_preview (self);
  start_check (self);
}

static void
on_format_changed (EmbImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  if (self->updating || selected >= G_N_ELEMENTS (format_of_row))
    return;

  self->format = format_of_row[selected];
  g_clear_pointer (&self->mapping, g_hash_table_unref);
  _emb_import_dialog_load_profiles (self, NULL);
  _emb_import_dialog_update_all (self);
}

static void
on_encoding_changed (EmbImportDialog *self)
{
  if (self->updating)
    return;
  _emb_import_dialog_update_all (self);
}

/* Value maps and profiles ---------------------------------------------- */

static void
ensure_mapping (EmbImportDialog *self)
{
  if (self->mapping == NULL)
    self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
on_value_changed (EmbImportDialog *self,
                  const char      *key,
                  const char      *ours)
{
  ensure_mapping (self);
  if (ours == NULL)
    g_hash_table_remove (self->mapping, key);
  else
    g_hash_table_replace (self->mapping, g_strdup (key), g_strdup (ours));
  _emb_import_dialog_update_all (self);
}

/* Importing ---------------------------------------------------------- */

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_atomic_int_set (&progress->permille, (int)(CLAMP (fraction, 0.0, 1.0) * 1000));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  EmbImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 g_atomic_int_get (&self->progress->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(EmbImportDialog) self = user_data;
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->import_cancellable);

  report = emb_import_file_finish (EMB_DATABASE (source), result, &error);
  if (report != NULL)
    {
      g_autofree char *summary = describe_counts (report, FALSE);

      set_state (self, "done");
      g_signal_emit (self, signals[IMPORTED], 0, summary);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row),
                                     _("The import was stopped. Nothing was changed."));
      gtk_image_set_from_icon_name (self->summary_icon, "dialog-information-symbolic");
      set_state (self, "cancelled");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", TRUE);
      return;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), error->message);
  gtk_image_set_from_icon_name (self->summary_icon, "dialog-error-symbolic");
  show_problems (self, emb_import_file_get_report (result));
  set_state (self, "failed");
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EmbImportDialog *self = EMB_IMPORT_DIALOG (widget);
  g_autoptr(GHashTable) mapping = _emb_import_dialog_copy_mapping (self->mapping);
  EmbImportOptions options;

  fill_options (self, &options);
  options.mapping = mapping;
  options.progress = progress_cb;
  options.progress_data = self->progress;

  g_atomic_int_set (&self->progress->permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  self->import_cancellable = g_cancellable_new ();
  self->progress_source = g_timeout_add (100, update_progress_cb, self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), _("Importing…"));
  gtk_image_set_from_icon_name (self->summary_icon, "content-loading-symbolic");
  set_state (self, "importing");

  emb_import_file_async (self->database, self->file, &options, self->import_cancellable,
                         on_import_done, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbImportDialog *self = EMB_IMPORT_DIALOG (widget);

  /* While importing, Cancel stops the import (which then changes nothing);
   * otherwise it closes the assistant. */
  if (self->import_cancellable != NULL)
    {
      g_cancellable_cancel (self->import_cancellable);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
emb_import_dialog_close_request (GtkWindow *window)
{
  EmbImportDialog *self = EMB_IMPORT_DIALOG (window);

  /* Closing while importing stops the import first. */
  if (self->import_cancellable != NULL)
    {
      g_cancellable_cancel (self->import_cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (emb_import_dialog_parent_class)->close_request (window);
}

static void
emb_import_dialog_dispose (GObject *object)
{
  EmbImportDialog *self = (EmbImportDialog *)object;

  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (emb_import_dialog_parent_class)->dispose (object);
}

static void
emb_import_dialog_finalize (GObject *object)
{
  EmbImportDialog *self = (EmbImportDialog *)object;

  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_pointer (&self->mapping, g_hash_table_unref);
  g_clear_pointer (&self->preview, emb_csv_preview_free);
  g_clear_pointer (&self->check_report, emb_import_report_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_free (self->profile);
  g_free (self->progress);

  G_OBJECT_CLASS (emb_import_dialog_parent_class)->finalize (object);
}

static void
emb_import_dialog_class_init (EmbImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = emb_import_dialog_dispose;
  object_class->finalize = emb_import_dialog_finalize;
  window_class->close_request = emb_import_dialog_close_request;

  /**
   * EmbImportDialog::imported:
   * @summary: what the import did, for a person
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/import/emb-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, profile_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, date_order_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, categories_group);
  gtk_widget_class_bind_template_child (widget_class, EmbImportDialog, values_group);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.save-profile", NULL,
                                   _emb_import_dialog_save_profile_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  emb_help_class_install (widget_class, "import", NULL);
}

static void
emb_import_dialog_init (EmbImportDialog *self)
{
  g_autoptr(GtkStringList) encoding_names = gtk_string_list_new (NULL);

  g_type_ensure (EMB_TYPE_IMPORT_VALUES_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_rows = g_ptr_array_new ();
  self->profiles = g_ptr_array_new_with_free_func (g_free);
  self->progress = g_new0 (Progress, 1);
  self->state = "checking";

  gtk_string_list_append (encoding_names, _("Detect automatically"));
  gtk_string_list_append (encoding_names, _("Unicode (UTF-8)"));
  gtk_string_list_append (encoding_names, _("Central European (Windows-1250)"));
  gtk_string_list_append (encoding_names, _("Greek (Windows-1253)"));
  gtk_string_list_append (encoding_names, _("Western (Windows-1252)"));
  gtk_string_list_append (encoding_names, _("Central European (ISO-8859-2)"));
  gtk_string_list_append (encoding_names, _("Greek (ISO-8859-7)"));
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (encoding_names));

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (on_format_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->encoding_row, "notify::selected",
                           G_CALLBACK (on_encoding_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile_row, "notify::selected",
                           G_CALLBACK (_emb_import_dialog_on_profile_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skip_switch, "notify::active",
                           G_CALLBACK (on_encoding_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_order_row, "notify::selected",
                           G_CALLBACK (on_encoding_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->categories_group, "value-changed",
                           G_CALLBACK (on_value_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->values_group, "value-changed",
                           G_CALLBACK (on_value_changed), self, G_CONNECT_SWAPPED);
}

/**
 * emb_import_dialog_new:
 * @file: the file to import
 *
 * Returns: (transfer none): the assistant, already checking @file
 */
EmbImportDialog *
emb_import_dialog_new (GtkWindow   *parent,
                       EmbDatabase *database,
                       GFile       *file)
{
  EmbImportDialog *self;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  EmbImportFormat detected;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (EMB_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);

  name = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->file_row, name);

  detected = emb_import_detect_format (file, &error);
  if (detected == EMB_IMPORT_FORMAT_AUTO)
    detected = EMB_IMPORT_FORMAT_FEEDBACK_CSV;
  emb_import_dialog_set_format (self, detected);

  return self;
}

EmbImportFormat
emb_import_dialog_get_format (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), EMB_IMPORT_FORMAT_AUTO);

  return self->format;
}

void
emb_import_dialog_set_format (EmbImportDialog *self,
                              EmbImportFormat  format)
{
  g_return_if_fail (EMB_IS_IMPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (format_of_row); i++)
    if (format_of_row[i] == format)
      {
        self->format = format;
        self->updating = TRUE;
        adw_combo_row_set_selected (self->format_row, i);
        self->updating = FALSE;
        g_clear_pointer (&self->mapping, g_hash_table_unref);
        _emb_import_dialog_load_profiles (self, NULL);
        _emb_import_dialog_update_all (self);
        return;
      }
}

const char *
emb_import_dialog_get_encoding (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  return self->preview != NULL ? self->preview->encoding : NULL;
}

/**
 * emb_import_dialog_set_encoding:
 * @encoding: (nullable): an encoding such as "WINDOWS-1250", or %NULL to detect
 */
void
emb_import_dialog_set_encoding (EmbImportDialog *self,
                                const char      *encoding)
{
  g_return_if_fail (EMB_IS_IMPORT_DIALOG (self));

  for (guint i = 0; i < EMB_IMPORT_N_ENCODINGS; i++)
    if (g_strcmp0 (_emb_import_dialog_encodings[i], encoding) == 0)
      {
        adw_combo_row_set_selected (self->encoding_row, i);
        return;
      }
}

static AdwComboRow *
find_column_row (EmbImportDialog *self,
                 const char      *column)
{
  for (guint i = 0; self->preview != NULL && i < self->column_rows->len; i++)
    if (g_strcmp0 (self->preview->headers[i], column) == 0)
      return g_ptr_array_index (self->column_rows, i);
  return NULL;
}

/**
 * emb_import_dialog_set_column_field:
 * @field: (nullable): a field name, or %NULL for "not imported"
 *
 * Chooses the field a column is read into, as its row in the assistant does.
 */
void
emb_import_dialog_set_column_field (EmbImportDialog *self,
                                    const char      *column,
                                    const char      *field)
{
  AdwComboRow *row;
  const char * const *fields;

  g_return_if_fail (EMB_IS_IMPORT_DIALOG (self));

  row = find_column_row (self, column);
  g_return_if_fail (row != NULL);

  fields = emb_csv_import_list_fields (self->format);
  if (field == NULL)
    {
      adw_combo_row_set_selected (row, 0);
      return;
    }
  for (guint f = 0; fields != NULL && fields[f] != NULL; f++)
    if (g_str_equal (fields[f], field))
      {
        adw_combo_row_set_selected (row, f + 1);
        return;
      }
  g_return_if_reached ();
}

/**
 * emb_import_dialog_get_column_field:
 *
 * Returns: (nullable): the field @column is read into, or %NULL
 */
const char *
emb_import_dialog_get_column_field (EmbImportDialog *self,
                                    const char      *column)
{
  AdwComboRow *row;
  const char * const *fields;
  guint selected;

  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  row = find_column_row (self, column);
  if (row == NULL)
    return NULL;
  fields = emb_csv_import_list_fields (self->format);
  selected = adw_combo_row_get_selected (row);
  return selected == 0 || fields == NULL ? NULL : fields[selected - 1];
}

guint
emb_import_dialog_get_n_preview_rows (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), 0);

  return self->preview != NULL ? self->preview->rows->len : 0;
}

/**
 * emb_import_dialog_get_check_report:
 *
 * Returns: (transfer none) (nullable): the report of the last check
 */
EmbImportReport *
emb_import_dialog_get_check_report (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  return self->check_report;
}

/**
 * emb_import_dialog_get_state:
 *
 * Returns: "checking", "ready", "invalid", "importing", "done", "cancelled"
 *   or "failed"
 */
const char *
emb_import_dialog_get_state (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  return self->state;
}

/**
 * emb_import_dialog_find_value_row:
 *
 * Returns: (transfer none) (nullable): the row of a value of a categorical
 *   column, among the categories or the other values
 */
EmbImportValueRow *
emb_import_dialog_find_value_row (EmbImportDialog *self,
                                  const char      *column,
                                  const char      *value)
{
  EmbImportValueRow *row;

  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  row = emb_import_values_group_find_row (self->categories_group, column, value);
  return row != NULL ? row : emb_import_values_group_find_row (self->values_group, column, value);
}

void
emb_import_dialog_set_skip_invalid (EmbImportDialog *self,
                                    gboolean         skip)
{
  g_return_if_fail (EMB_IS_IMPORT_DIALOG (self));
  gtk_switch_set_active (self->skip_switch, skip);
}
