/* emb-kiosk-slide-kinds.c: the content of a kiosk slide, by kind
 *
 * What each kind shows (what its items hold is in emb-kiosk-slide.h):
 *
 *   PROMISE       the promise large, what it means, its touchpoints as
 *                 chips in two columns (with their stage)
 *   VALUE         the value, its description, the desired behaviours
 *   WALL          up to six cards: who (a person or a team), the value,
 *                 the reason
 *   PRAISE        up to three quotes, large, each with its touchpoint
 *   NPS_TREND     the latest month's NPS large, above columns of the
 *                 last six months' NPS (−100 … 100) with their numbers of
 *                 answers
 *   COVERAGE      a bar per department, in percent, with the people it
 *                 counts
 *   PILOT         its waves as a row of steps: done, running, not started
 *   ANNOUNCEMENT  the title and the text
 *
 * Every text is cut to a number of lines and every list to a number of
 * items ("and 3 more"), so that the slide fits a 1280×800 screen at the
 * kiosk's type sizes whatever the programme holds; the limits are here.
 * Nothing a slide lacks leaves an empty box: a missing text is no label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-slide-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bar-chart.h"
#include "emb-column-chart.h"
#include "emb-enums.h"
#include "emb-kiosk-slide-private.h"

#define MAX_TOUCHPOINTS  6
#define MAX_BEHAVIOURS   5
#define MAX_CARDS        6
#define MAX_QUOTES       3
#define MAX_DEPARTMENTS  8
#define MAX_WAVES        8
#define MAX_MONTHS       6
#define MAX_PARAGRAPHS   3
#define MAX_BODY_LINES   7

/* @text on one paragraph: Pango counts a label's lines per paragraph. */
char *
_emb_kiosk_flatten (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text != NULL ? text : "", "\r\n", -1);
  GString *flat = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (flat->len > 0)
        g_string_append_c (flat, ' ');
      g_string_append (flat, lines[i]);
    }
  return g_string_free (flat, FALSE);
}

/* A label that wraps and is cut, with an ellipsis, after @lines lines. */
static GtkWidget *
new_label (const char *text,
           const char *css_class,
           int         lines)
{
  g_autofree char *flat = _emb_kiosk_flatten (text);
  GtkWidget *label = gtk_label_new (flat);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), lines);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A sign that only repeats what a text beside it says: hidden from
 * assistive technologies. */
static GtkWidget *
new_sign (const char *sign,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (sign);

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  return label;
}

static void
append (GtkBox    *box,
        GtkWidget *child)
{
  gtk_box_append (box, child);
}

static void
append_text (GtkBox     *box,
             const char *text,
             const char *css_class,
             int         lines)
{
  if (text != NULL && text[0] != '\0')
    append (box, new_label (text, css_class, lines));
}

/* "and 3 more", for what a list leaves out */
static GtkWidget *
new_more_label (guint n)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n), n);

  return new_label (text, "kiosk-more", 1);
}

/* How many of @n items a list of at most @max shows: all, or one fewer
 * than @max and a line for the rest. */
static guint
n_shown (guint n,
         guint max)
{
  return n <= max ? n : max - 1;
}

static GtkGrid *
new_grid (const char *css_class)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_widget_add_css_class (grid, css_class);
  return GTK_GRID (grid);
}

static void
build_promise (EmbKioskSlide            *slide,
               const EmbKioskSlideParts *parts)
{
  guint n = emb_kiosk_slide_get_n_items (slide);
  guint shown = n_shown (n, MAX_TOUCHPOINTS);
  GtkGrid *grid;

  gtk_label_set_text (parts->kicker, _("Our promise"));
  gtk_widget_add_css_class (GTK_WIDGET (parts->title), "kiosk-promise");
  gtk_label_set_lines (parts->title, 3);
  append_text (parts->content, emb_kiosk_slide_get_body (slide), "kiosk-body", 3);
  if (n == 0)
    return;

  append (parts->content, new_label (_("Where we keep it"), "kiosk-section", 1));
  grid = new_grid ("kiosk-chips");
  for (guint i = 0; i < shown; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (chip, "kiosk-chip");
      gtk_box_append (GTK_BOX (chip), new_label (item->label, "kiosk-chip-label", 1));
      if (item->text != NULL && item->text[0] != '\0')
        gtk_box_append (GTK_BOX (chip), new_label (item->text, "kiosk-chip-detail", 1));
      gtk_grid_attach (grid, chip, i % 2, i / 2, 1, 1);
    }
  if (shown < n)
    gtk_grid_attach (grid, new_more_label (n - shown), shown % 2, shown / 2, 1, 1);
  append (parts->content, GTK_WIDGET (grid));
}

