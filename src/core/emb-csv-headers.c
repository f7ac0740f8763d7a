/* emb-csv-headers.c: which header names which field
 *
 * The fields a column can be read into, and the words that name them: the
 * column headers of HR and survey tools in English, Polish and Greek, and
 * the words of statuses, offices, kinds and scales in cells. The words are
 * data, in data/csv-headers.ini (compiled into the core resource), read
 * once into hash tables of folded keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-database-private.h"

#define HEADERS_PATH RESOURCE_BASE "/csv-headers.ini"

/* Fields ----------------------------------------------------------------- */

#define FIRST_ROSTER_FIELD   EMB_CSV_FIELD_EMPLOYEE_NUMBER
#define LAST_ROSTER_FIELD    EMB_CSV_FIELD_TERMINATION_DATE
#define FIRST_FEEDBACK_FIELD EMB_CSV_FIELD_RECEIVED_AT
#define LAST_FEEDBACK_FIELD  EMB_CSV_FIELD_SOURCE_ID

static const char * const field_names[EMB_CSV_N_FIELDS + 1] = {
  NULL,
  "employee-number",
  "name",
  "first-name",
  "last-name",
  "email",
  "department",
  "role",
  "office",
  "site",
  "hire-date",
  "status",
  "terminated",
  "termination-date",
  "received-at",
  "score",
  "score-type",
  "text",
  "kind",
  "channel",
  "touchpoint",
  "customer-ref",
  "source",
  "source-id",
  NULL,
};

static const char * const roster_fields[] = {
  "employee-number", "name", "first-name", "last-name", "email", "department", "role",
  "office", "site", "hire-date", "status", "terminated", "termination-date", NULL,
};

static const char * const feedback_fields[] = {
  "received-at", "score", "score-type", "text", "kind", "channel", "touchpoint",
  "customer-ref", "source", "source-id", NULL,
};

static const char * const no_fields[] = { NULL };

