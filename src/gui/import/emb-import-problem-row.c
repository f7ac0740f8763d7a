/* emb-import-problem-row.c: one problem of an import, and where it is
 *
 * The message is the title; the file, line, JSON path and field, as far as
 * they are known, the subtitle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-problem-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-import-problem-row.h"

struct _EmbImportProblemRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (EmbImportProblemRow, emb_import_problem_row, ADW_TYPE_ACTION_ROW)

static void
emb_import_problem_row_class_init (EmbImportProblemRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/import/emb-import-problem-row.ui");
}

static void
emb_import_problem_row_init (EmbImportProblemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_import_problem_row_new:
 * @problem: a problem of an import report
 *
 * Returns: (transfer floating): a row showing @problem
 */
GtkWidget *
emb_import_problem_row_new (const EmbImportProblem *problem)
{
  GtkWidget *row;
  g_autoptr(GString) where = NULL;

  g_return_val_if_fail (problem != NULL, NULL);

  where = g_string_new (problem->file);
  if (problem->line > 0)
    g_string_append_printf (where, _(", line %u"), problem->line);
  if (problem->path != NULL)
    g_string_append_printf (where, ", %s", problem->path);
  if (problem->field != NULL)
    g_string_append_printf (where, ", %s", problem->field);

  /* A row's title and subtitle are markup; a file's contents are not. */
  row = g_object_new (EMB_TYPE_IMPORT_PROBLEM_ROW, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where->str);
  return row;
}