static void
build_value (EmbKioskSlide            *slide,
             const EmbKioskSlideParts *parts)
{
  guint n = emb_kiosk_slide_get_n_items (slide);
  guint shown = n_shown (n, MAX_BEHAVIOURS);
  GtkWidget *list;

  gtk_label_set_text (parts->kicker, _("Our values"));
  append_text (parts->content, emb_kiosk_slide_get_body (slide), "kiosk-body", 3);
  if (n == 0)
    return;

  append (parts->content, new_label (_("What it looks like"), "kiosk-section", 1));
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (list, "kiosk-list");
  for (guint i = 0; i < shown; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (row, "kiosk-list-row");
      gtk_box_append (GTK_BOX (row), new_sign ("✓", "kiosk-sign"));
      gtk_box_append (GTK_BOX (row), new_label (item->label, "kiosk-item", n <= 3 ? 2 : 1));
      gtk_box_append (GTK_BOX (list), row);
    }
  if (shown < n)
    gtk_box_append (GTK_BOX (list), new_more_label (n - shown));
  append (parts->content, list);
}

static void
build_wall (EmbKioskSlide            *slide,
            const EmbKioskSlideParts *parts)
{
  guint n = MIN (emb_kiosk_slide_get_n_items (slide), MAX_CARDS);
  guint columns = n <= 4 ? MIN (n, 2) : 3;
  GtkGrid *grid = new_grid ("kiosk-cards");

  gtk_grid_set_row_homogeneous (grid, TRUE);
  for (guint i = 0; i < n; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      const char *text = item->text != NULL ? item->text : "";
      const char *newline = strchr (text, '\n');

      gtk_widget_add_css_class (card, "kiosk-card");
      gtk_box_append (GTK_BOX (card), new_label (item->label, "kiosk-card-title", 2));
      /* The value on its own line, when the text gives it one */
      if (newline != NULL)
        {
          g_autofree char *value = g_strndup (text, newline - text);

          gtk_box_append (GTK_BOX (card), new_label (value, "kiosk-card-value", 1));
          text = newline + 1;
        }
      if (text[0] != '\0')
        gtk_box_append (GTK_BOX (card), new_label (text, "kiosk-card-text", n <= 2 ? 5 : 4));
      gtk_grid_attach (grid, card, i % columns, i / columns, 1, 1);
    }
  append (parts->content, GTK_WIDGET (grid));
}

static void
build_praise (EmbKioskSlide            *slide,
              const EmbKioskSlideParts *parts)
{
  guint n = MIN (emb_kiosk_slide_get_n_items (slide), MAX_QUOTES);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (list, "kiosk-quotes");
  for (guint i = 0; i < n; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      GtkWidget *quote = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      /* Translators: a customer's words as a quotation, in the language's
       * quotation marks (Polish: „%s”) */
      g_autofree char *text = g_strdup_printf (C_("quotation", "“%s”"), item->text != NULL ? item->text : "");

      gtk_widget_add_css_class (quote, "kiosk-quote-box");
      gtk_box_append (GTK_BOX (quote), new_label (text, "kiosk-quote", n == MAX_QUOTES ? 3 : 4));
      if (item->label != NULL && item->label[0] != '\0')
        {
          /* Translators: where a customer's quotation comes from: a touchpoint */
          g_autofree char *source = g_strdup_printf (_("— %s"), item->label);

          gtk_box_append (GTK_BOX (quote), new_label (source, "kiosk-quote-source", 1));
        }
      gtk_box_append (GTK_BOX (list), quote);
    }
  append (parts->content, list);
}

