/* emb-kiosk-settings-store.c: the kiosk's settings in the setting table
 *
 * Six keys, each a text a person can read in the database:
 *
 *   kiosk-interval      "12"
 *   kiosk-slides        "promise,value,wall" (kind names, not bits: a kind
 *                       added later shifts no setting; a name this version
 *                       does not know is skipped)
 *   kiosk-wall-names    "true" / "false"
 *   kiosk-touch-thanks  "true" / "false"
 *   kiosk-hours         [{"from":480,"to":1080}, …, null] — seven entries,
 *                       Monday first, null for a day closed all day
 *   kiosk-playlists     [{"weekdays":[1,2,3,4,5],"from":720,"to":780,
 *                         "slides":["wall","praise"]}, …]
 *
 * Loading never fails on a bad value: another version, a hand edit or a
 * damaged file must not leave the break room dark, so a value that cannot
 * be read is logged and its setting keeps the default; a number out of
 * range goes through the setter, which clamps it. Saving writes all six
 * in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "emb-database-private.h"
#include "emb-kiosk-settings-private.h"
#include "emb-pin-private.h"

#define KEY_INTERVAL     "kiosk-interval"
#define KEY_SLIDES       "kiosk-slides"
#define KEY_WALL_NAMES   "kiosk-wall-names"
#define KEY_TOUCH_THANKS "kiosk-touch-thanks"
#define KEY_HOURS        "kiosk-hours"
#define KEY_PLAYLISTS    "kiosk-playlists"

/* Text forms ---------------------------------------------------------------- */

static char *
slides_to_text (guint kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (kinds & EMB_KIOSK_SLIDE_BIT (kind))
      {
        if (text->len > 0)
          g_string_append_c (text, ',');
        g_string_append (text, emb_kiosk_slide_kind_to_string (kind));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
slides_from_names (const char * const *names)
{
  guint kinds = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      int kind;

      if (*name == '\0')
        continue;
      kind = emb_kiosk_slide_kind_from_string (name);
      if (kind < 0)
        /* A kind of a newer version: it does not run here. */
        g_debug ("Unknown kind of slide “%s” in the kiosk settings", name);
      else
        kinds |= EMB_KIOSK_SLIDE_BIT (kind);
    }
  return kinds;
}

static JsonNode *
slides_to_json (guint kinds)
{
  g_autoptr(JsonArray) array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (kinds & EMB_KIOSK_SLIDE_BIT (kind))
      json_array_add_string_element (array, emb_kiosk_slide_kind_to_string (kind));
  json_node_set_array (node, array);
  return node;
}

static char *
node_to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

char *
_emb_kiosk_settings_hours_to_json (EmbKioskSettings *self)
{
  g_autoptr(JsonArray) days = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      const EmbKioskHours *hours = &self->hours[weekday];
      JsonObject *day;

      if (!hours->open)
        {
          json_array_add_null_element (days);
          continue;
        }
      day = json_object_new ();
      json_object_set_int_member (day, "from", hours->from);
      json_object_set_int_member (day, "to", hours->to);
      json_array_add_object_element (days, day);
    }
  json_node_set_array (root, days);
  return node_to_text (root);
}

char *
_emb_kiosk_settings_playlists_to_json (EmbKioskSettings *self)
{
  g_autoptr(JsonArray) rules = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < self->playlists->len; i++)
    {
      const EmbKioskPlaylist *playlist = &g_array_index (self->playlists, EmbKioskPlaylist, i);
      JsonObject *rule = json_object_new ();
      JsonArray *weekdays = json_array_new ();

      for (guint weekday = 1; weekday <= 7; weekday++)
        if (playlist->weekdays & (1u << weekday))
          json_array_add_int_element (weekdays, weekday);
      json_object_set_array_member (rule, "weekdays", weekdays);
      json_object_set_int_member (rule, "from", playlist->from);
      json_object_set_int_member (rule, "to", playlist->to);
      json_object_set_member (rule, "slides", slides_to_json (playlist->slides));
      json_array_add_object_element (rules, rule);
    }
  json_node_set_array (root, rules);
  return node_to_text (root);
}

/* Reading JSON -------------------------------------------------------------- */

/* A whole number from @min to @max in @node. */
static gboolean
read_count (JsonNode *node,
            gint64    min,
            gint64    max,
            guint    *out)
{
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  value = json_node_get_int (node);
  if (value < min || value > max)
    return FALSE;
  *out = (guint)value;
  return TRUE;
}

