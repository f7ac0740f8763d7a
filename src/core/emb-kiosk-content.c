/* emb-kiosk-content.c: what the break-room kiosk can show
 *
 * emb_kiosk_content_load() fills in the options' defaults and runs, in the
 * order of EmbKioskSlideKind, the loader of each kind asked for; a kind not
 * asked for is not read. Each loader reads through the stores and metrics
 * and adds its slides; a slide with nothing to show is dropped. Any read
 * that fails fails the whole load: the kiosk keeps what it showed last.
 *
 * Here: the programme's own words (promises, values, announcements); what
 * people said is in emb-kiosk-content-people.c, the figures in
 * emb-kiosk-content-figures.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-announcement-store.h"
#include "emb-kiosk-content-private.h"
#include "emb-programme-store.h"
#include "emb-promise-store.h"
#include "emb-records.h"
#include "emb-tables.h"

#define DEFAULT_WALL_DAYS 30
#define DEFAULT_MAX_ITEMS 6

/* The shared helpers ------------------------------------------------------ */

void
_emb_kiosk_add_slide (EmbKioskContext *ctx,
                      EmbKioskSlide   *slide)
{
  if (emb_kiosk_slide_is_empty (slide))
    emb_kiosk_slide_unref (slide);
  else
    g_ptr_array_add (ctx->slides, slide);
}

const char *
_emb_kiosk_name (EmbKioskContext *ctx,
                 const EmbTable  *table,
                 gint64           id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table->table, id);
  g_autoptr(GObject) record = NULL;
  char *name = NULL;

  if (id <= 0)
    return NULL;
  if (g_hash_table_lookup_extended (ctx->names, key, NULL, (gpointer *)&name))
    return name;

  /* A record gone since it was named is shown without its name. */
  record = _emb_table_get (ctx->db, table, id, NULL);
  /* An erased person's tombstone is never named. */
  if (record != NULL && !(EMB_IS_EMPLOYEE (record) && emb_employee_get_erased (EMB_EMPLOYEE (record))))
    g_object_get (record, "name", &name, NULL);
  g_hash_table_insert (ctx->names, g_steal_pointer (&key), name);
  return name;
}

static GRegex *
whitespace_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("\\s+", 0, 0, NULL));
  return regex;
}

char *
_emb_kiosk_days_ago (EmbKioskContext *ctx,
                     guint            days)
{
  g_autoptr(GDateTime) then = g_date_time_add_days (ctx->now, -(int)days);
  g_autofree char *base = g_date_time_format (then, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (then) / 1000);
}

char *
_emb_kiosk_shorten (const char *text,
                    guint       max_chars)
{
  g_autofree char *flat = g_regex_replace_literal (whitespace_regex (), text, -1, 0, " ", 0, NULL);
  g_autoptr(GString) out = NULL;
  const char *end;
  const char *space;

  g_assert (max_chars > 1);

  /* One paragraph, read in passing: line breaks and runs of spaces become
   * one space. */
  if (flat == NULL)
    flat = g_strdup (text);
  g_strstrip (flat);
  if (g_utf8_strlen (flat, -1) <= max_chars)
    return g_steal_pointer (&flat);

  /* Room for the ellipsis; then back to the last space, unless that would
   * leave too little. */
  end = g_utf8_offset_to_pointer (flat, max_chars - 1);
  space = g_utf8_strrchr (flat, end - flat, ' ');
  if (space != NULL && g_utf8_pointer_to_offset (flat, space) > max_chars / 2)
    end = space;
  out = g_string_new_len (flat, end - flat);
  while (out->len > 0 && strchr (" ,;:-", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "…");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
_emb_kiosk_has_words (const char *text)
{
  guint letters = 0;

  for (const char *p = text; *p != '\0' && letters < 3; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      letters++;
  return letters >= 3;
}

/* Promises ---------------------------------------------------------------- */

static void
add_touchpoints (EmbKioskContext *ctx,
                 EmbKioskSlide   *slide,
                 gint64           version_id)
{
  g_autoptr(GArray) ids = emb_promise_store_get_touchpoints (ctx->db, version_id);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbTouchpoint) touchpoint =
        _emb_table_get (ctx->db, &emb_table_touchpoint, g_array_index (ids, gint64, i), NULL);

      if (touchpoint != NULL)
        emb_kiosk_slide_add_item (slide, emb_touchpoint_get_name (touchpoint),
                                  _emb_kiosk_name (ctx, &emb_table_stage,
                                                   emb_touchpoint_get_stage_id (touchpoint)));
    }
}

static gboolean
add_promise (EmbKioskContext  *ctx,
             EmbPromise       *promise,
             GError          **error)
{
  gint64 version_id = emb_promise_get_published_version_id (promise);
  g_autoptr(EmbPromiseVersion) version = NULL;
  g_autofree char *key = NULL;
  EmbKioskSlide *slide;

  version = emb_promise_store_get_version (ctx->db, version_id, error);
  if (version == NULL)
    return FALSE;

  key = g_strconcat ("promise:", emb_record_get_uuid (EMB_RECORD (promise)), NULL);
  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PROMISE, key,
                               emb_promise_version_get_statement (version));
  emb_kiosk_slide_set_body (slide, emb_promise_version_get_customer_expectation (version));
  emb_kiosk_slide_set_link (slide, emb_promise_get_link (promise));
  add_touchpoints (ctx, slide, version_id);
  _emb_kiosk_add_slide (ctx, slide);
  return TRUE;
}