static char *
format_answers (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", n), n);
}

static void
build_nps_trend (EmbKioskSlide            *slide,
                 const EmbKioskSlideParts *parts)
{
  guint n = emb_kiosk_slide_get_n_items (slide);
  guint first = n > MAX_MONTHS ? n - MAX_MONTHS : 0;
  const EmbKioskItem *latest;
  GtkWidget *figure, *caption, *chart;
  g_autofree char *value = NULL;
  g_autofree char *answers = NULL;

  if (n == 0)
    return;
  latest = emb_kiosk_slide_get_item (slide, n - 1);

  /* The chart takes the height of the screen */
  gtk_widget_set_valign (parts->main, GTK_ALIGN_FILL);
  gtk_widget_set_vexpand (GTK_WIDGET (parts->content), TRUE);

  /* The latest month, large, above the chart that takes the whole width */
  figure = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (figure, "kiosk-figure");
  value = g_strdup_printf ("%.0f", latest->value);
  gtk_box_append (GTK_BOX (figure), new_label (value, "kiosk-figure-value", 1));
  caption = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (caption, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (caption), new_label (latest->label, "kiosk-figure-label", 1));
  answers = format_answers (latest->n);
  gtk_box_append (GTK_BOX (caption), new_label (answers, "kiosk-figure-note", 1));
  gtk_box_append (GTK_BOX (figure), caption);
  append (parts->content, figure);

  /* The last months */
  chart = emb_column_chart_new ();
  gtk_widget_add_css_class (chart, "kiosk-chart");
  gtk_widget_set_vexpand (chart, TRUE);
  emb_column_chart_set_title (EMB_COLUMN_CHART (chart), emb_kiosk_slide_get_title (slide));
  emb_column_chart_set_range (EMB_COLUMN_CHART (chart), -100.0, 100.0);
  for (guint i = first; i < n; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      g_autofree char *note = format_answers (item->n);

      emb_column_chart_append (EMB_COLUMN_CHART (chart), item->label, item->value, note);
    }
  append (parts->content, chart);
}

static void
build_coverage (EmbKioskSlide            *slide,
                const EmbKioskSlideParts *parts)
{
  guint n = emb_kiosk_slide_get_n_items (slide);
  guint shown = n_shown (n, MAX_DEPARTMENTS);
  GtkWidget *chart = emb_bar_chart_new ();

  gtk_widget_add_css_class (chart, "kiosk-chart");
  emb_bar_chart_set_title (EMB_BAR_CHART (chart), emb_kiosk_slide_get_title (slide));
  /* No department is singled out in the break room: no gaps in red. */
  emb_bar_chart_set_threshold (EMB_BAR_CHART (chart), 0.0);
  for (guint i = 0; i < shown; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      /* Translators: after a percentage of a department's people, as in
       * "92 % of 24 people" */
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u person", "of %u people", item->n),
                                               item->n);

      emb_bar_chart_append (EMB_BAR_CHART (chart), item->label, item->value);
      emb_bar_chart_set_bar_note (EMB_BAR_CHART (chart), i, note);
    }
  append (parts->content, chart);
  if (shown < n)
    append (parts->content, new_more_label (n - shown));
}

/* Where a wave stands, from its EmbWaveStatus */
static const char *
wave_state (const EmbKioskItem *item,
            const char        **text)
{
  if (!item->has_value)
    {
      *text = NULL;
      return "unknown";
    }
  switch ((EmbWaveStatus)item->value)
    {
    case EMB_WAVE_STATUS_PLANNED:
      *text = _("Not started");
      return "planned";

    case EMB_WAVE_STATUS_RUNNING:
      *text = _("Running");
      return "running";

    case EMB_WAVE_STATUS_EVALUATED:
    case EMB_WAVE_STATUS_ROLLED_OUT:
    default:
      *text = _("Done");
      return "done";
    }
}