/* A window's "from" and "to" members. */
static gboolean
read_window (JsonObject *object,
             guint      *from,
             guint      *to)
{
  return read_count (json_object_get_member (object, "from"), 0,
                     EMB_KIOSK_MINUTES_PER_DAY - 1, from) &&
         read_count (json_object_get_member (object, "to"), 1,
                     EMB_KIOSK_MINUTES_PER_DAY, to) &&
         *to > *from;
}

static JsonNode *
parse_json (const char  *text,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, -1, error))
    return NULL;
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE, "empty");
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
read_hours (EmbKioskSettings *self,
            const char       *text,
            GError          **error)
{
  g_autoptr(JsonNode) root = parse_json (text, error);
  EmbKioskHours hours[8] = { { 0 } };
  JsonArray *days;

  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (root) || json_array_get_length (json_node_get_array (root)) != 7)
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           "not an array of seven days");
      return FALSE;
    }
  days = json_node_get_array (root);
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      JsonNode *day = json_array_get_element (days, weekday - 1);

      if (JSON_NODE_HOLDS_NULL (day))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (day) ||
          !read_window (json_node_get_object (day), &hours[weekday].from, &hours[weekday].to))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       "day %u is neither null nor a window", weekday);
          return FALSE;
        }
      hours[weekday].open = TRUE;
    }
  memcpy (self->hours, hours, sizeof hours);
  return TRUE;
}

static gboolean
read_playlist (JsonNode         *node,
               EmbKioskPlaylist *playlist)
{
  JsonObject *object;
  JsonNode *weekdays, *slides;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if (!read_window (object, &playlist->from, &playlist->to))
    return FALSE;

  weekdays = json_object_get_member (object, "weekdays");
  if (weekdays == NULL || !JSON_NODE_HOLDS_ARRAY (weekdays))
    return FALSE;
  playlist->weekdays = 0;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (weekdays)); i++)
    {
      guint weekday;

      if (!read_count (json_array_get_element (json_node_get_array (weekdays), i), 1, 7, &weekday))
        return FALSE;
      playlist->weekdays |= 1u << weekday;
    }

  slides = json_object_get_member (object, "slides");
  if (slides == NULL || !JSON_NODE_HOLDS_ARRAY (slides))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (slides)); i++)
    {
      JsonNode *name = json_array_get_element (json_node_get_array (slides), i);

      if (!JSON_NODE_HOLDS_VALUE (name) || json_node_get_value_type (name) != G_TYPE_STRING)
        return FALSE;
      g_ptr_array_add (names, (gpointer)json_node_get_string (name));
    }
  g_ptr_array_add (names, NULL);
  playlist->slides = slides_from_names ((const char * const *)names->pdata);
  return TRUE;
}

static gboolean
read_playlists (EmbKioskSettings *self,
                const char       *text,
                GError          **error)
{
  g_autoptr(JsonNode) root = parse_json (text, error);
  g_autoptr(GArray) playlists = g_array_new (FALSE, TRUE, sizeof (EmbKioskPlaylist));
  JsonArray *rules;

  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           "not an array");
      return FALSE;
    }
  rules = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      EmbKioskPlaylist playlist = { 0 };

      if (!read_playlist (json_array_get_element (rules, i), &playlist))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       "playlist %u is not a rule with weekdays, from, to and slides", i + 1);
          return FALSE;
        }
      g_array_append_val (playlists, playlist);
    }
  g_array_set_size (self->playlists, 0);
  g_array_append_vals (self->playlists, playlists->data, playlists->len);
  return TRUE;
}

/* Loading and saving -------------------------------------------------------- */

static void
log_unreadable (const char *key,
                const char *why)
{
  g_warning ("The kiosk setting “%s” cannot be read (%s); it keeps its default", key, why);
}