static gboolean
load_promises (EmbKioskContext  *ctx,
               GError          **error)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GListModel) promises = NULL;

  filter.status = EMB_PROMISE_STATUS_PUBLISHED;
  promises = emb_promise_store_list (ctx->db, &filter, error);
  if (promises == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (promises); i++)
    {
      g_autoptr(EmbPromise) promise = g_list_model_get_item (promises, i);

      if (emb_promise_get_published_version_id (promise) != 0 &&
          !add_promise (ctx, promise, error))
        return FALSE;
    }
  return TRUE;
}

/* Values ------------------------------------------------------------------ */

static void
add_value (EmbKioskContext *ctx,
           EmbValue        *value)
{
  g_auto(GStrv) behaviours =
    emb_programme_store_split_behaviours (emb_value_get_desired_behaviours (value));
  g_autofree char *key = g_strconcat ("value:", emb_record_get_uuid (EMB_RECORD (value)), NULL);
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_VALUE, key,
                                              emb_value_get_name (value));

  emb_kiosk_slide_set_body (slide, emb_value_get_description (value));
  for (guint i = 0; behaviours[i] != NULL; i++)
    emb_kiosk_slide_add_item (slide, behaviours[i], NULL);
  _emb_kiosk_add_slide (ctx, slide);
}

/* The values once they were published (staff were asked to know them), in
 * their words and order now; none while they were never published. */
static gboolean
load_values (EmbKioskContext  *ctx,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EmbValueSet) set = NULL;
  g_autoptr(GListModel) values = NULL;

  set = emb_programme_store_get_current_value_set (ctx->db, &local_error);
  if (set == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  values = emb_programme_store_list_values (ctx->db, error);
  if (values == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);

      add_value (ctx, value);
    }
  return TRUE;
}

/* Announcements ----------------------------------------------------------- */

static gboolean
load_announcements (EmbKioskContext  *ctx,
                    GError          **error)
{
  g_autoptr(GListModel) announcements = emb_announcement_store_list_on_kiosk (ctx->db, error);

  if (announcements == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (announcements); i++)
    {
      g_autoptr(EmbAnnouncement) announcement = g_list_model_get_item (announcements, i);
      g_autofree char *key = g_strconcat ("announcement:",
                                          emb_record_get_uuid (EMB_RECORD (announcement)), NULL);
      EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_ANNOUNCEMENT, key,
                                                  emb_announcement_get_title (announcement));

      emb_kiosk_slide_set_body (slide, emb_announcement_get_body (announcement));
      emb_kiosk_slide_set_link (slide, emb_announcement_get_link (announcement));
      _emb_kiosk_add_slide (ctx, slide);
    }
  return TRUE;
}

/* Loading ----------------------------------------------------------------- */

static const EmbKioskLoadFunc loaders[EMB_KIOSK_N_SLIDE_KINDS] = {
  [EMB_KIOSK_SLIDE_PROMISE] = load_promises,
  [EMB_KIOSK_SLIDE_VALUE] = load_values,
  [EMB_KIOSK_SLIDE_WALL] = _emb_kiosk_load_wall,
  [EMB_KIOSK_SLIDE_PRAISE] = _emb_kiosk_load_praise,
  [EMB_KIOSK_SLIDE_NPS_TREND] = _emb_kiosk_load_nps_trend,
  [EMB_KIOSK_SLIDE_COVERAGE] = _emb_kiosk_load_coverage,
  [EMB_KIOSK_SLIDE_PILOT] = _emb_kiosk_load_pilots,
  [EMB_KIOSK_SLIDE_ANNOUNCEMENT] = load_announcements,
};

static void
context_init (EmbKioskContext              *ctx,
              EmbDatabase                  *db,
              const EmbKioskContentOptions *options,
              GDateTime                    *now)
{
  guint threshold = options->anonymity_threshold;

  if (threshold == 0)
    threshold = emb_programme_get_anonymity_threshold (db);

  ctx->db = db;
  ctx->slides = g_ptr_array_new_with_free_func ((GDestroyNotify)emb_kiosk_slide_unref);
  ctx->now = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  ctx->wall_names = options->wall_names;
  ctx->wall_days = options->wall_days != 0 ? options->wall_days : DEFAULT_WALL_DAYS;
  ctx->max_items = options->max_items != 0 ? options->max_items : DEFAULT_MAX_ITEMS;
  ctx->threshold = MAX (threshold, EMB_ANONYMITY_THRESHOLD_MIN);
  ctx->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
context_clear (EmbKioskContext *ctx)
{
  g_clear_pointer (&ctx->slides, g_ptr_array_unref);
  g_clear_pointer (&ctx->now, g_date_time_unref);
  g_clear_pointer (&ctx->names, g_hash_table_unref);
}

/**
 * emb_kiosk_content_load:
 *
 * See emb-kiosk-content.h.
 */
GPtrArray *
emb_kiosk_content_load (EmbDatabase                  *db,
                        const EmbKioskContentOptions *options,
                        GDateTime                    *now,
                        GError                      **error)
{
  EmbKioskContext ctx = { 0 };
  GPtrArray *slides;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context_init (&ctx, db, options, now);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if ((options->kinds & EMB_KIOSK_SLIDE_BIT (kind)) != 0 && !loaders[kind] (&ctx, error))
      {
        context_clear (&ctx);
        return NULL;
      }

  slides = g_steal_pointer (&ctx.slides);
  context_clear (&ctx);
  return slides;
}
