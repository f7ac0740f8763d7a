/* test-kiosk-slides.c: the kiosk's slides, each kind on a 1080p screen and
 * on a 1280×800 one
 *
 * Every kind is built by hand twice: with realistic content, and with
 * content too long for any screen (long texts, many items, a link of 900
 * characters, too long for a QR code a phone can read). Each is shown in a
 * window of each size, and nothing may lie outside the window or be cut
 * shorter than the lines it is given; the QR code holds the link
 * (checked against libqrencode and, where zbarimg is installed, read back
 * from the picture). With EMBASSY_KIOSK_SHOTS=DIR every slide is written
 * to DIR as `kiosk-KIND[-long]-WxH-LANGUAGE.png`, to be looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <qrencode.h>

#include "emb-bar-chart.h"
#include "emb-column-chart.h"
#include "emb-enums.h"
#include "emb-kiosk-slide-view.h"
#include "emb-qr-code.h"
#include "emb-ui-test-util.h"

typedef EmbUiFixture Fixture;

static gboolean polish;

/* The programme's own words, in the kiosk's language */
#define T(en, pl) (polish ? (pl) : (en))

static const struct
{
  int width;
  int height;
} screens[] = {
  { 1920, 1080 },
  { 1280, 800 },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* The application loads the style (data/style.css) */
  const EmbUiFixtureOptions options = { .empty = TRUE };

  emb_ui_fixture_set_up (f, &options);
}

/* A text of @n characters or more, made of @sentence over and over */
static char *
repeat (const char *sentence,
        gsize       n)
{
  GString *text = g_string_new (NULL);

  while (text->len < n)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentence);
    }
  return g_string_free (text, FALSE);
}

/* A link of exactly 900 characters */
static char *
long_link (void)
{
  GString *link = g_string_new ("https://intranet.example.com/news/2026/12/canteen?ref=");

  while (link->len < 900)
    g_string_append_c (link, "abcdefghijklmnopqrstuvwxyz0123456789"[link->len % 36]);
  return g_string_free (link, FALSE);
}

static EmbKioskSlide *
make_promise (gboolean very_long)
{
  EmbKioskSlide *slide;

  if (!very_long)
    {
      slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PROMISE, "promise:1",
                                   T ("Every guest is greeted by name within a minute of arriving",
                                      "Każdego gościa witamy po imieniu w ciągu minuty od przyjazdu"));
      emb_kiosk_slide_set_body (slide, T ("Whoever sees a guest first, at the door, the desk or on the phone, "
                                          "says hello, uses their name and offers help before they have to ask.",
                                          "Kto pierwszy zobaczy gościa, przy drzwiach, w recepcji czy przez telefon, "
                                          "wita się, zwraca się po imieniu i proponuje pomoc, zanim gość o nią poprosi."));
      emb_kiosk_slide_add_item (slide, T ("Front door", "Wejście główne"), T ("Arrival", "Przyjazd"));
      emb_kiosk_slide_add_item (slide, T ("Reception desk", "Recepcja"), T ("Check-in", "Zameldowanie"));
      emb_kiosk_slide_add_item (slide, T ("Phone line", "Infolinia"), T ("Booking", "Rezerwacja"));
      emb_kiosk_slide_add_item (slide, T ("Restaurant", "Restauracja"), T ("Stay", "Pobyt"));
      emb_kiosk_slide_add_item (slide, T ("Checkout desk", "Kasa"), T ("Departure", "Wyjazd"));
      emb_kiosk_slide_set_link (slide, "https://intranet.example.com/promises/greeted-by-name");
      return slide;
    }

  {
    g_autofree char *title = repeat (T ("Every guest, whoever they are and whenever they come, is greeted by name.",
                                        "Każdego gościa, kimkolwiek jest i kiedykolwiek przyjeżdża, witamy po imieniu."), 400);
    g_autofree char *body = repeat (T ("Whoever sees a guest first says hello and offers help before they have to ask.",
                                       "Kto pierwszy zobaczy gościa, wita się i proponuje pomoc, zanim gość o nią poprosi."), 1200);
    g_autofree char *link = long_link ();

    slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PROMISE, "promise:2", title);
    emb_kiosk_slide_set_body (slide, body);
    emb_kiosk_slide_set_link (slide, link);
    for (guint i = 0; i < 12; i++)
      {
        g_autofree char *label = g_strdup_printf (T ("Touchpoint with a very long name number %u at the far end of the building",
                                                     "Punkt styku o bardzo długiej nazwie numer %u na drugim końcu budynku"), i + 1);

        emb_kiosk_slide_add_item (slide, label, T ("Departure and everything after it",
                                                   "Wyjazd i wszystko, co po nim następuje"));
      }
  }
  return slide;
}

