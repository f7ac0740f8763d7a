/* emb-command-line.c: the commands that run without a window
 *
 * --import, --export, --backup, --restore, --export-person and
 * --erase-person work with no display at all
 * (DISPLAY and WAYLAND_DISPLAY unset): they run from
 * GApplication::handle-local-options, before GTK is initialised, print a
 * short summary and exit with 0 on success and 1 on failure (2 for a
 * command line that makes no sense).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "emb-backup.h"
#include "emb-bundle.h"
#include "emb-command-line.h"
#include "emb-import.h"
#include "emb-import-profile.h"
#include "emb-person-erase.h"
#include "emb-person-export.h"

const GOptionEntry emb_command_line_entries[] = {
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Import FILE (a programme bundle, or a roster or feedback CSV file) and quit"), N_("FILE") },
  { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The format of the imported file, when it cannot be detected: bundle, roster-csv or feedback-csv"),
    N_("FORMAT") },
  { "map", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Read the CSV column COLUMN as FIELD (repeat for more columns)"), N_("COLUMN=FIELD") },
  { "map-value", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Read VALUE in the CSV column COLUMN as OURS, such as a touchpoint or a kind (repeat for more values)"),
    N_("COLUMN:VALUE=OURS") },
  { "profile", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Apply the saved import profile NAME, and save in it what this import adds (created when missing)"),
    N_("NAME") },
  { "encoding", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The character encoding of a CSV file that is not UTF-8, such as WINDOWS-1250"), N_("ENCODING") },
  { "dry-run", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Check the import and report what it would change, without changing anything"), NULL },
  { "date-order", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("How dates such as 2/5/2022 read in a CSV file: MDY (month first) or DMY (day first)"),
    N_("ORDER") },
  { "skip-invalid", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Import the valid rows of a CSV file and write the others, with the reason, to a rejects file"),
    NULL },
  { "rejects", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --skip-invalid writes the refused rows (default: NAME.rejects.csv beside the file)"),
    N_("FILE") },
  { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the whole programme as a bundle to FILE and quit"), N_("FILE") },
  { "backup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a consistent copy of the database to FILE and quit"), N_("FILE") },
  { "restore", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the backup FILE and replace the database with it, keeping the previous one aside"),
    N_("FILE") },
  { "export-person", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export everything the programme holds about the employee NUMBER to FILE (.json or .html) "
       "and quit"),
    N_("NUMBER FILE") },
  { "erase-person", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Erase the personal data of the employee NUMBER, keeping their nominations, decisions "
       "and acknowledgements counted without their name, and quit (asks first)"),
    N_("NUMBER") },
  { "yes", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Erase without asking, with --erase-person (for scripts)"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("The file --export-person writes"), N_("FILE") },
  { NULL }
};

static const struct {
  const char      *name;
  EmbImportFormat  format;
} formats[] = {
  { "bundle", EMB_IMPORT_FORMAT_BUNDLE },
  { "roster-csv", EMB_IMPORT_FORMAT_ROSTER_CSV },
  { "feedback-csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV },
};

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", message);
  return 1;
}

static EmbDatabase *
open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  EmbDatabase *db = emb_database_open (path, &error);

  if (db == NULL)
    g_printerr ("%s\n", error->message);
  return db;
}

/* --map-value COLUMN:VALUE=OURS → the mapping key "value:COLUMN:VALUE"
 * (the import finds the column, whose header may hold colons). */
static gboolean
read_value_maps (GVariantDict  *options,
                 GHashTable   **mapping)
{
  g_autofree const char **maps = NULL;

  if (!g_variant_dict_lookup (options, "map-value", "^a&s", &maps))
    return TRUE;

  if (*mapping == NULL)
    *mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; maps[i] != NULL; i++)
    {
      const char *colon = strchr (maps[i], ':');
      const char *eq = strrchr (maps[i], '=');

      if (colon == NULL || colon == maps[i] || eq == NULL || eq < colon || eq == colon + 1)
        {
          g_printerr (_("--map-value needs COLUMN:VALUE=OURS, such as "
                        "\"Reason:Late Flight=Boarding\", not “%s”.\n"), maps[i]);
          return FALSE;
        }
      g_hash_table_insert (*mapping, g_strdup_printf ("value:%.*s", (int)(eq - maps[i]), maps[i]),
                           g_strdup (eq + 1));
    }
  return TRUE;
}

/* After the summary's list of categories that name no touchpoint: how to
 * map them. */
static void
print_triage_hint (EmbImportReport *report)
{
  for (guint i = 0; i < emb_import_report_get_n_values (report); i++)
    {
      const EmbImportValue *value = emb_import_report_get_value (report, i);

      if (value->unknown)
        {
          g_autofree char *example = g_strdup_printf ("--map-value \"%s:%s=%s\"", value->column,
                                                      value->value, _("Touchpoint"));

          /* Translators: %s is an example such as --map-value "Reason:Late Flight=Touchpoint" */
          g_print (_("To give a category a touchpoint on the next import: %s\n"), example);
          return;
        }
    }
}

