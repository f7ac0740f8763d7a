/* emb-kiosk-redact.c: a quote cleared of what names or reaches a customer
 *
 * Survey tools and HR systems pass on what customers typed: e-mail
 * addresses (also "anna (at) example.com"), phone numbers in every national
 * habit ("+48 601 234 567", "(22) 123-45-67", "+30 210 123 4567"), order,
 * account and card numbers ("#A12345", "ZAM/2026/0042", an IBAN), long
 * numbers a spreadsheet turned into "5.70306E+17", and the customer's own
 * reference. Each becomes "…", in this order of rules, and a run of them
 * one "…".
 *
 * What stays: numbers of fewer than four digits, a year ("since 2019"), a
 * date ("12.03.2026"), a time range ("10.30-11.00"), a score ("10/10"),
 * and numbers in groups of fewer than seven digits in all ("1 250 zł").
 * Names the customer wrote in the text are not known as names, unless they
 * are the customer reference.
 *
 * A customer reference is matched whole, without regard to case; when it
 * holds no digit it is a name ("Anna Kowalska"), and each of its words of
 * three letters or more goes too, so the signature "Anna" goes with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-content.h"

#define ELLIPSIS "…"

#define MIN_PHONE_DIGITS     7
#define MIN_REFERENCE_DIGITS 4
#define MIN_NAME_WORD_CHARS  3

/* Not a letter or digit before or after: a whole token. */
#define START "(?<![\\p{L}\\p{N}])"
#define END   "(?![\\p{L}\\p{N}])"

/* What may look like a number worth hiding and is not: a year, a date, a
 * time range, a score ("10/10"). */
#define HARMLESS \
  "^(?:(?:19|20)\\d\\d" \
  "|\\d{1,2}/\\d{1,2}" \
  "|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d\\d){1,2}" \
  "|\\d{4}-\\d\\d-\\d\\d" \
  "|\\d{1,2}[.:]\\d\\d ?[-\\x{2013}] ?\\d{1,2}[.:]\\d\\d)$"

typedef gboolean (*RedactFunc) (const char *match);

typedef struct
{
  const char *pattern;
  RedactFunc  redact;   /* whether a match goes; NULL: always */
} Rule;

static guint
count_digits (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      n++;
  return n;
}

static gboolean
is_harmless (const char *match)
{
  static GRegex *harmless;

  if (g_once_init_enter (&harmless))
    g_once_init_leave (&harmless, g_regex_new (HARMLESS, 0, 0, NULL));
  return g_regex_match (harmless, match, 0, NULL);
}

static gboolean
is_phone (const char *match)
{
  return count_digits (match) >= MIN_PHONE_DIGITS && !is_harmless (match);
}

static gboolean
is_reference (const char *match)
{
  return count_digits (match) >= MIN_REFERENCE_DIGITS && !is_harmless (match);
}

static const Rule rules[] = {
  /* An e-mail address, also with "(at)" or "[at]" for "@". */
  { "[\\p{L}\\p{N}._%+-]+(?:@|\\s?[(\\[](?i:at)[)\\]]\\s?)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
    NULL },
  /* A long number that a spreadsheet wrote in scientific notation. */
  { START "\\d+(?:[.,]\\d+)?[eE]\\+\\d{1,3}" END, NULL },
  /* An IBAN, grouped in fours or not. */
  { START "[A-Z]{2}\\d\\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?" END, NULL },
  /* A phone number: groups of digits with +, parentheses, dots, dashes,
   * slashes and (non-breaking) spaces between; not the tail of a
   * reference ("ZAM/2026/0042"), which the next rule takes whole. */
  { "(?<![\\p{L}\\p{N}+/._-])(?:\\+|\\(\\+?)?\\d"
    "[\\d ().\\/\\x{00A0}\\x{202F}\\x{2010}-\\x{2013}-]*\\d" END, is_phone },
  /* An order or account reference: letters and digits, maybe joined by
   * - _ / or a dot. */
  { START "[\\p{L}\\p{N}]+(?:[-_/.][\\p{L}\\p{N}]+)*", is_reference },
  /* What is left of the runs of the above. */
  { ELLIPSIS "(?:[\\s/.,:;#-]*" ELLIPSIS ")+", NULL },
};

static gboolean
replace_match (const GMatchInfo *info,
               GString          *out,
               gpointer          user_data)
{
  const Rule *rule = user_data;
  g_autofree char *match = g_match_info_fetch (info, 0);

  if (rule->redact == NULL || rule->redact (match))
    g_string_append (out, ELLIPSIS);
  else
    g_string_append (out, match);
  return FALSE;
}

static GRegex **
compiled_rules (void)
{
  static GRegex **regexes;

  if (g_once_init_enter (&regexes))
    {
      GRegex **compiled = g_new0 (GRegex *, G_N_ELEMENTS (rules));

      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        {
          compiled[i] = g_regex_new (rules[i].pattern, 0, 0, NULL);
          g_assert (compiled[i] != NULL);
        }
      g_once_init_leave (&regexes, compiled);
    }
  return regexes;
}

/* @text without @literal as a whole token, whatever its case. */
static char *
redact_literal (const char *text,
                const char *literal)
{
  g_autofree char *escaped = g_regex_escape_string (literal, -1);
  g_autofree char *pattern = g_strconcat (START, escaped, END, NULL);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
  char *out = NULL;

  if (regex != NULL)
    out = g_regex_replace_literal (regex, text, -1, 0, ELLIPSIS, 0, NULL);
  return out != NULL ? out : g_strdup (text);
}

/* @text without the customer's reference, and without each longer word of
 * it when it is a name. */
static char *
redact_customer (const char *text,
                 const char *customer_ref)
{
  g_autofree char *ref = g_strstrip (g_strdup (customer_ref));
  g_auto(GStrv) words = NULL;
  char *out;

  if (g_utf8_strlen (ref, -1) < 2)
    return g_strdup (text);

  out = redact_literal (text, ref);
  if (count_digits (ref) > 0)
    return out;

  words = g_regex_split_simple ("[\\s,;]+", ref, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= MIN_NAME_WORD_CHARS)
      {
        char *next = redact_literal (out, words[i]);

        g_free (out);
        out = next;
      }
  return out;
}

/**
 * emb_kiosk_redact:
 *
 * See emb-kiosk-content.h and the rules above.
 */
char *
emb_kiosk_redact (const char *text,
                  const char *customer_ref)
{
  GRegex **regexes = compiled_rules ();
  g_autofree char *valid = NULL;
  char *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = customer_ref != NULL ? redact_customer (valid, customer_ref) : g_strdup (valid);
  for (guint i = 0; i < G_N_ELEMENTS (rules) && out != NULL; i++)
    {
      char *next = g_regex_replace_eval (regexes[i], out, -1, 0, 0, replace_match,
                                         (gpointer)&rules[i], NULL);

      g_free (out);
      out = next;
    }
  /* Nothing rather than a quote that was not cleared. */
  return out != NULL ? out : g_strdup ("");
}