static EmbKioskSlide *
make_value (gboolean very_long)
{
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_VALUE, "value:1",
                                              very_long ? T ("Ownership of every customer's problem from the first contact to the very end",
                                                             "Odpowiedzialność za problem każdego klienta od pierwszego kontaktu do samego końca")
                                                        : T ("Ownership", "Odpowiedzialność"));

  if (!very_long)
    {
      emb_kiosk_slide_set_body (slide, T ("We treat every customer's problem as our own until it is solved, "
                                          "even when it started in another department.",
                                          "Traktujemy problem każdego klienta jak własny, dopóki nie zostanie rozwiązany, "
                                          "nawet jeśli zaczął się w innym dziale."));
      emb_kiosk_slide_add_item (slide, T ("Call the customer back yourself when you said you would",
                                          "Oddzwaniaj do klienta sam, jeśli to obiecałeś"), NULL);
      emb_kiosk_slide_add_item (slide, T ("Hand a case over only with everything the next person needs",
                                          "Przekazuj sprawę tylko z kompletem informacji dla następnej osoby"), NULL);
      emb_kiosk_slide_add_item (slide, T ("Say what you will do, and by when",
                                          "Mów, co zrobisz i do kiedy"), NULL);
      emb_kiosk_slide_add_item (slide, T ("Ask a colleague for help before the customer has to wait",
                                          "Poproś kolegę o pomoc, zanim klient będzie musiał czekać"), NULL);
      return slide;
    }

  {
    g_autofree char *body = repeat (T ("We treat every customer's problem as our own until it is solved.",
                                       "Traktujemy problem każdego klienta jak własny, dopóki nie zostanie rozwiązany."), 1500);
    g_autofree char *behaviour = repeat (T ("Call the customer back yourself when you said you would, and say what happens next.",
                                            "Oddzwaniaj do klienta sam, jeśli to obiecałeś, i powiedz, co będzie dalej."), 300);

    emb_kiosk_slide_set_body (slide, body);
    for (guint i = 0; i < 9; i++)
      emb_kiosk_slide_add_item (slide, behaviour, NULL);
  }
  return slide;
}

static EmbKioskSlide *
make_wall (gboolean very_long)
{
  static const char * const en[][2] = {
    { "Customer Care team", "Ownership\nStayed late to rebook forty guests after the storm cancelled their flights." },
    { "Anna Kowalska", "Care\nNoticed a guest's allergy on the booking and warned the kitchen before dinner." },
    { "Logistics team", "Reliability\nDelivered the spare parts on a Sunday so that the shop could open on time." },
    { "Marek Nowak", "Ownership\nFollowed a lost suitcase across three airports until it reached its owner." },
    { "Billing team", "Clarity\nRewrote the invoice letter so that customers stopped calling to ask what it meant." },
  };
  static const char * const pl[][2] = {
    { "Zespół Obsługi Klienta", "Odpowiedzialność\nZostali po godzinach, by przebukować czterdziestu gości, którym burza odwołała loty." },
    { "Anna Kowalska", "Troska\nZauważyła alergię gościa w rezerwacji i uprzedziła kuchnię przed kolacją." },
    { "Zespół Logistyki", "Niezawodność\nDowieźli części zamienne w niedzielę, żeby sklep otworzył się na czas." },
    { "Marek Nowak", "Odpowiedzialność\nŚledził zagubioną walizkę przez trzy lotniska, aż trafiła do właściciela." },
    { "Zespół Rozliczeń", "Jasność\nNapisali list do faktury od nowa i klienci przestali dzwonić z pytaniem, co znaczy." },
  };
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_WALL, "wall", T ("Wall of fame", "Ściana sławy"));

  if (!very_long)
    {
      for (guint i = 0; i < G_N_ELEMENTS (en); i++)
        emb_kiosk_slide_add_item (slide, T (en[i][0], pl[i][0]), T (en[i][1], pl[i][1]));
      return slide;
    }

  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *reason = repeat (T (en[i % 5][1], pl[i % 5][1]), 700);

      emb_kiosk_slide_add_item (slide, T ("Customer Care and Complaints Resolution team of the northern region",
                                          "Zespół Obsługi Klienta i Rozpatrywania Reklamacji regionu północnego"), reason);
    }
  return slide;
}