static int
run_import (const char *path,
            const char *filename,
            GVariantDict *options)
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree const char **maps = NULL;
  const char *format_name = NULL;
  const char *encoding = NULL;
  const char *date_order = NULL;
  const char *rejects = NULL;
  EmbImportOptions import_options = { 0 };
  gboolean ok;

  if (g_variant_dict_lookup (options, "format", "&s", &format_name))
    {
      guint i;

      for (i = 0; i < G_N_ELEMENTS (formats); i++)
        if (g_str_equal (formats[i].name, format_name))
          break;
      if (i == G_N_ELEMENTS (formats))
        {
          g_printerr (_("Unknown format “%s”: use bundle, roster-csv or feedback-csv.\n"), format_name);
          return 2;
        }
      import_options.format = formats[i].format;
    }

  if (g_variant_dict_lookup (options, "map", "^a&s", &maps))
    {
      mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; maps[i] != NULL; i++)
        {
          const char *eq = strrchr (maps[i], '=');

          if (eq == NULL || eq == maps[i] || eq[1] == '\0')
            {
              g_printerr (_("--map needs COLUMN=FIELD, not “%s”.\n"), maps[i]);
              return 2;
            }
          g_hash_table_insert (mapping, g_strndup (maps[i], eq - maps[i]), g_strdup (eq + 1));
        }
      import_options.mapping = mapping;
    }

  if (!read_value_maps (options, &mapping))
    return 2;
  import_options.mapping = mapping;
  g_variant_dict_lookup (options, "profile", "&s", &import_options.profile);

  if (g_variant_dict_lookup (options, "encoding", "&s", &encoding))
    import_options.encoding = encoding;
  import_options.dry_run = g_variant_dict_contains (options, "dry-run");

  if (g_variant_dict_lookup (options, "date-order", "&s", &date_order))
    {
      if (g_ascii_strcasecmp (date_order, "MDY") == 0)
        import_options.date_order = EMB_DATE_ORDER_MDY;
      else if (g_ascii_strcasecmp (date_order, "DMY") == 0)
        import_options.date_order = EMB_DATE_ORDER_DMY;
      else
        {
          g_printerr (_("Unknown date order “%s”: use MDY (month first) or DMY (day first).\n"),
                      date_order);
          return 2;
        }
    }
  import_options.skip_invalid = g_variant_dict_contains (options, "skip-invalid");
  if (g_variant_dict_lookup (options, "rejects", "^&ay", &rejects))
    {
      if (!import_options.skip_invalid)
        {
          g_printerr (_("--rejects goes with --skip-invalid.\n"));
          return 2;
        }
      import_options.rejects = rejects;
    }

  db = open_database (path);
  if (db == NULL)
    return 1;

  ok = emb_import_file (db, file, &import_options, NULL, report, &error);
  summary = emb_import_report_to_string (report);

  if (!ok)
    {
      g_printerr ("%s", summary);
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s", summary);
  print_triage_hint (report);
  if (import_options.profile != NULL && !import_options.dry_run)
    g_print (_("Saved the import profile “%s”.\n"), import_options.profile);
  g_print ("%s\n", import_options.dry_run
                   ? _("Dry run: nothing was changed.")
                   : _("Import complete."));
  return 0;
}

static int
run_export (const char *path,
            const char *filename)
{
  g_autoptr(EmbDatabase) db = open_database (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  if (db == NULL)
    return 1;
  if (!emb_bundle_export (db, file, NULL, NULL, NULL, &error))
    return fail ("%s", error->message);
  g_print (_("Exported the programme to %s.\n"), name);
  return 0;
}

static int
run_backup (const char *path,
            const char *filename)
{
  g_autoptr(EmbDatabase) db = open_database (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_canonicalize_filename (filename, NULL);

  if (db == NULL)
    return 1;
  if (!emb_backup_write (db, target, NULL, NULL, NULL, &error))
    return fail ("%s", error->message);
  g_print (_("Backed up %s to %s.\n"), path, target);
  return 0;
}

static int
run_restore (const char *path,
             const char *filename)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_canonicalize_filename (filename, NULL);
  g_autofree char *previous = NULL;

  if (!emb_backup_restore (source, path, &previous, &error))
    return fail ("%s", error->message);
  g_print (_("Restored %s from %s.\n"), path, source);
  if (previous != NULL)
    g_print (_("The previous database was kept as %s.\n"), previous);
  return 0;
}

static int
run_export_person (const char  *path,
                   const char  *number,
                   const char **files)
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  EmbPersonExportFormat format;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr (_("--export-person needs an employee number and one file: "
                    "--export-person NUMBER FILE.\n"));
      return 2;
    }
  file = g_file_new_for_commandline_arg (files[0]);
  name = g_file_get_parse_name (file);
  if (!emb_person_export_format_for_file (file, &format))
    {
      g_printerr (_("“%s” ends in neither .json nor .html: the name of the file says which "
                    "format to write.\n"), name);
      return 2;
    }

  db = open_database (path);
  if (db == NULL)
    return 1;
  if (!emb_person_export (db, number, file, format, &error))
    return fail ("%s", error->message);
  g_print (_("Exported the personal data of employee %s to %s.\n"), number, name);
  return 0;
}