static void
build_pilot (EmbKioskSlide            *slide,
             const EmbKioskSlideParts *parts)
{
  guint n = emb_kiosk_slide_get_n_items (slide);
  guint shown = n_shown (n, MAX_WAVES);
  GtkWidget *steps;

  gtk_label_set_text (parts->kicker, _("Autonomy pilot"));
  append_text (parts->content, emb_kiosk_slide_get_body (slide), "kiosk-body", 2);
  if (n == 0)
    return;

  append (parts->content, new_label (_("Department by department"), "kiosk-section", 1));
  steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (steps), TRUE);
  gtk_widget_add_css_class (steps, "kiosk-steps");
  for (guint i = 0; i < shown; i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (slide, i);
      GtkWidget *step = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      const char *state_text;
      const char *state = wave_state (item, &state_text);

      /* The content's words for where it stands come first */
      if (item->text != NULL && item->text[0] != '\0')
        state_text = item->text;

      gtk_widget_add_css_class (step, "kiosk-step");
      gtk_widget_add_css_class (step, state);
      gtk_widget_add_css_class (bar, "kiosk-step-bar");
      gtk_box_append (GTK_BOX (step), bar);
      gtk_box_append (GTK_BOX (step), new_label (item->label, "kiosk-step-title", 2));
      if (state_text != NULL)
        gtk_box_append (GTK_BOX (step), new_label (state_text, "kiosk-step-state", 2));
      gtk_box_append (GTK_BOX (steps), step);
    }
  append (parts->content, steps);
  if (shown < n)
    append (parts->content, new_more_label (n - shown));
}

static void
build_announcement (EmbKioskSlide            *slide,
                    const EmbKioskSlideParts *parts)
{
  g_auto(GStrv) paragraphs = g_strsplit (emb_kiosk_slide_get_body (slide), "\n", -1);
  guint n = 0;

  gtk_label_set_text (parts->kicker, _("Announcement"));
  gtk_label_set_lines (parts->title, 3);

  /* Up to three paragraphs, in seven lines at most */
  for (guint i = 0; paragraphs[i] != NULL; i++)
    n += g_strstrip (paragraphs[i])[0] != '\0';
  n = MIN (n, MAX_PARAGRAPHS);
  for (guint i = 0, shown = 0; paragraphs[i] != NULL && shown < n; i++)
    {
      if (paragraphs[i][0] == '\0')
        continue;
      append_text (parts->content, paragraphs[i], "kiosk-text", MAX_BODY_LINES / n);
      shown++;
    }
}

/**
 * _emb_kiosk_slide_build:
 *
 * Fills @parts (the frame of a slide view) for @slide's kind.
 */
void
_emb_kiosk_slide_build (EmbKioskSlide            *slide,
                        const EmbKioskSlideParts *parts)
{
  static void (* const builders[EMB_KIOSK_N_SLIDE_KINDS]) (EmbKioskSlide *, const EmbKioskSlideParts *) = {
    [EMB_KIOSK_SLIDE_PROMISE] = build_promise,
    [EMB_KIOSK_SLIDE_VALUE] = build_value,
    [EMB_KIOSK_SLIDE_WALL] = build_wall,
    [EMB_KIOSK_SLIDE_PRAISE] = build_praise,
    [EMB_KIOSK_SLIDE_NPS_TREND] = build_nps_trend,
    [EMB_KIOSK_SLIDE_COVERAGE] = build_coverage,
    [EMB_KIOSK_SLIDE_PILOT] = build_pilot,
    [EMB_KIOSK_SLIDE_ANNOUNCEMENT] = build_announcement,
  };
  EmbKioskSlideKind kind = emb_kiosk_slide_get_kind (slide);

  g_assert (kind < EMB_KIOSK_N_SLIDE_KINDS);

  {
    g_autofree char *css_class = g_strconcat ("kiosk-", emb_kiosk_slide_kind_to_string (kind), NULL);

    gtk_widget_add_css_class (GTK_WIDGET (parts->content), css_class);
  }
  builders[kind] (slide, parts);
}