static EmbKioskSlide *
make_praise (gboolean very_long)
{
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PRAISE, "praise",
                                              T ("What customers say", "Co mówią klienci"));

  if (!very_long)
    {
      emb_kiosk_slide_add_item (slide, T ("Reception desk", "Recepcja"),
                                T ("The lady at the desk remembered us from last year and had our favourite room ready.",
                                   "Pani w recepcji pamiętała nas z zeszłego roku i przygotowała nasz ulubiony pokój."));
      emb_kiosk_slide_add_item (slide, T ("Phone line", "Infolinia"),
                                T ("I called with a complicated question and had a clear answer in five minutes.",
                                   "Zadzwoniłem z zawiłym pytaniem i po pięciu minutach miałem jasną odpowiedź."));
      emb_kiosk_slide_add_item (slide, T ("Restaurant", "Restauracja"),
                                T ("They cooked a gluten-free dinner for our daughter without us having to ask twice.",
                                   "Ugotowali bezglutenowy obiad dla naszej córki i nie musieliśmy prosić dwa razy."));
      return slide;
    }

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *quote = repeat (T ("Everyone we met knew what we needed before we said it, and nobody ever sent us elsewhere.",
                                          "Każdy, kogo spotkaliśmy, wiedział, czego potrzebujemy, zanim to powiedzieliśmy, i nikt nas nigdzie nie odsyłał."),
                                       900);

      emb_kiosk_slide_add_item (slide, T ("Reception desk of the conference centre, ground floor, east wing",
                                          "Recepcja centrum konferencyjnego, parter, skrzydło wschodnie"), quote);
    }
  return slide;
}

static EmbKioskSlide *
make_nps_trend (gboolean very_long)
{
  /* Months as the content names them ("%OB %Y") */
  static const char * const months_en[] = { "January 2026", "February 2026", "March 2026", "April 2026",
                                            "May 2026", "June 2026", "July 2026", "August 2026",
                                            "September 2026", "October 2026", "November 2026", "December 2026" };
  static const char * const months_pl[] = { "styczeń 2026", "luty 2026", "marzec 2026", "kwiecień 2026",
                                            "maj 2026", "czerwiec 2026", "lipiec 2026", "sierpień 2026",
                                            "wrzesień 2026", "październik 2026", "listopad 2026", "grudzień 2026" };
  static const double values[] = { 12, 18, -4, 25, 31, 38, -100, 100, 0, 7, -23, 44 };
  static const guint answers[] = { 42, 57, 35, 61, 48, 66, 5, 1250, 12, 9, 31, 120 };
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_NPS_TREND, "nps-trend",
                                              T ("Net Promoter Score", "Net Promoter Score (NPS)"));
  guint n = very_long ? 12 : 6;

  for (guint i = 0; i < n; i++)
    emb_kiosk_slide_add_figure (slide, T (months_en[i], months_pl[i]), values[i], answers[i]);
  return slide;
}

static EmbKioskSlide *
make_coverage (gboolean very_long)
{
  static const char * const departments_en[] = { "Reception", "Restaurant", "Housekeeping", "Maintenance",
                                                 "Sales", "Finance" };
  static const char * const departments_pl[] = { "Recepcja", "Restauracja", "Housekeeping", "Dział techniczny",
                                                 "Sprzedaż", "Finanse" };
  static const double percents[] = { 92, 78, 64, 55, 88, 71 };
  static const guint people[] = { 24, 31, 45, 12, 9, 7 };
  EmbKioskSlide *slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_COVERAGE, "coverage",
                                              T ("Who has acknowledged the promise", "Kto potwierdził obietnicę"));

  if (!very_long)
    {
      for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
        emb_kiosk_slide_add_figure (slide, T (departments_en[i], departments_pl[i]), percents[i], people[i]);
      return slide;
    }

  for (guint i = 0; i < 14; i++)
    {
      g_autofree char *name = g_strdup_printf (T ("Customer Care and Complaints Resolution, region %u",
                                                  "Obsługa Klienta i Rozpatrywanie Reklamacji, region %u"), i + 1);

      emb_kiosk_slide_add_figure (slide, name, i * 7.5, 1000 + i);
    }
  return slide;
}