/* Asks on the terminal to type the employee number; only a terminal can
 * answer. */
static gboolean
confirm_erasure (const char *number,
                 const char *description)
{
  char answer[256];
  g_autofree char *typed = NULL;

  if (!isatty (STDIN_FILENO))
    {
      g_printerr (_("Not erasing: erasure cannot be undone and is confirmed on a terminal. "
                    "Give --yes to erase from a script.\n"));
      return FALSE;
    }
  g_print ("%s\n\n", description);
  /* Translators: %s is an employee number the user types to confirm */
  g_print (_("Type the employee number %s to erase this person, or press Enter to keep them: "),
           number);
  fflush (stdout);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;
  typed = g_strstrip (g_strdup (answer));
  return g_str_equal (typed, number);
}

static int
run_erase_person (const char *path,
                  const char *number,
                  gboolean    yes)
{
  g_autoptr(EmbDatabase) db = open_database (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  if (db == NULL)
    return 1;
  description = emb_person_erase_describe (db, number, NULL, &error);
  if (description == NULL)
    return fail ("%s", error->message);
  if (!yes && !confirm_erasure (number, description))
    return fail ("%s", _("Nothing was erased."));
  if (!emb_person_erase (db, number, &error))
    return fail ("%s", error->message);
  g_print (_("Erased the personal data of employee %s.\n"), number);
  return 0;
}

/**
 * emb_command_line_run:
 * @options: the parsed command line
 * @database_path: the database to work on
 *
 * Returns: the exit status, or -1 when the command line asks for no command
 *   (the application then starts as usual)
 */
int
emb_command_line_run (GVariantDict *options,
                      const char   *database_path)
{
  const char *import = NULL, *export = NULL, *backup = NULL, *restore = NULL;
  const char *export_person = NULL, *erase_person = NULL;
  g_autofree const char **files = NULL;
  guint n_commands = 0;

  g_return_val_if_fail (options != NULL, 2);
  g_return_val_if_fail (database_path != NULL, 2);

  n_commands += g_variant_dict_lookup (options, "import", "^&ay", &import);
  n_commands += g_variant_dict_lookup (options, "export", "^&ay", &export);
  n_commands += g_variant_dict_lookup (options, "backup", "^&ay", &backup);
  n_commands += g_variant_dict_lookup (options, "restore", "^&ay", &restore);
  n_commands += g_variant_dict_lookup (options, "export-person", "&s", &export_person);
  n_commands += g_variant_dict_lookup (options, "erase-person", "&s", &erase_person);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* Only --export-person takes a file without an option. */
  if (export_person == NULL && files != NULL && files[0] != NULL)
    {
      g_printerr (_("Unexpected “%s”: only --export-person NUMBER FILE takes a file that way.\n"),
                  files[0]);
      return 2;
    }
  if (erase_person == NULL && g_variant_dict_contains (options, "yes"))
    {
      g_printerr (_("--yes goes with --erase-person.\n"));
      return 2;
    }

  if (n_commands == 0)
    {
      if (g_variant_dict_contains (options, "format") || g_variant_dict_contains (options, "map") ||
          g_variant_dict_contains (options, "map-value") ||
          g_variant_dict_contains (options, "profile") ||
          g_variant_dict_contains (options, "encoding") || g_variant_dict_contains (options, "dry-run"))
        {
          g_printerr (_("--format, --map, --map-value, --profile, --encoding and --dry-run go with "
                        "--import.\n"));
          return 2;
        }
      if (g_variant_dict_contains (options, "date-order") ||
          g_variant_dict_contains (options, "skip-invalid") ||
          g_variant_dict_contains (options, "rejects"))
        {
          g_printerr (_("--date-order, --skip-invalid and --rejects go with --import.\n"));
          return 2;
        }
      return -1;
    }

  if (n_commands > 1)
    {
      g_printerr (_("Give one of --import, --export, --backup, --restore, --export-person and "
                    "--erase-person at a time.\n"));
      return 2;
    }

  if (import != NULL)
    return run_import (database_path, import, options);
  if (export != NULL)
    return run_export (database_path, export);
  if (export_person != NULL)
    return run_export_person (database_path, export_person, files);
  if (erase_person != NULL)
    return run_erase_person (database_path, erase_person,
                             g_variant_dict_contains (options, "yes"));
  if (backup != NULL)
    return run_backup (database_path, backup);
  return run_restore (database_path, restore);
}
