/* emb-kiosk-window-file.c: the programme file under the kiosk, and what
 * changed in it
 *
 * An open SQLite connection keeps reading its file after the file is
 * renamed, deleted or made unreadable under it, so the kiosk would never
 * notice: it looks at the path itself. The file counts as gone when nothing
 * readable is at the path; when another file is there (a restored backup,
 * a copy put back), it is opened by its path, never created: opening a
 * missing database would make an empty one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-kiosk-window-private.h"

struct _EmbKioskFile
{
  char        *path;
  EmbDatabase *database;   /* nullable until the file can be opened */
  guint64      dev;
  guint64      ino;
  guint        watch_ms;
};

static gboolean
stat_path (EmbKioskFile *self,
           GStatBuf     *st)
{
  return self->path != NULL && g_stat (self->path, st) == 0 && g_access (self->path, R_OK) == 0;
}

/**
 * _emb_kiosk_file_new:
 * @path: the programme file
 * @database: (nullable): the database open on it, if any
 * @watch_ms: how often a database opened later looks for other processes'
 *   changes
 */
EmbKioskFile *
_emb_kiosk_file_new (const char  *path,
                     EmbDatabase *database,
                     guint        watch_ms)
{
  EmbKioskFile *self = g_new0 (EmbKioskFile, 1);
  GStatBuf st;

  self->path = g_strdup (path);
  self->watch_ms = watch_ms;
  if (database != NULL && stat_path (self, &st))
    {
      self->database = g_object_ref (database);
      self->dev = (guint64)st.st_dev;
      self->ino = (guint64)st.st_ino;
    }
  return self;
}

void
_emb_kiosk_file_free (EmbKioskFile *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->database);
  g_free (self->path);
  g_free (self);
}

EmbDatabase *
_emb_kiosk_file_get_database (EmbKioskFile *self)
{
  return self->database;
}

/* Whether the file at the path is no longer the one read. */
gboolean
_emb_kiosk_file_changed (EmbKioskFile *self)
{
  GStatBuf st;

  return !stat_path (self, &st) || self->database == NULL ||
         (guint64)st.st_dev != self->dev || (guint64)st.st_ino != self->ino;
}

/**
 * _emb_kiosk_file_open:
 * @reopened: (out): whether another database was opened
 *
 * Returns: (transfer none) (nullable): the database on the file at the
 *   path now, %NULL with @error when there is none readable
 */
EmbDatabase *
_emb_kiosk_file_open (EmbKioskFile  *self,
                      gboolean      *reopened,
                      GError       **error)
{
  g_autoptr(EmbDatabase) database = NULL;
  GStatBuf st;

  *reopened = FALSE;
  if (!stat_path (self, &st))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The programme file “%s” is missing or cannot be read."), self->path);
      return NULL;
    }
  if (self->database != NULL && (guint64)st.st_dev == self->dev && (guint64)st.st_ino == self->ino)
    return self->database;

  database = emb_database_open (self->path, error);
  if (database == NULL)
    return NULL;

  g_debug ("Opened %s again", self->path);
  g_set_object (&self->database, database);
  self->dev = (guint64)st.st_dev;
  self->ino = (guint64)st.st_ino;
  emb_database_watch_external_changes (self->database, self->watch_ms);
  *reopened = TRUE;
  return self->database;
}

/* Whether @a and @b show the same. */
gboolean
_emb_kiosk_slide_equal (EmbKioskSlide *a,
                        EmbKioskSlide *b)
{
  guint n = emb_kiosk_slide_get_n_items (a);

  if (g_strcmp0 (emb_kiosk_slide_get_title (a), emb_kiosk_slide_get_title (b)) != 0 ||
      g_strcmp0 (emb_kiosk_slide_get_subtitle (a), emb_kiosk_slide_get_subtitle (b)) != 0 ||
      g_strcmp0 (emb_kiosk_slide_get_body (a), emb_kiosk_slide_get_body (b)) != 0 ||
      g_strcmp0 (emb_kiosk_slide_get_link (a), emb_kiosk_slide_get_link (b)) != 0 ||
      n != emb_kiosk_slide_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const EmbKioskItem *x = emb_kiosk_slide_get_item (a, i);
      const EmbKioskItem *y = emb_kiosk_slide_get_item (b, i);

      if (g_strcmp0 (x->label, y->label) != 0 || g_strcmp0 (x->text, y->text) != 0 ||
          x->has_value != y->has_value || x->value != y->value || x->n != y->n)
        return FALSE;
    }
  return TRUE;
}