static EmbKioskSlide *
make_pilot (gboolean very_long)
{
  static const char * const departments_en[] = { "Reception", "Restaurant", "Housekeeping", "Maintenance", "Sales" };
  static const char * const departments_pl[] = { "Recepcja", "Restauracja", "Housekeeping", "Dział techniczny", "Sprzedaż" };
  static const EmbWaveStatus states[] = { EMB_WAVE_STATUS_ROLLED_OUT, EMB_WAVE_STATUS_EVALUATED,
                                          EMB_WAVE_STATUS_RUNNING, EMB_WAVE_STATUS_PLANNED,
                                          EMB_WAVE_STATUS_PLANNED };
  /* Where each stands, as the content says it */
  static const char * const texts_en[] = { "Done", "Done", "Running until 30 June 2026", "Not started yet", "" };
  static const char * const texts_pl[] = { "Zakończona", "Zakończona", "Trwa do 30 czerwca 2026", "Jeszcze nie rozpoczęta", "" };
  EmbKioskSlide *slide;

  if (!very_long)
    {
      /* The pilot's principle under its name */
      slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PILOT, "pilot:1",
                                   T ("Decide yourself, for the guest's benefit",
                                      "Decyduj sam, zawsze z korzyścią dla gościa"));
      emb_kiosk_slide_set_subtitle (slide, T ("Up to 200 € per case without asking a manager.",
                                              "Do 200 € na sprawę bez pytania kierownika."));
      for (guint i = 0; i < G_N_ELEMENTS (states); i++)
        emb_kiosk_slide_add_item_full (slide, T (departments_en[i], departments_pl[i]),
                                       T (texts_en[i], texts_pl[i]), states[i], 0);
      return slide;
    }

  {
    g_autofree char *title = repeat (T ("Decide yourself, always for the guest's benefit, within the guardrails.",
                                        "Decyduj sam, zawsze z korzyścią dla gościa, w ramach ustalonych zasad."), 300);
    g_autofree char *body = repeat (T ("Up to 200 € per case without asking a manager; write down what you decided.",
                                       "Do 200 € na sprawę bez pytania kierownika; zapisz, co postanowiłeś."), 800);

    slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PILOT, "pilot:2", title);
    emb_kiosk_slide_set_body (slide, body);
    for (guint i = 0; i < 11; i++)
      {
        g_autofree char *name = g_strdup_printf (T ("Customer Care and Complaints, region %u",
                                                    "Obsługa Klienta i Reklamacje, region %u"), i + 1);

        emb_kiosk_slide_add_item (slide, name, T ("Running since 3 March, evaluation in June after the season",
                                                  "Trwa od 3 marca, ocena w czerwcu po sezonie"));
      }
  }
  return slide;
}

static EmbKioskSlide *
make_announcement (gboolean very_long)
{
  EmbKioskSlide *slide;

  if (!very_long)
    {
      slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_ANNOUNCEMENT, "announcement:1",
                                   T ("The new staff canteen opens on Monday",
                                      "Nowa stołówka dla pracowników otwiera się w poniedziałek"));
      emb_kiosk_slide_set_body (slide, T ("From 7 January lunch is served on the second floor from 11:30 to 14:30. "
                                          "Bring your badge: the first week's soup is on us. Tell us what you would "
                                          "like on the menu with the form behind the code.",
                                          "Od 7 stycznia obiady wydajemy na drugim piętrze od 11:30 do 14:30. "
                                          "Zabierz identyfikator: w pierwszym tygodniu zupa na nasz koszt. Napisz, co "
                                          "chcesz w menu, w formularzu pod kodem."));
      emb_kiosk_slide_set_link (slide, "https://intranet.example.com/news/canteen");
      return slide;
    }

  {
    g_autofree char *title = repeat (T ("The new staff canteen opens on Monday on the second floor.",
                                        "Nowa stołówka dla pracowników otwiera się w poniedziałek na drugim piętrze."), 500);
    g_autofree char *body = repeat (T ("From 7 January lunch is served on the second floor from 11:30 to 14:30.",
                                       "Od 7 stycznia obiady wydajemy na drugim piętrze od 11:30 do 14:30."), 4000);
    g_autofree char *link = long_link ();

    slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_ANNOUNCEMENT, "announcement:2", title);
    emb_kiosk_slide_set_body (slide, body);
    emb_kiosk_slide_set_link (slide, link);
  }
  return slide;
}