gboolean
_emb_csv_field_in_format (EmbCsvField     field,
                          EmbImportFormat format)
{
  if (format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    return field >= FIRST_ROSTER_FIELD && field <= LAST_ROSTER_FIELD;
  if (format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    return field >= FIRST_FEEDBACK_FIELD && field <= LAST_FEEDBACK_FIELD;
  return FALSE;
}

EmbCsvField
_emb_csv_field_from_name (const char *name)
{
  if (name == NULL)
    return EMB_CSV_FIELD_NONE;
  if (g_str_equal (name, "active"))
    return EMB_CSV_FIELD_STATUS;
  for (guint i = 1; i < EMB_CSV_N_FIELDS; i++)
    if (g_str_equal (name, field_names[i]))
      return i;
  return EMB_CSV_FIELD_NONE;
}

/**
 * emb_csv_import_list_fields:
 * @format: %EMB_IMPORT_FORMAT_ROSTER_CSV or %EMB_IMPORT_FORMAT_FEEDBACK_CSV
 *
 * Returns: (transfer none): the names of the fields a column can be mapped
 *   to, for the import assistant
 */
const char * const *
emb_csv_import_list_fields (EmbImportFormat format)
{
  switch (format)
    {
    case EMB_IMPORT_FORMAT_ROSTER_CSV:
      return roster_fields;
    case EMB_IMPORT_FORMAT_FEEDBACK_CSV:
      return feedback_fields;
    case EMB_IMPORT_FORMAT_AUTO:
    case EMB_IMPORT_FORMAT_BUNDLE:
    default:
      return no_fields;
    }
}

/**
 * emb_csv_import_field_label:
 * @field: a field name such as "employee-number"
 *
 * Returns: (transfer none): the field's name for a person, translated
 */
const char *
emb_csv_import_field_label (const char *field)
{
  g_return_val_if_fail (field != NULL, NULL);

  switch (_emb_csv_field_from_name (field))
    {
    case EMB_CSV_FIELD_EMPLOYEE_NUMBER:   return _("Employee number");
    case EMB_CSV_FIELD_NAME:              return _("Name");
    case EMB_CSV_FIELD_FIRST_NAME:        return _("First name");
    case EMB_CSV_FIELD_LAST_NAME:         return _("Last name");
    case EMB_CSV_FIELD_EMAIL:             return _("E-mail");
    case EMB_CSV_FIELD_DEPARTMENT:        return _("Department");
    case EMB_CSV_FIELD_ROLE:              return _("Role");
    case EMB_CSV_FIELD_OFFICE:            return _("Front or back office");
    case EMB_CSV_FIELD_SITE:              return _("Site");
    case EMB_CSV_FIELD_HIRE_DATE:         return _("Hire date");
    case EMB_CSV_FIELD_STATUS:            return _("Employment status");
    case EMB_CSV_FIELD_TERMINATED:        return _("Terminated");
    case EMB_CSV_FIELD_TERMINATION_DATE:  return _("Termination date");
    case EMB_CSV_FIELD_RECEIVED_AT:       return _("Received");
    case EMB_CSV_FIELD_SCORE:             return _("Score");
    case EMB_CSV_FIELD_SCORE_TYPE:        return _("Score type");
    case EMB_CSV_FIELD_TEXT:              return _("Text");
    case EMB_CSV_FIELD_KIND:              return _("Kind");
    case EMB_CSV_FIELD_CHANNEL:           return _("Channel");
    case EMB_CSV_FIELD_TOUCHPOINT:        return _("Touchpoint");
    case EMB_CSV_FIELD_CUSTOMER_REF:      return _("Customer reference");
    case EMB_CSV_FIELD_SOURCE:            return _("Source");
    case EMB_CSV_FIELD_SOURCE_ID:         return _("Source’s own id");
    case EMB_CSV_FIELD_NONE:
    case EMB_CSV_N_FIELDS:
    case EMB_CSV_FIELD_CATEGORY:
    case EMB_CSV_FIELD_MAYBE_KIND:
    default:
      return field;
    }
}

const char *
_emb_csv_field_name (EmbCsvField field)
{
  return field < EMB_CSV_N_FIELDS ? field_names[field] : NULL;
}

/* Folding ---------------------------------------------------------------- */

/* A key for matching headers and words: lower case, without accents,
 * spaces, punctuation or anything in brackets, so that "E-mail", "Email"
 * and "E-MAIL (work)" meet, and "Dział" meets "dzial", "Τμήμα" meets
 * "τμημα". */
static char *
fold_key_full (const char *text,
               gboolean    drop_brackets)
{
  g_autofree char *decomposed = NULL;
  GString *key;
  int depth = 0;
  gboolean ascii = TRUE;

  if (text == NULL)
    return g_strdup ("");

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar)*p >= 0x80)
      {
        ascii = FALSE;
        break;
      }

  key = g_string_sized_new (strlen (text));

  if (ascii)
    {
      for (const char *p = text; *p != '\0'; p++)
        {
          if (drop_brackets && (*p == '(' || *p == '['))
            depth++;
          else if (drop_brackets && (*p == ')' || *p == ']') && depth > 0)
            depth--;
          else if (depth > 0)
            continue;
          else if (g_ascii_isalnum (*p) || *p == '#')
            g_string_append_c (key, g_ascii_tolower (*p));
        }
      return g_string_free (key, FALSE);
    }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_string_free (key, FALSE);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (drop_brackets && (c == '(' || c == '['))
        depth++;
      else if (drop_brackets && (c == ')' || c == ']') && depth > 0)
        depth--;
      else if (depth > 0 || g_unichar_ismark (c))
        continue;
      else if (c == 0x0141 || c == 0x0142)  /* Ł ł: no decomposition */
        g_string_append_c (key, 'l');
      else if (c == '#')
        g_string_append_c (key, '#');
      else if (g_unichar_isalnum (c))
        {
          c = g_unichar_tolower (c);
          if (c == 0x03C2)  /* final sigma */
            c = 0x03C3;
          g_string_append_unichar (key, c);
        }
    }

  return g_string_free (key, FALSE);
}

char *
_emb_csv_fold_key (const char *text)
{
  return fold_key_full (text, FALSE);
}

char *
_emb_csv_fold_header (const char *text)
{
  char *key = fold_key_full (text, TRUE);

  /* A header all in brackets keeps its words. */
  if (*key == '\0')
    {
      g_free (key);
      key = fold_key_full (text, FALSE);
    }
  return key;
}

/* The words of data/csv-headers.ini -------------------------------------- */

typedef struct
{
  EmbCsvField field;
  int         variant;
} Synonym;

