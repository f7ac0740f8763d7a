/* emb-csv-encoding.c: telling the code page of a file that is not UTF-8
 *
 * A spreadsheet saves "CSV" in the legacy code page of its desktop: a US or
 * Western European export is WINDOWS-1252, a Polish one WINDOWS-1250, a
 * Greek one WINDOWS-1253. The reader counts, for every byte from 0x80 up,
 * how often it occurs and what stands beside it; each candidate code page
 * is then scored by what those bytes would be in it:
 *
 * - a byte the code page does not define rules it out;
 * - a letter of the code page's script counts for it, less for a letter
 *   rarely written in the languages of the page; in a Latin code page a
 *   word made only of such bytes counts nothing (Greek text read as
 *   WINDOWS-1252 is all accented letters, "Ðáðáäüðïõëïò");
 * - a letter of another script beside ASCII letters counts against it
 *   ("José" read as WINDOWS-1253 is "Josι");
 * - a symbol inside a word counts against it ("Łukasz" read as
 *   WINDOWS-1252 is "£ukasz", "Żółć" is "¯ó³æ"), but not the punctuation
 *   that text is full of (“quotes”, dashes, …, €).
 *
 * The candidates are WINDOWS-1252, WINDOWS-1250, WINDOWS-1253 and the code
 * page of the user's language; on a tie the first of that order wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

/* Enough text to tell; the rest of a large file tells nothing new. */
#define MAX_SCANNED (8 * 1024 * 1024)

static gboolean
is_ascii_letter (guchar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static gboolean
is_word_byte (guchar c)
{
  return c >= 0x80 || is_ascii_letter (c);
}

/* The end of a word: its high bytes count as a word of their own when
 * there are three or more and no ASCII letter. */
static void
end_word (EmbCsvByteStats *stats)
{
  if (!stats->word_ascii && stats->word_high >= 3)
    for (guint i = 0; i < stats->word_high && i < G_N_ELEMENTS (stats->word); i++)
      stats->high_word[stats->word[i] - 0x80]++;
  stats->word_high = 0;
  stats->word_ascii = FALSE;
}

/**
 * _emb_csv_byte_stats_add:
 *
 * Counts the bytes of the next @length bytes of the file.
 */
void
_emb_csv_byte_stats_add (EmbCsvByteStats *stats,
                         const guchar    *bytes,
                         gsize            length)
{
  if (stats->scanned >= MAX_SCANNED)
    return;
  length = MIN (length, MAX_SCANNED - stats->scanned);
  stats->scanned += length;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = bytes[i];

      if (!is_word_byte (c))
        {
          end_word (stats);
          stats->previous = c;
          continue;
        }

      if (c < 0x80)
        stats->word_ascii = TRUE;
      else
        {
          guint b = c - 0x80;
          guchar next = i + 1 < length ? bytes[i + 1] : ' ';

          stats->count[b]++;
          if (is_word_byte (stats->previous))
            stats->after_letter[b]++;
          if (is_word_byte (next))
            stats->before_letter[b]++;
          if (is_ascii_letter (stats->previous) || is_ascii_letter (next))
            stats->beside_ascii[b]++;
          if (stats->word_high < G_N_ELEMENTS (stats->word))
            stats->word[stats->word_high] = c;
          stats->word_high++;
        }
      stats->previous = c;
    }
}

/* Scoring ------------------------------------------------------------------ */

/* Letters of Latin code pages that their languages rarely write. */
static const char rare_letters[] =
  "ðþÐÞÿƒªºŕĺľťďňőűăţşŔĹĽŤĎŇŐŰĂŢŞ";

/* Punctuation that text is full of, inside words or not. */
static const char common_punctuation[] =
  "‘’‚“”„–—…€•™«»°§©®·´¨";

static gboolean
contains_char (const char *set,
               gunichar    c)
{
  for (const char *p = set; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;
  return FALSE;
}

static GUnicodeScript
script_of_code_page (const char *encoding)
{
  static const struct
  {
    const char     *encoding;
    GUnicodeScript  script;
  } scripts[] = {
    { "WINDOWS-1251", G_UNICODE_SCRIPT_CYRILLIC },
    { "WINDOWS-1253", G_UNICODE_SCRIPT_GREEK },
    { "WINDOWS-1255", G_UNICODE_SCRIPT_HEBREW },
    { "WINDOWS-1256", G_UNICODE_SCRIPT_ARABIC },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    if (g_ascii_strcasecmp (encoding, scripts[i].encoding) == 0)
      return scripts[i].script;
  return G_UNICODE_SCRIPT_LATIN;
}

/* What byte @b (from 0x80) is in the code page of @conv, or (gunichar)-1
 * when the code page does not define it. */
static gunichar
decode_byte (GIConv conv,
             guint  b)
{
  char in[1] = { (char)b };
  g_autofree char *out = g_convert_with_iconv (in, 1, conv, NULL, NULL, NULL);

  g_iconv (conv, NULL, NULL, NULL, NULL);
  if (out == NULL || !g_utf8_validate (out, -1, NULL) || g_utf8_strlen (out, -1) != 1)
    return (gunichar)-1;
  return g_utf8_get_char (out);
}

/* How well the bytes read as @encoding; FALSE when it does not define a
 * byte of the file. */
static gboolean
score_code_page (const EmbCsvByteStats *stats,
                 const char            *encoding,
                 gint64                *score)
{
  GUnicodeScript script = script_of_code_page (encoding);
  GIConv conv = g_iconv_open ("UTF-8", encoding);
  gint64 total = 0;
  gboolean ok = TRUE;

  if (conv == (GIConv)-1)
    return FALSE;

  for (guint b = 0; b < 128 && ok; b++)
    {
      gint64 n = stats->count[b];
      gunichar c;

      if (n == 0)
        continue;

      c = decode_byte (conv, b + 0x80);
      if (c == (gunichar)-1)
        ok = FALSE;
      else if (g_unichar_isalpha (c))
        {
          GUnicodeScript own = g_unichar_get_script (c);

          if (own != script)
            total -= 2 * (gint64)stats->beside_ascii[b];
          else if (script == G_UNICODE_SCRIPT_LATIN)
            total += (contains_char (rare_letters, c) ? 1 : 2) * (n - stats->high_word[b]);
          else
            total += 2 * n - 4 * (gint64)stats->beside_ascii[b];
        }
      else if (c == 0x00BF || c == 0x00A1)   /* ¿ ¡ open a sentence */
        total -= 4 * (gint64)stats->after_letter[b];
      else if (!contains_char (common_punctuation, c) && !g_unichar_isspace (c))
        total -= 4 * (gint64)(stats->after_letter[b] + stats->before_letter[b]);
    }

  g_iconv_close (conv);
  *score = total;
  return ok;
}

/**
 * _emb_csv_byte_stats_guess:
 * @fallback: the code page of the user's language, one more candidate
 *
 * Returns: (transfer none): the code page the bytes counted read best in;
 *   @fallback when none defines them all
 */
const char *
_emb_csv_byte_stats_guess (EmbCsvByteStats *stats,
                           const char      *fallback)
{
  const char *candidates[] = { "WINDOWS-1252", "WINDOWS-1250", "WINDOWS-1253", fallback };
  const char *best = NULL;
  gint64 best_score = 0;

  end_word (stats);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      gint64 score;

      if (!score_code_page (stats, candidates[i], &score))
        continue;
      if (best == NULL || score > best_score)
        {
          best = candidates[i];
          best_score = score;
        }
    }
  return best != NULL ? best : fallback;
}