typedef EmbKioskSlide *(*MakeSlide) (gboolean very_long);

static const MakeSlide makers[EMB_KIOSK_N_SLIDE_KINDS] = {
  [EMB_KIOSK_SLIDE_PROMISE] = make_promise,
  [EMB_KIOSK_SLIDE_VALUE] = make_value,
  [EMB_KIOSK_SLIDE_WALL] = make_wall,
  [EMB_KIOSK_SLIDE_PRAISE] = make_praise,
  [EMB_KIOSK_SLIDE_NPS_TREND] = make_nps_trend,
  [EMB_KIOSK_SLIDE_COVERAGE] = make_coverage,
  [EMB_KIOSK_SLIDE_PILOT] = make_pilot,
  [EMB_KIOSK_SLIDE_ANNOUNCEMENT] = make_announcement,
};

/* Every widget shown in @widget lies inside the window of @width × @height,
 * and no label is given less height than its lines need. */
static void
assert_inside (GtkWidget *widget,
               GtkWidget *window,
               int        width,
               int        height)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  /* Within a pixel: GTK rounds lengths in em (the kiosk's paddings) for
   * the allocation, not for the bounds */
  if (bounds.origin.x < -1.0f || bounds.origin.y < -1.0f ||
      bounds.origin.x + bounds.size.width > width + 1.0f ||
      bounds.origin.y + bounds.size.height > height + 1.0f)
    g_error ("A %s (%s) lies outside the window of %d × %d: %g, %g, %g × %g",
             G_OBJECT_TYPE_NAME (widget),
             GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
             width, height, bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);

  if (GTK_IS_LABEL (widget))
    {
      GtkAllocation allocation;
      int minimum;

      /* Both with the label's margins */
      gtk_widget_get_allocation (widget, &allocation);
      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, allocation.width,
                          &minimum, NULL, NULL, NULL);
      if (allocation.height < minimum || gtk_widget_get_width (widget) <= 0)
        g_error ("The label “%s” is cut: %d × %d for a height of %d",
                 gtk_label_get_text (GTK_LABEL (widget)),
                 allocation.width, allocation.height, minimum);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_inside (child, window, width, height);
}

/* What zbarimg reads in @path, or NULL when it reads nothing */
static char *
read_qr (const char *path)
{
  const char *argv[] = { "zbarimg", "--quiet", "--raw", path, NULL };
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &output, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_strdup (g_strchomp (output));
}

/* The QR code shows the slide's link when libqrencode makes a code a phone
 * can read of it (version 20 at most), else nothing, and no empty box. */
static void
check_qr (GtkWidget     *window,
          GtkWidget     *view,
          EmbKioskSlide *slide)
{
  EmbQrCode *qr = EMB_QR_CODE (emb_ui_test_find_by_type (view, EMB_TYPE_QR_CODE));
  const char *link = emb_kiosk_slide_get_link (slide);
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  QRcode *code;
  guint expected = 0;

  g_assert_nonnull (qr);
  g_assert_cmpstr (emb_qr_code_get_text (qr), ==, link);
  if (link[0] == '\0')
    {
      g_assert_cmpuint (emb_qr_code_get_width (qr), ==, 0);
      g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (qr)));
      return;
    }

  code = QRcode_encodeString (link, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  g_assert_nonnull (code);
  if (code->version <= 20)
    expected = code->width;
  QRcode_free (code);

  g_assert_cmpuint (emb_qr_code_get_width (qr), ==, expected);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (qr)) == (expected > 0));
  if (expected == 0)
    return;

  /* As large as four pixels a module at least, and read back */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (qr)), >=, 4 * (expected + 8));
  if (zbarimg != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("embassy-kiosk-qr-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
      g_autofree char *read = NULL;

      g_assert_no_error (error);
      emb_ui_test_render_png (window, path);
      read = read_qr (path);
      emb_ui_test_remove_tree (dir);
      g_assert_cmpstr (read, ==, link);
    }
  else
    g_test_message ("zbarimg is not installed: the QR code is not read back");
}

