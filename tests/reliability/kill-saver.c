/* kill-saver.c: the manager window saving edits, for the kill test
 *
 * Usage: kill-saver DATABASE PREFIX [SAVES]
 *
 * Opens the real manager window (EmbApplication, EmbWindow) on DATABASE,
 * shows the People page and adds employees one after the other through the
 * page's real editor: "page.new" opens EmbEmployeeEditor, its fields are
 * filled as a person types them, and "editor.save" runs the editor's own
 * save path (emb_people_store_save_employee() inside the editor, which
 * closes the editor only when the save returned without an error). Only
 * then the employee number is printed ("saved PREFIX-000001") and flushed:
 * a number on standard output is an edit the window reported as saved, and
 * kill-test.sh checks that each of them is in the database after a SIGKILL
 * at any moment. The page refreshes between saves as it does for a person.
 *
 * It prints "ready" once the page has loaded, and runs until it is killed,
 * or, given SAVES, until it has saved that many (fault-test.sh). A save that
 * fails prints "failed NUMBER: " and the message the editor shows, then
 * saves the same editor again, as a person would once the disk has room:
 * forever, that is an error (exit 1); with SAVES, after a third failure of
 * the same save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kill-saver"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "emb-employee-editor.h"
#include "emb-people-page.h"
#include "emb-ui-test-util.h"

static const char *const names[] = {
  "Żaneta Łukasiewicz", "Γιώργος Παπαδόπουλος", "Seán O'Brien", "Zoë Müller",
};

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **)data == NULL;
}

static void
set_field (EmbEmployeeEditor *editor,
           const char        *field,
           const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (emb_employee_editor_get_field (editor, field)), text);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *app_id = NULL;
  g_autoptr(EmbApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWidget *page;
  guint saves = 0;

  emb_ui_test_init (&argc, &argv);
  if (argc != 3 && argc != 4)
    {
      g_printerr ("usage: kill-saver DATABASE PREFIX [SAVES]\n");
      return 2;
    }
  if (argc == 4)
    saves = (guint)g_ascii_strtoull (argv[3], NULL, 10);

  app_id = g_strdup_printf ("%s.KillSaver%d", APPLICATION_ID, (int)getpid ());
  app = emb_application_new ();
  g_application_set_application_id (G_APPLICATION (app), app_id);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  emb_application_set_database_path (app, argv[1]);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (EMB_IS_WINDOW (window));
  gtk_window_set_default_size (window, 1100, 800);
  emb_ui_test_wait_mapped (GTK_WIDGET (window));

  emb_window_show_page (EMB_WINDOW (window), "people");
  page = emb_window_get_page_widget (EMB_WINDOW (window), "people");
  emb_ui_test_wait_mapped (page);
  emb_ui_test_wait_loaded (page);
  printf ("ready\n");
  fflush (stdout);

  for (guint n = 1; saves == 0 || n <= saves; n++)
    {
      g_autofree char *number = g_strdup_printf ("%s-%06u", argv[2], n);
      g_autofree char *email = g_strdup_printf ("%s.%u@example.com", argv[2], n);
      GtkWindow *dialog = NULL;
      EmbEmployeeEditor *editor;

      g_assert_true (gtk_widget_activate_action (page, "page.new", NULL));
      editor = EMB_EMPLOYEE_EDITOR (emb_people_page_get_dialog (EMB_PEOPLE_PAGE (page)));
      set_field (editor, "employee-number", number);
      set_field (editor, "name", names[n % G_N_ELEMENTS (names)]);
      set_field (editor, "email", email);
      set_field (editor, "site", n % 2 ? "Gdańsk" : "Αθήνα");
      set_field (editor, "hire-date", "2025-02-03");

      g_set_weak_pointer (&dialog, GTK_WINDOW (editor));
      for (guint tries = 1;; tries++)
        {
          GtkLabel *shown;

          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
          if (emb_ui_test_wait_for (window_gone, &dialog, 5000))
            break;
          /* The editor stays open with the reason under its fields. */
          shown = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                            EMB_TYPE_EMPLOYEE_EDITOR,
                                                            "general_error"));
          printf ("failed %s: %s\n", number,
                  gtk_widget_get_visible (GTK_WIDGET (shown)) ? gtk_label_get_text (shown) : "");
          fflush (stdout);
          if (saves == 0 || tries == 3)
            return 1;
        }
      printf ("saved %s\n", number);
      fflush (stdout);

      /* The page takes in the change, as it does between a person's saves. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  emb_ui_test_quit_application (G_APPLICATION (app));
  return 0;
}
