/* emb-help.c: the user guide and the keyboard shortcuts of a window
 *
 * The user guide is Mallard (data/help/C), installed for the help browser
 * as `help:io.github.embassyapp.Embassy/PAGE`. A window class that offers
 * help installs `win.help` with emb_help_class_install(), naming the page
 * about what it shows (for the manager window, the area shown: see
 * areas[] below); F1 and the "Help" item of its menu open that page. Its
 * keyboard shortcuts window (`win.show-help-overlay`, Ctrl+?) is installed
 * with emb_help_class_install_shortcuts(). The kiosk installs neither, and
 * in --kiosk mode the application drops every accelerator.
 *
 * The URI goes through gtk_show_uri_full() (GtkUriLauncher is GTK 4.10),
 * which asks GIO for the handler of help: URIs: Yelp where it is installed;
 * inside a Flatpak the runtime's own Yelp, which sees the sandbox's
 * /app/share/help (see docs/hacking.md). When nothing can open it, a toast
 * says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-help"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-help.h"
#include "emb-toast.h"

/* The page of each area of the manager window (src/gui/window/emb-window.c). */
static const struct
{
  const char *area;
  const char *page;
} areas[] = {
  { "overview", "overview" },
  { "values", "values" },
  { "promises", "promises" },
  { "journey", "journey" },
  { "people", "people" },
  { "recognition", "recognition" },
  { "pilots", "pilots" },
  { "feedback", "feedback" },
  { "announcements", "announcements" },
};

/* What a class that offers help opens: a page, or a function that says. */
typedef struct
{
  const char      *page;
  EmbHelpPageFunc  page_func;
} HelpClass;

static GQuark help_quark;
static GQuark shortcuts_quark;

/* The tests' interception (emb_help_test_intercept()). */
static gboolean intercepting;
static GError *intercept_error;
static char *last_uri;

/**
 * emb_help_page_for_area:
 * @area: (nullable): the name of an area of the manager window
 *
 * Returns: the page of the user guide about @area, "index" for an area
 *   without one
 */
const char *
emb_help_page_for_area (const char *area)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].area, area) == 0)
      return areas[i].page;
  return "index";
}

/**
 * emb_help_uri:
 * @page: (nullable): a page of the user guide, %NULL for the first one
 *
 * Returns: (transfer full): the help: URI of @page
 */
char *
emb_help_uri (const char *page)
{
  if (page == NULL || g_str_equal (page, "index"))
    return g_strdup ("help:" EMB_HELP_ID);
  return g_strconcat ("help:" EMB_HELP_ID "/", page, NULL);
}

static void
show_error (GtkWidget    *widget,
            const GError *error)
{
  g_autoptr(GError) shown = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_message ("Cannot open the user guide: %s", error->message);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    shown = g_error_new_literal (G_IO_ERROR, error->code,
                                 _("No help browser is installed to show the user guide: "
                                   "install GNOME Help (Yelp) and try again"));
  else
    shown = g_error_new (G_IO_ERROR, error->code,
                         _("Cannot open the user guide: %s"), error->message);
  emb_toast_show_error (widget, shown);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      gtk_widget_get_root (widget) != NULL)
    show_error (widget, error);
}

/**
 * emb_help_show:
 * @widget: the widget whose help is asked for
 * @page: (nullable): a page of the user guide, %NULL for the first one
 *
 * Opens @page in the help browser, or says in a toast of @widget's window
 * why it cannot.
 */
void
emb_help_show (GtkWidget  *widget,
               const char *page)
{
  g_autofree char *uri = emb_help_uri (page);
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (intercepting)
    {
      g_free (last_uri);
      last_uri = g_steal_pointer (&uri);
      if (intercept_error != NULL)
        show_error (widget, intercept_error);
      return;
    }

  root = gtk_widget_get_root (widget);
  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     NULL, on_shown, g_object_ref (widget));
}

/**
 * emb_help_set_accels:
 *
 * F1 for `win.help` and Ctrl+? for `win.show-help-overlay`, so that the
 * menus show them. (The kiosk's lock-down removes them again.)
 */
void
emb_help_set_accels (GtkApplication *application)
{
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  g_return_if_fail (GTK_IS_APPLICATION (application));

  gtk_application_set_accels_for_action (application, "win.help", help_accels);
  gtk_application_set_accels_for_action (application, "win.show-help-overlay", shortcuts_accels);
}

/* Looks up what the nearest class of @widget's that installed @quark set. */
static gpointer
class_data (GtkWidget *widget,
            GQuark     quark)
{
  for (GType type = G_OBJECT_TYPE (widget); type != 0; type = g_type_parent (type))
    {
      gpointer data = g_type_get_qdata (type, quark);

      if (data != NULL)
        return data;
    }
  return NULL;
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const HelpClass *help = class_data (widget, help_quark);

  g_return_if_fail (help != NULL);

  emb_help_show (widget, help->page_func != NULL ? help->page_func (widget) : help->page);
}

/**
 * emb_help_class_install:
 * @widget_class: a widget class, usually a window's
 * @page: (nullable): the page its help opens, when it needs no @page_func
 * @page_func: (nullable): says which page its help opens
 *
 * Installs `win.help` on @widget_class, bound to F1: it opens the page
 * @page_func returns for the widget, or @page.
 */
void
emb_help_class_install (GtkWidgetClass  *widget_class,
                        const char      *page,
                        EmbHelpPageFunc  page_func)
{
  HelpClass *help;

  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  if (help_quark == 0)
    help_quark = g_quark_from_static_string ("emb-help-class");

  /* For the life of the class, as the class itself. */
  help = g_new0 (HelpClass, 1);
  help->page = g_intern_string (page);
  help->page_func = page_func;
  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), help_quark, help);

  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
}

/* The keyboard shortcuts, built when asked for: GtkApplication would build
 * a gtk/help-overlay.ui for every window as it opens. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *resource = class_data (widget, shortcuts_quark);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *overlay;

  g_return_if_fail (resource != NULL);

  builder = gtk_builder_new_from_resource (resource);
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (overlay, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (overlay);
}

/**
 * emb_help_class_install_shortcuts:
 * @widget_class: a window class
 * @resource: the resource of its GtkShortcutsWindow, whose id is
 *   "help_overlay"
 *
 * Installs `win.show-help-overlay` on @widget_class, bound to Ctrl+?.
 */
void
emb_help_class_install_shortcuts (GtkWidgetClass *widget_class,
                                  const char     *resource)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (resource != NULL);

  if (shortcuts_quark == 0)
    shortcuts_quark = g_quark_from_static_string ("emb-help-shortcuts");
  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), shortcuts_quark,
                    (gpointer)g_intern_string (resource));

  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
}

/**
 * emb_help_test_intercept:
 * @intercept: whether to intercept the opening of the user guide
 * @error: (nullable): the error to answer with, %NULL when it opens
 *
 * For the tests: emb_help_show() remembers the URI
 * (emb_help_test_get_last_uri()) instead of launching a help browser, and
 * shows @error as it would show a failure to launch.
 */
void
emb_help_test_intercept (gboolean      intercept,
                         const GError *error)
{
  intercepting = intercept;
  g_clear_error (&intercept_error);
  if (error != NULL)
    intercept_error = g_error_copy (error);
  g_clear_pointer (&last_uri, g_free);
}

/**
 * emb_help_test_get_last_uri:
 *
 * Returns: (nullable): the URI emb_help_show() was last asked to open
 *   while intercepted
 */
const char *
emb_help_test_get_last_uri (void)
{
  return last_uri;
}