static gboolean
read_boolean (const char *text,
              gboolean   *out)
{
  if (g_str_equal (text, "true") || g_str_equal (text, "1"))
    *out = TRUE;
  else if (g_str_equal (text, "false") || g_str_equal (text, "0"))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static void
load_interval (EmbKioskSettings *self,
               EmbDatabase      *db)
{
  g_autofree char *text = _emb_setting_get (db, KEY_INTERVAL);
  guint64 seconds;

  if (text == NULL)
    return;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &seconds, NULL))
    {
      log_unreadable (KEY_INTERVAL, "not a number of seconds");
      return;
    }
  if (seconds < EMB_KIOSK_INTERVAL_MIN || seconds > EMB_KIOSK_INTERVAL_MAX)
    g_message ("The kiosk interval of %" G_GUINT64_FORMAT " s is brought within %d–%d s",
               seconds, EMB_KIOSK_INTERVAL_MIN, EMB_KIOSK_INTERVAL_MAX);
  emb_kiosk_settings_set_interval (self, (guint)seconds);
}

static void
load_boolean (EmbKioskSettings *self,
              EmbDatabase      *db,
              const char       *key,
              const char       *property)
{
  g_autofree char *text = _emb_setting_get (db, key);
  gboolean value;

  if (text == NULL)
    return;
  if (!read_boolean (text, &value))
    {
      log_unreadable (key, "neither true nor false");
      return;
    }
  g_object_set (self, property, value, NULL);
}

static void
load_json (EmbKioskSettings *self,
           EmbDatabase      *db,
           const char       *key,
           gboolean        (*read) (EmbKioskSettings *, const char *, GError **))
{
  g_autofree char *text = _emb_setting_get (db, key);
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;
  if (!read (self, text, &error))
    log_unreadable (key, error->message);
}

/* A database that cannot be read says so here rather than as six missing
 * keys. */
static gboolean
check_readable (EmbDatabase  *db,
                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = _emb_database_prepare (db, "SELECT count(*) FROM setting", error);
  return stmt != NULL && _emb_database_step_row (db, stmt, &has_row, error);
}

/**
 * emb_kiosk_settings_load:
 *
 * Reads the kiosk's settings. A key the database lacks, or whose value
 * cannot be read, keeps its default (the latter is logged); a number out of
 * range is brought within it.
 *
 * Returns: (transfer full): the settings; %NULL with @error only when the
 *   database cannot be read at all
 */
EmbKioskSettings *
emb_kiosk_settings_load (EmbDatabase  *db,
                         GError      **error)
{
  g_autoptr(EmbKioskSettings) self = NULL;
  g_autofree char *slides = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (db, error))
    return NULL;

  self = emb_kiosk_settings_new ();
  load_interval (self, db);
  slides = _emb_setting_get (db, KEY_SLIDES);
  if (slides != NULL)
    {
      g_auto(GStrv) names = g_strsplit (slides, ",", -1);

      emb_kiosk_settings_set_slides (self, slides_from_names ((const char * const *)names));
    }
  load_boolean (self, db, KEY_WALL_NAMES, "wall-names");
  load_boolean (self, db, KEY_TOUCH_THANKS, "touch-thanks");
  load_json (self, db, KEY_HOURS, read_hours);
  load_json (self, db, KEY_PLAYLISTS, read_playlists);
  return g_steal_pointer (&self);
}

static gboolean
save_in_transaction (EmbDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  EmbKioskSettings *self = user_data;
  g_autofree char *interval = g_strdup_printf ("%u", self->interval);
  g_autofree char *slides = slides_to_text (self->slides);
  g_autofree char *hours = _emb_kiosk_settings_hours_to_json (self);
  g_autofree char *playlists = _emb_kiosk_settings_playlists_to_json (self);

  if (!_emb_setting_set (db, KEY_INTERVAL, interval, error) ||
      !_emb_setting_set (db, KEY_SLIDES, slides, error) ||
      !_emb_setting_set (db, KEY_WALL_NAMES, self->wall_names ? "true" : "false", error) ||
      !_emb_setting_set (db, KEY_TOUCH_THANKS, self->touch_thanks ? "true" : "false", error) ||
      !_emb_setting_set (db, KEY_HOURS, hours, error) ||
      !_emb_setting_set (db, KEY_PLAYLISTS, playlists, error))
    return FALSE;
  /* Every window on the database may show the kiosk or its settings. */
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_UPDATED, 0);
  return TRUE;
}

/**
 * emb_kiosk_settings_save:
 *
 * Writes every setting in one transaction: all of them or, on an error,
 * none.
 *
 * Returns: whether they were written
 */
gboolean
emb_kiosk_settings_save (EmbKioskSettings  *self,
                         EmbDatabase       *db,
                         GError           **error)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), FALSE);
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, save_in_transaction, self, error);
}