static void
show_slide (EmbKioskSlide *slide,
            const char    *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      int width = screens[i].width;
      int height = screens[i].height;
      GtkWidget *window = gtk_window_new ();
      GtkWidget *view = emb_kiosk_slide_view_new (slide);
      const char *dir = g_getenv ("EMBASSY_KIOSK_SHOTS");

      gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      gtk_window_set_child (GTK_WINDOW (window), view);
      gtk_window_present (GTK_WINDOW (window));
      emb_ui_test_wait_mapped (view);
      emb_ui_test_settle (window, 500);

      /* The window kept its size: the slide asks for no more */
      g_assert_cmpint (gtk_widget_get_width (window), ==, width);
      g_assert_cmpint (gtk_widget_get_height (window), ==, height);
      g_assert_true (emb_kiosk_slide_view_get_slide (EMB_KIOSK_SLIDE_VIEW (view)) == slide);
      assert_inside (view, window, width, height);
      check_qr (window, view, slide);

      if (dir != NULL)
        {
          const char *language = g_getenv ("LANGUAGE");
          g_autofree char *path = g_strdup_printf ("%s/kiosk-%s-%dx%d-%s.png", dir, name, width, height,
                                                   language != NULL && language[0] != '\0' ? language : "en");

          g_mkdir_with_parents (dir, 0755);
          emb_ui_test_render_png (window, path);
          g_test_message ("Screenshot: %s", path);
        }

      gtk_window_destroy (GTK_WINDOW (window));
      emb_ui_test_iterate (20);
    }
}

static void
test_kind (Fixture       *f,
           gconstpointer  data)
{
  EmbKioskSlideKind kind = GPOINTER_TO_UINT (data);
  const char *name = emb_kiosk_slide_kind_to_string (kind);
  g_autoptr(EmbKioskSlide) slide = makers[kind] (FALSE);
  g_autoptr(EmbKioskSlide) long_slide = makers[kind] (TRUE);
  g_autofree char *long_name = g_strdup_printf ("%s-long", name);

  g_assert_cmpint (emb_kiosk_slide_get_kind (slide), ==, kind);
  show_slide (slide, name);
  show_slide (long_slide, long_name);
}

/* What each kind shows of its items */
static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(EmbKioskSlide) nps = make_nps_trend (FALSE);
  g_autoptr(EmbKioskSlide) coverage = make_coverage (TRUE);
  g_autoptr(EmbKioskSlide) promise = make_promise (FALSE);
  g_autoptr(EmbKioskSlide) wall = make_wall (TRUE);
  GtkWidget *view;
  EmbColumnChart *columns;
  EmbBarChart *bars;

  view = g_object_ref_sink (emb_kiosk_slide_view_new (nps));
  columns = EMB_COLUMN_CHART (emb_ui_test_find_by_type (view, EMB_TYPE_COLUMN_CHART));
  g_assert_cmpuint (emb_column_chart_get_n_columns (columns), ==, emb_kiosk_slide_get_n_items (nps));
  for (guint i = 0; i < emb_kiosk_slide_get_n_items (nps); i++)
    {
      const EmbKioskItem *item = emb_kiosk_slide_get_item (nps, i);
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", item->n),
                                               item->n);

      g_assert_cmpstr (emb_column_chart_get_column_label (columns, i), ==, item->label);
      g_assert_cmpfloat (emb_column_chart_get_column_value (columns, i), ==, item->value);
      g_assert_cmpstr (emb_column_chart_get_column_note (columns, i), ==, note);
    }
  g_assert_finalize_object (view);

  /* Departments past eight: seven bars and "and 7 more" */
  view = g_object_ref_sink (emb_kiosk_slide_view_new (coverage));
  bars = EMB_BAR_CHART (emb_ui_test_find_by_type (view, EMB_TYPE_BAR_CHART));
  g_assert_cmpuint (emb_bar_chart_get_n_bars (bars), ==, 7);
  g_assert_cmpfloat (emb_bar_chart_get_bar_value (bars, 2), ==, emb_kiosk_slide_get_item (coverage, 2)->value);
  {
    g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", 7), 7);

    g_assert_nonnull (emb_ui_test_find_label (view, more));
  }
  g_assert_finalize_object (view);

  /* A wave with its words and its status: both shown, the status as the
   * step's state */
  {
    g_autoptr(EmbKioskSlide) pilot = make_pilot (FALSE);
    const EmbKioskItem *item = emb_kiosk_slide_get_item (pilot, 2);
    g_autoptr(GPtrArray) steps = NULL;
    guint running = 0;

    g_assert_true (item->has_value);
    g_assert_cmpfloat (item->value, ==, EMB_WAVE_STATUS_RUNNING);
    view = g_object_ref_sink (emb_kiosk_slide_view_new (pilot));
    g_assert_nonnull (emb_ui_test_find_label (view, item->text));
    /* The last wave has no words: its status names it */
    g_assert_nonnull (emb_ui_test_find_label (view, _("Not started")));
    steps = emb_ui_test_find_all_by_type (view, GTK_TYPE_BOX);
    for (guint i = 0; i < steps->len; i++)
      if (gtk_widget_has_css_class (steps->pdata[i], "kiosk-step"))
        {
          g_assert_true (gtk_widget_has_css_class (steps->pdata[i], "done") ||
                         gtk_widget_has_css_class (steps->pdata[i], "running") ||
                         gtk_widget_has_css_class (steps->pdata[i], "planned"));
          running += gtk_widget_has_css_class (steps->pdata[i], "running");
        }
    g_assert_cmpuint (running, ==, 1);
    g_assert_finalize_object (view);
  }

  /* Every touchpoint of the promise, with its stage */
  view = g_object_ref_sink (emb_kiosk_slide_view_new (promise));
  g_assert_nonnull (emb_ui_test_find_label (view, emb_kiosk_slide_get_title (promise)));
  for (guint i = 0; i < emb_kiosk_slide_get_n_items (promise); i++)
    {
      g_assert_nonnull (emb_ui_test_find_label (view, emb_kiosk_slide_get_item (promise, i)->label));
      g_assert_nonnull (emb_ui_test_find_label (view, emb_kiosk_slide_get_item (promise, i)->text));
    }
  g_assert_finalize_object (view);

  /* At most six cards on the wall */
  view = g_object_ref_sink (emb_kiosk_slide_view_new (wall));
  {
    g_autoptr(GPtrArray) labels = emb_ui_test_find_all_by_type (view, GTK_TYPE_LABEL);
    guint cards = 0;

    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "kiosk-card-title"))
        cards++;
    g_assert_cmpuint (cards, ==, 6);
  }
  g_assert_finalize_object (view);
}

