/* main.c: program entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "embassy"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "emb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EmbApplication) app = NULL;
  const char *localedir = g_getenv ("EMBASSY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Embassy"));

  app = emb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