/* The headers of one kind of file. */
typedef struct
{
  GArray     *synonyms;   /* Synonym, in the order of the file */
  GHashTable *headers;    /* folded header → index in synonyms + 1 */
  GArray     *contains;   /* Synonym, one for each needle */
  GPtrArray  *needles;    /* folded words a header may contain */
} Headers;

/* A stem of [<group>-contains]: a value whose folded text contains it
 * means @value. */
typedef struct
{
  char *needle;
  int   value;
} Stem;

typedef struct
{
  Headers     roster;
  Headers     feedback;
  GHashTable *words[EMB_CSV_N_WORDS];   /* folded word → value + 1 */
  GArray     *stems[EMB_CSV_N_WORDS];   /* Stem, in the order of the file */
} Tables;

static const char * const word_groups[EMB_CSV_N_WORDS] = {
  [EMB_CSV_WORDS_STATUS] = "status",
  [EMB_CSV_WORDS_OFFICE] = "office",
  [EMB_CSV_WORDS_KIND] = "kind",
  [EMB_CSV_WORDS_SCORE_TYPE] = "score-type",
  [EMB_CSV_WORDS_SUBHEADER] = "subheader",
};

/* A key of a group of headers: "<field>" or "<field>:<variant>", optionally
 * followed by "[<language>]". */
static gboolean
parse_header_key (const char *key,
                  Synonym    *synonym)
{
  g_autofree char *name = g_strndup (key, strcspn (key, "["));
  char *variant = strchr (name, ':');

  if (variant != NULL)
    *variant++ = '\0';

  if (g_str_equal (name, "category"))
    synonym->field = EMB_CSV_FIELD_CATEGORY;
  else if (g_str_equal (name, "maybe-kind"))
    synonym->field = EMB_CSV_FIELD_MAYBE_KIND;
  else
    synonym->field = _emb_csv_field_from_name (name);
  synonym->variant = 0;

  if (synonym->field == EMB_CSV_FIELD_NONE)
    return FALSE;
  if (variant == NULL)
    return TRUE;

  if (synonym->field == EMB_CSV_FIELD_SCORE)
    return emb_enum_from_nick (EMB_TYPE_SCORE_TYPE, variant, &synonym->variant) &&
           synonym->variant != EMB_SCORE_TYPE_NONE;
  if (synonym->field == EMB_CSV_FIELD_OFFICE && g_str_equal (variant, "yes-is-front"))
    synonym->variant = EMB_CSV_OFFICE_YES_FRONT;
  else if (synonym->field == EMB_CSV_FIELD_OFFICE && g_str_equal (variant, "yes-is-back"))
    synonym->variant = EMB_CSV_OFFICE_YES_BACK;
  else if (synonym->field == EMB_CSV_FIELD_EMPLOYEE_NUMBER && g_str_equal (variant, "weak"))
    synonym->variant = EMB_CSV_WEAK_ID;
  else
    return FALSE;
  return TRUE;
}

static int
index_of (const char * const *names,
          const char         *name)
{
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i;
  return -1;
}

/* The value a key of a group of words stands for, or -1. */
static int
parse_word_key (EmbCsvWords  words,
                const char  *key)
{
  static const char * const status[] = { "active", "inactive", "yes", "no", "on-leave", NULL };
  static const char * const office[] = { "front", "back", "yes", "no", NULL };
  g_autofree char *name = g_strndup (key, strcspn (key, "["));
  int value = -1;

  switch (words)
    {
    case EMB_CSV_WORDS_STATUS:
      return index_of (status, name);
    case EMB_CSV_WORDS_OFFICE:
      return index_of (office, name);
    case EMB_CSV_WORDS_KIND:
      return emb_enum_from_nick (EMB_TYPE_FEEDBACK_KIND, name, &value) ? value : -1;
    case EMB_CSV_WORDS_SCORE_TYPE:
      return emb_enum_from_nick (EMB_TYPE_SCORE_TYPE, name, &value) &&
             value != EMB_SCORE_TYPE_NONE ? value : -1;
    case EMB_CSV_WORDS_SUBHEADER:
      return g_str_equal (name, "words") ? 0 : -1;
    case EMB_CSV_N_WORDS:
    default:
      return -1;
    }
}

/* The values of every key of @group, in the order of the file, each
 * trimmed: @func is called for every value of every key. */
