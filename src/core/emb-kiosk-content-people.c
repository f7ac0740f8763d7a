/* emb-kiosk-content-people.c: the kiosk's slides of what people said
 *
 * The wall of fame: recently approved public recognitions. A private
 * nomination is never read (the store leaves it out); an anonymous one
 * comes without its sender (the store reads it as none). A person is named
 * only when the kiosk's settings allow names; otherwise the recognition is
 * shown as their team's, and their name is cleared from the story too. A
 * sender is named only beside a named person.
 *
 * Customer praise: recent praise and promoter answers with text about one
 * of the organisation's touchpoints, cleared of what names or reaches the
 * customer (emb_kiosk_redact()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-store.h"
#include "emb-kiosk-content-private.h"
#include "emb-records.h"
#include "emb-recognition-store.h"
#include "emb-tables.h"

/* The longest story and quote, in characters: read in passing, from a
 * distance. */
#define MAX_STORY_CHARS 220
#define MAX_QUOTE_CHARS 220

/* Praise older than this is not recent any more. */
#define PRAISE_DAYS 90

/* The wall of fame --------------------------------------------------------- */

static char *
team_label (EmbKioskContext *ctx,
            gint64           department_id)
{
  const char *department = _emb_kiosk_name (ctx, &emb_table_department, department_id);

  if (department == NULL)
    return g_strdup (_("A colleague"));
  /* TRANSLATORS: on the kiosk's wall of fame, a recognition shown without
   * the person's name; %s is their department, such as "Customer Care". */
  return g_strdup_printf (_("%s team"), department);
}

/* Whom the recognition is for: the person (@nominee) when names are
 * shown, else their team; a nominated team is always its name. */
static char *
nominee_label (EmbKioskContext *ctx,
               EmbNomination   *nomination,
               EmbEmployee     *nominee)
{
  if (nominee == NULL)
    return team_label (ctx, emb_nomination_get_nominee_department_id (nomination));
  if (ctx->wall_names)
    return g_strdup (emb_employee_get_name (nominee));
  return team_label (ctx, emb_employee_get_department_id (nominee));
}

/* The story, without customer data, and without the person's name when
 * only their team is shown. */
static char *
wall_story (EmbKioskContext *ctx,
            EmbNomination   *nomination,
            EmbEmployee     *nominee)
{
  g_autofree char *story = emb_kiosk_redact (emb_nomination_get_story (nomination), NULL);

  if (!ctx->wall_names && nominee != NULL)
    {
      g_autofree char *nameless = emb_kiosk_redact (story, emb_employee_get_name (nominee));

      return _emb_kiosk_shorten (nameless, MAX_STORY_CHARS);
    }
  return _emb_kiosk_shorten (story, MAX_STORY_CHARS);
}

static char *
wall_text (EmbKioskContext *ctx,
           EmbNomination   *nomination,
           EmbEmployee     *nominee)
{
  const char *value = _emb_kiosk_name (ctx, &emb_table_value,
                                       emb_nomination_get_value_id (nomination));
  const char *sender = NULL;
  g_autofree char *story = wall_story (ctx, nomination, nominee);

  if (ctx->wall_names && !emb_nomination_get_anonymous (nomination))
    sender = _emb_kiosk_name (ctx, &emb_table_employee,
                              emb_nomination_get_nominator_id (nomination));
  if (value == NULL)
    value = "";

  if (sender != NULL)
    /* TRANSLATORS: a recognition on the kiosk's wall of fame: the value it
     * honours on a line of its own (keep the \n), the story, and who
     * nominated the person. */
    return g_strdup_printf (_("%1$s\n%2$s (nominated by %3$s)"), value, story, sender);
  /* The value on a line of its own (the slide shows it as a heading). */
  return g_strdup_printf ("%s\n%s", value, story);
}

gboolean
_emb_kiosk_load_wall (EmbKioskContext  *ctx,
                      GError          **error)
{
  g_autofree char *since = _emb_kiosk_days_ago (ctx, ctx->wall_days);
  g_autofree char *until = _emb_kiosk_days_ago (ctx, 0);
  g_autoptr(GListModel) nominations = NULL;
  EmbKioskSlide *slide;

  nominations = emb_recognition_store_list_public_recognitions (ctx->db, since, until,
                                                                ctx->max_items, error);
  if (nominations == NULL)
    return FALSE;

  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_WALL, "wall", _("Wall of fame"));
  for (guint i = 0; i < g_list_model_get_n_items (nominations); i++)
    {
      g_autoptr(EmbNomination) nomination = g_list_model_get_item (nominations, i);
      g_autoptr(EmbEmployee) nominee = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      /* The store lists no private one; a second guard costs nothing. */
      if (!emb_nomination_get_is_public (nomination))
        continue;
      if (emb_nomination_get_nominee_employee_id (nomination) != 0)
        nominee = _emb_table_get (ctx->db, &emb_table_employee,
                                  emb_nomination_get_nominee_employee_id (nomination), NULL);
      /* An erased person is not celebrated on the wall. */
      if (nominee != NULL && emb_employee_get_erased (nominee))
        continue;
      label = nominee_label (ctx, nomination, nominee);
      text = wall_text (ctx, nomination, nominee);
      emb_kiosk_slide_add_item (slide, label, text);
    }
  _emb_kiosk_add_slide (ctx, slide);
  return TRUE;
}

/* Customer praise ---------------------------------------------------------- */

static void
add_quote (EmbKioskContext *ctx,
           EmbKioskSlide   *slide,
           EmbFeedback     *feedback)
{
  g_autofree char *cleared = emb_kiosk_redact (emb_feedback_get_text (feedback),
                                               emb_feedback_get_customer_ref (feedback));
  g_autofree char *quote = NULL;

  /* A quote that was little more than a reference says nothing. */
  if (!_emb_kiosk_has_words (cleared))
    return;
  quote = _emb_kiosk_shorten (cleared, MAX_QUOTE_CHARS);
  emb_kiosk_slide_add_item (slide,
                            _emb_kiosk_name (ctx, &emb_table_touchpoint,
                                             emb_feedback_get_touchpoint_id (feedback)),
                            quote);
}

gboolean
_emb_kiosk_load_praise (EmbKioskContext  *ctx,
                        GError          **error)
{
  g_autofree char *since = _emb_kiosk_days_ago (ctx, PRAISE_DAYS);
  g_autofree char *until = _emb_kiosk_days_ago (ctx, 0);
  g_autoptr(GListModel) praise = NULL;
  EmbKioskSlide *slide;

  praise = emb_feedback_store_list_praise (ctx->db, since, until, ctx->max_items, error);
  if (praise == NULL)
    return FALSE;

  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PRAISE, "praise", _("What customers say"));
  for (guint i = 0; i < g_list_model_get_n_items (praise); i++)
    {
      g_autoptr(EmbFeedback) feedback = g_list_model_get_item (praise, i);

      add_quote (ctx, slide, feedback);
    }
  _emb_kiosk_add_slide (ctx, slide);
  return TRUE;
}
