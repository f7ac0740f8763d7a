/* emb-file-problem-bar.c: a bar that says what happened to the programme file
 *
 * When the programme file is deleted, replaced by another file or made
 * read-only while a window has it open, the database refuses every write
 * (emb-database-file.c) and each refused save says so in a toast. This bar
 * says it for as long as it lasts, at once, without waiting for a save:
 * it watches the file (a GFileMonitor) and asks the database to look at it
 * on every event (emb_database_check_file()), and shows while the database's
 * EmbDatabase:file-problem is not %EMB_DATABASE_FILE_OK. Check Again looks
 * once more, for a file put back or made writable again. libadwaita 1.2 has
 * no AdwBanner: this is a revealer with a message and a button.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-file-problem-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-file-problem-bar.h"

struct _EmbFileProblemBar
{
  AdwBin        parent_instance;

  GtkRevealer  *revealer;
  GtkLabel     *label;

  EmbDatabase  *database;
  GFileMonitor *monitor;
  char         *message;
};

G_DEFINE_FINAL_TYPE (EmbFileProblemBar, emb_file_problem_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a person can do about @problem. */
static const char *
advice (EmbDatabaseFileProblem problem)
{
  switch (problem)
    {
    case EMB_DATABASE_FILE_REMOVED:
      return _("Changes are not saved until the file is back where it was.");

    case EMB_DATABASE_FILE_REPLACED:
      return _("Changes are not saved to either file. Close Embassy and open it again "
               "to work on the file that is there now.");

    case EMB_DATABASE_FILE_READ_ONLY:
      return _("Changes are not saved until the file can be written again.");

    case EMB_DATABASE_FILE_OK:
    default:
      return NULL;
    }
}

static void
update (EmbFileProblemBar *self)
{
  EmbDatabaseFileProblem problem = EMB_DATABASE_FILE_OK;
  g_autofree char *what = NULL;

  if (self->database != NULL)
    {
      problem = emb_database_get_file_problem (self->database);
      what = emb_database_file_problem_describe (problem, emb_database_get_path (self->database));
    }

  g_clear_pointer (&self->message, g_free);
  if (what != NULL)
    {
      self->message = g_strdup_printf ("%s %s", what, advice (problem));
      gtk_label_set_label (self->label, self->message);
    }
  gtk_revealer_set_reveal_child (self->revealer, self->message != NULL);
}

static void
on_file_changed (EmbFileProblemBar *self)
{
  if (self->database != NULL)
    emb_database_check_file (self->database);
}

static void
on_check_clicked (EmbFileProblemBar *self)
{
  on_file_changed (self);
}

static void
emb_file_problem_bar_dispose (GObject *object)
{
  EmbFileProblemBar *self = EMB_FILE_PROBLEM_BAR (object);

  emb_file_problem_bar_set_database (self, NULL);

  G_OBJECT_CLASS (emb_file_problem_bar_parent_class)->dispose (object);
}

static void
emb_file_problem_bar_finalize (GObject *object)
{
  EmbFileProblemBar *self = EMB_FILE_PROBLEM_BAR (object);

  g_free (self->message);

  G_OBJECT_CLASS (emb_file_problem_bar_parent_class)->finalize (object);
}

static void
emb_file_problem_bar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EmbFileProblemBar *self = EMB_FILE_PROBLEM_BAR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_file_problem_bar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EmbFileProblemBar *self = EMB_FILE_PROBLEM_BAR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      emb_file_problem_bar_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_file_problem_bar_class_init (EmbFileProblemBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_file_problem_bar_dispose;
  object_class->finalize = emb_file_problem_bar_finalize;
  object_class->get_property = emb_file_problem_bar_get_property;
  object_class->set_property = emb_file_problem_bar_set_property;

  /**
   * EmbFileProblemBar:database:
   *
   * The database whose file the bar watches.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/common/emb-file-problem-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFileProblemBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, EmbFileProblemBar, label);
  gtk_widget_class_bind_template_callback (widget_class, on_check_clicked);
}

static void
emb_file_problem_bar_init (EmbFileProblemBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
emb_file_problem_bar_new (void)
{
  return g_object_new (EMB_TYPE_FILE_PROBLEM_BAR, NULL);
}

EmbDatabase *
emb_file_problem_bar_get_database (EmbFileProblemBar *self)
{
  g_return_val_if_fail (EMB_IS_FILE_PROBLEM_BAR (self), NULL);

  return self->database;
}

/**
 * emb_file_problem_bar_set_database:
 * @database: (nullable): the database whose file to watch
 */
void
emb_file_problem_bar_set_database (EmbFileProblemBar *self,
                                   EmbDatabase       *database)
{
  g_return_if_fail (EMB_IS_FILE_PROBLEM_BAR (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);

  if (database != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (emb_database_get_path (database));
      g_autoptr(GError) error = NULL;

      g_signal_connect_object (database, "notify::file-problem", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      /* Deleting, renaming over and chmod all show as events of the file. */
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor != NULL)
        g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
      else
        g_debug ("Cannot watch %s: %s", emb_database_get_path (database), error->message);
      emb_database_check_file (database);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * emb_file_problem_bar_get_message:
 *
 * Returns: (nullable): what the bar says, %NULL while it is hidden
 */
const char *
emb_file_problem_bar_get_message (EmbFileProblemBar *self)
{
  g_return_val_if_fail (EMB_IS_FILE_PROBLEM_BAR (self), NULL);

  return self->message;
}