typedef void (*ValueFunc) (gpointer    data,
                           const char *group,
                           const char *key,
                           const char *value);

static void
read_group (GKeyFile   *keys,
            const char *group,
            ValueFunc   func,
            gpointer    data)
{
  g_auto(GStrv) names = g_key_file_get_keys (keys, group, NULL, NULL);

  if (names == NULL && g_str_has_suffix (group, "-contains"))
    return;   /* stems are optional */
  if (names == NULL)
    {
      g_critical ("%s: no group [%s]", HEADERS_PATH, group);
      return;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) values = g_key_file_get_string_list (keys, group, names[i], NULL, NULL);

      for (guint j = 0; values != NULL && values[j] != NULL; j++)
        func (data, group, names[i], g_strstrip (values[j]));
    }
}

static void
add_header (gpointer    data,
            const char *group,
            const char *key,
            const char *value)
{
  Headers *headers = data;
  Synonym synonym;
  char *folded;

  if (!parse_header_key (key, &synonym))
    {
      g_critical ("%s: [%s] %s: not a field", HEADERS_PATH, group, key);
      return;
    }

  if (g_str_has_suffix (group, "-contains"))
    {
      g_array_append_val (headers->contains, synonym);
      g_ptr_array_add (headers->needles, _emb_csv_fold_key (value));
      return;
    }

  g_array_append_val (headers->synonyms, synonym);
  folded = _emb_csv_fold_header (value);
  if (g_hash_table_contains (headers->headers, folded))
    g_free (folded);
  else
    g_hash_table_insert (headers->headers, folded, GUINT_TO_POINTER (headers->synonyms->len));
}

static void
read_headers (GKeyFile   *keys,
              const char *kind,
              Headers    *headers)
{
  g_autofree char *contains = g_strconcat (kind, "-contains", NULL);

  headers->synonyms = g_array_new (FALSE, FALSE, sizeof (Synonym));
  headers->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  headers->contains = g_array_new (FALSE, FALSE, sizeof (Synonym));
  headers->needles = g_ptr_array_new_with_free_func (g_free);
  read_group (keys, kind, add_header, headers);
  read_group (keys, contains, add_header, headers);
  g_ptr_array_add (headers->needles, NULL);
}

typedef struct
{
  EmbCsvWords  words;
  GHashTable  *table;
  GArray      *stems;
} WordData;

static void
add_word (gpointer    data,
          const char *group,
          const char *key,
          const char *value)
{
  WordData *d = data;
  int word = parse_word_key (d->words, key);
  char *folded;

  if (word < 0)
    {
      g_critical ("%s: [%s] %s: not a value", HEADERS_PATH, group, key);
      return;
    }

  folded = _emb_csv_fold_key (value);
  if (g_str_has_suffix (group, "-contains"))
    {
      Stem stem = { folded, word };

      g_array_append_val (d->stems, stem);
      return;
    }
  if (g_hash_table_contains (d->table, folded))
    g_free (folded);
  else
    g_hash_table_insert (d->table, folded, GINT_TO_POINTER (word + 1));
}

static const Tables *
get_tables (void)
{
  static Tables tables;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      _emb_database_ensure_resources ();
      bytes = g_resources_lookup_data (HEADERS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      /* The [pl] and [el] words are kept: every language counts. */
      if (bytes == NULL ||
          !g_key_file_load_from_bytes (keys, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, &error))
        g_critical ("%s: %s", HEADERS_PATH, error->message);

      read_headers (keys, "roster", &tables.roster);
      read_headers (keys, "feedback", &tables.feedback);
      for (guint i = 0; i < EMB_CSV_N_WORDS; i++)
        {
          g_autofree char *contains = g_strconcat (word_groups[i], "-contains", NULL);
          WordData data = { i, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                            g_array_new (FALSE, FALSE, sizeof (Stem)) };

          read_group (keys, word_groups[i], add_word, &data);
          read_group (keys, contains, add_word, &data);
          tables.words[i] = data.table;
          tables.stems[i] = data.stems;
        }
      g_once_init_leave (&once, 1);
    }
  return &tables;
}

/**
 * _emb_csv_lookup_word:
 *
 * Returns: the value @value stands for in the list @words (whatever its
 *   case, accents and punctuation), or else the value of the first stem of
 *   [<words>-contains] that it contains ("Voluntarily Terminated" holds
 *   "terminat"), or -1
 */
