/* test-kiosk-redact.c: quotes cleared of what names or reaches a customer
 *
 * emb_kiosk_redact() on texts as survey tools, web forms, e-mail and
 * spreadsheets pass them on, in English, Polish and Greek: phone numbers in
 * national habits, e-mail addresses, order and account numbers, numbers a
 * spreadsheet wrote as 5.70306E+17, the customer's reference; and what must
 * stay (years, dates, times, scores, amounts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-kiosk-content.h"
#include "emb-test-util.h"

static void
test_redact (void)
{
  /* Texts as survey tools, e-mail forms and spreadsheets pass them on. */
  static const struct { const char *text; const char *ref; const char *expected; } cases[] = {
    { "Call me on +48 601 234 567, thanks!", NULL, "Call me on …, thanks!" },
    { "Call 0048601234567 or 601 234 567", NULL, "Call … or …" },
    { "Pani Ania z infolinii (tel. 22 123 45 67) była świetna", NULL,
      "Pani Ania z infolinii (tel. …) była świetna" },
    { "(22) 123-45-67 any time", NULL, "… any time" },
    { "Mail: anna.k@example.com.", NULL, "Mail: …." },
    { "anna (at) example.com wrote", NULL, "… wrote" },
    { "Problem with order #A12345 solved", NULL, "Problem with order #… solved" },
    { "Ticket #12345 / #67890", NULL, "Ticket #…" },
    { "Order 2026-000123 arrived", NULL, "Order … arrived" },
    { "Ref: 5.70306E+17", NULL, "Ref: …" },
    { "5,70306E+17 was my number", NULL, "… was my number" },
    { "Zamówienie nr ZAM/2026/0042, tel. 601-234-567 — dziękuję!", NULL,
      "Zamówienie nr …, tel. … — dziękuję!" },
    { "Παραγγελία 123456, τηλ. +30 210 123 4567, email μαρία@παράδειγμα.gr", NULL,
      "Παραγγελία …, τηλ. …, email …" },
    { "IBAN PL61 1090 1014 0000 0712 1981 2874 please", NULL, "IBAN … please" },
    { "card 4111 1111 1111 1111 blocked in time", NULL, "card … blocked in time" },
    /* What is no customer's data stays. */
    { "Klient od 2019 roku, wizyta 12.03.2026 o 10.30-11.00", NULL,
      "Klient od 2019 roku, wizyta 12.03.2026 o 10.30-11.00" },
    { "Rated 10/10, 3 stars, 24/7 service", NULL, "Rated 10/10, 3 stars, 24/7 service" },
    { "Paid 1 250,00 zł for the transfer", NULL, "Paid 1 250,00 zł for the transfer" },
    { "Thanks\r\nJan Kowalski\r\ntel 601234567", NULL, "Thanks\r\nJan Kowalski\r\ntel …" },
    /* The customer's reference, whole and, for a name, word by word. */
    { "Thank you! Anna Kowalska", "Anna Kowalska", "Thank you! …" },
    { "Best regards, anna", "Kowalska, Anna", "Best regards, …" },
    { "Customer KOW-7 said it was great", "KOW-7", "Customer … said it was great" },
    { "KOW-7 and KOW-77", "KOW-7", "… and KOW-77" },
    { "Dziękuję, Pan Łukasz — łukasz", "ŁUKASZ Wiśniewski", "Dziękuję, Pan … — …" },
    { "Ευχαριστώ πολύ, ΜΑΡΊΑ", "Μαρία Παπαδοπούλου", "Ευχαριστώ πολύ, …" },
    { "A great day", "A", "A great day" },
    { "", "C123", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cleared = emb_kiosk_redact (cases[i].text, cases[i].ref);

      g_assert_cmpstr (cleared, ==, cases[i].expected);
    }
}

static void
test_redact_bad_text (void)
{
  g_autofree char *none = emb_kiosk_redact (NULL, NULL);
  g_autofree char *latin1 = emb_kiosk_redact ("caf\xe9 601234567 merci", "");

  g_assert_cmpstr (none, ==, "");
  g_assert_true (g_utf8_validate (latin1, -1, NULL));
  g_assert_null (strstr (latin1, "601"));
  g_assert_true (g_str_has_suffix (latin1, " … merci"));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/kiosk-redact/real-texts", test_redact);
  g_test_add_func ("/kiosk-redact/bad-text", test_redact_bad_text);

  return g_test_run ();
}