/* The QR code widget on its own */
static void
test_qr_code (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *link = long_link ();
  GtkWidget *qr = g_object_ref_sink (emb_qr_code_new ("https://example.com/a"));
  QRcode *code = QRcode_encodeString ("https://example.com/a", 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  int minimum, natural;

  g_assert_cmpuint (emb_qr_code_get_width (EMB_QR_CODE (qr)), ==, code->width);
  gtk_widget_measure (qr, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, code->width + 8);
  g_assert_cmpint (natural, >=, minimum);
  QRcode_free (code);

  /* 900 characters: libqrencode would need version 26 or more; nothing */
  code = QRcode_encodeString (link, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  g_assert_nonnull (code);
  g_assert_cmpint (code->version, >, 20);
  QRcode_free (code);
  emb_qr_code_set_text (EMB_QR_CODE (qr), link);
  g_assert_cmpuint (emb_qr_code_get_width (EMB_QR_CODE (qr)), ==, 0);
  gtk_widget_measure (qr, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);
  gtk_widget_measure (qr, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);

  /* Too long even for version 40: still nothing, and no crash */
  {
    g_autofree char *huge = g_strnfill (5000, 'x');

    emb_qr_code_set_text (EMB_QR_CODE (qr), huge);
    g_assert_cmpuint (emb_qr_code_get_width (EMB_QR_CODE (qr)), ==, 0);
  }
  emb_qr_code_set_text (EMB_QR_CODE (qr), NULL);
  g_assert_cmpuint (emb_qr_code_get_width (EMB_QR_CODE (qr)), ==, 0);
  g_assert_finalize_object (qr);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");

  emb_ui_test_init (&argc, &argv);
  polish = language != NULL && g_str_has_prefix (language, "pl");

  g_test_add ("/ui/kiosk-slides/qr-code", Fixture, NULL,
              fixture_set_up, test_qr_code, emb_ui_fixture_tear_down_func);
  g_test_add ("/ui/kiosk-slides/content", Fixture, NULL,
              fixture_set_up, test_content, emb_ui_fixture_tear_down_func);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/kiosk-slides/%s", emb_kiosk_slide_kind_to_string (kind));

      g_test_add (path, Fixture, GUINT_TO_POINTER (kind),
                  fixture_set_up, test_kind, emb_ui_fixture_tear_down_func);
    }

  return g_test_run ();
}