int
_emb_csv_lookup_word (EmbCsvWords  words,
                      const char  *value)
{
  const Tables *tables = get_tables ();
  g_autofree char *key = _emb_csv_fold_key (value);
  int word = GPOINTER_TO_INT (g_hash_table_lookup (tables->words[words], key)) - 1;

  if (word >= 0 || *key == '\0')
    return word;

  for (guint i = 0; i < tables->stems[words]->len; i++)
    {
      const Stem *stem = &g_array_index (tables->stems[words], Stem, i);

      if (strstr (key, stem->needle) != NULL)
        return stem->value;
    }
  return -1;
}

/**
 * _emb_csv_match_header:
 * @variant: (out): the variant of the field the header says
 * @rank: (out): how well the header matches: lower is better
 *
 * Returns: the field a column with this header holds, or
 *   %EMB_CSV_FIELD_NONE
 */
EmbCsvField
_emb_csv_match_header (EmbImportFormat  format,
                       const char      *header,
                       int             *variant,
                       guint           *rank)
{
  const Tables *tables = get_tables ();
  const Headers *headers = format == EMB_IMPORT_FORMAT_ROSTER_CSV ? &tables->roster
                                                                  : &tables->feedback;
  g_autofree char *key = _emb_csv_fold_header (header);
  const Synonym *synonym = NULL;
  guint index;

  if (*key == '\0')
    return EMB_CSV_FIELD_NONE;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (headers->headers, key));
  if (index > 0)
    {
      *rank = index;
      synonym = &g_array_index (headers->synonyms, Synonym, index - 1);
    }
  else
    for (guint i = 0; i < headers->contains->len; i++)
      if (strstr (key, g_ptr_array_index (headers->needles, i)) != NULL)
        {
          *rank = 10000 + i;
          synonym = &g_array_index (headers->contains, Synonym, i);
          break;
        }

  if (synonym == NULL)
    return EMB_CSV_FIELD_NONE;
  *variant = synonym->variant;
  return synonym->field;
}

/* Telling rosters from feedback ------------------------------------------- */

/* From the header line of @text (UTF-8): a roster when a column holds
 * employee numbers, feedback when one holds scores or comments. */
EmbImportFormat
_emb_csv_guess_format (const char *text,
                       gsize       length)
{
  g_auto(GStrv) headers = NULL;
  char separator = ',';
  gboolean roster_id = FALSE;
  gboolean weak_id = FALSE;
  guint n_roster = 0;
  gboolean feedback = FALSE;

  if (_emb_csv_read_separator_line (text, length, &separator))
    {
      const char *eol = memchr (text, '\n', length);

      if (eol == NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      length -= eol + 1 - text;
      text = eol + 1;
    }
  else
    separator = _emb_csv_detect_separator (text, length,
                                           memchr (text, '\n', length) == NULL &&
                                           memchr (text, '\r', length) == NULL);

  headers = _emb_csv_first_record (text, length, separator);

  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    {
      EmbCsvField field;
      int variant;
      guint rank;

      field = _emb_csv_match_header (EMB_IMPORT_FORMAT_ROSTER_CSV, headers[i], &variant, &rank);
      if (field == EMB_CSV_FIELD_EMPLOYEE_NUMBER)
        {
          if (variant == EMB_CSV_WEAK_ID)
            weak_id = TRUE;
          else
            roster_id = TRUE;
        }
      else if (field != EMB_CSV_FIELD_NONE && field != EMB_CSV_FIELD_SITE &&
               field != EMB_CSV_FIELD_STATUS)
        n_roster++;

      field = _emb_csv_match_header (EMB_IMPORT_FORMAT_FEEDBACK_CSV, headers[i], &variant, &rank);
      if (field == EMB_CSV_FIELD_SCORE || field == EMB_CSV_FIELD_TEXT)
        feedback = TRUE;
    }

  if (roster_id || (weak_id && n_roster > 0 && !feedback))
    return EMB_IMPORT_FORMAT_ROSTER_CSV;
  if (feedback)
    return EMB_IMPORT_FORMAT_FEEDBACK_CSV;
  return EMB_IMPORT_FORMAT_AUTO;
}
