/* emb-csv-import.c: rosters and feedback from CSV exports of other tools
 *
 * The file is read three or four times, never held whole: a scan of the raw
 * bytes (binary data, UTF-8 or not), a sniff of the first rows (separator,
 * header, columns), a pass that checks every row and a pass that writes every
 * row in one transaction. libcsv does the parsing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <csv.h>
#include <string.h>

#include "emb-csv-import.h"
#include "emb-database-private.h"
#include "emb-enums.h"
#include "emb-validate-private.h"

#define CHUNK_SIZE        (64 * 1024)
#define HEAD_SIZE         (64 * 1024)
#define SNIFF_ROWS        200
#define MAX_VALUE_BYTES   (1024 * 1024)
#define MAX_ROW_BYTES     (4 * 1024 * 1024)

/* Fields ----------------------------------------------------------------- */

typedef enum
{
  FIELD_NONE,
  /* Rosters */
  FIELD_EMPLOYEE_NUMBER,
  FIELD_NAME,
  FIELD_FIRST_NAME,
  FIELD_LAST_NAME,
  FIELD_EMAIL,
  FIELD_DEPARTMENT,
  FIELD_ROLE,
  FIELD_OFFICE,
  FIELD_SITE,
  FIELD_HIRE_DATE,
  FIELD_STATUS,
  FIELD_TERMINATED,
  FIELD_TERMINATION_DATE,
  /* Feedback */
  FIELD_RECEIVED_AT,
  FIELD_SCORE,
  FIELD_SCORE_TYPE,
  FIELD_TEXT,
  FIELD_KIND,
  FIELD_CHANNEL,
  FIELD_TOUCHPOINT,
  FIELD_CUSTOMER_REF,
  FIELD_SOURCE,
  N_FIELDS,
  /* Only in the header tables; the values of the column decide */
  FIELD_CATEGORY,    /* the kind when every value is a kind, else the touchpoint */
  FIELD_MAYBE_KIND,  /* the kind when every value is a kind, else nothing */
} Field;

#define FIRST_ROSTER_FIELD   FIELD_EMPLOYEE_NUMBER
#define LAST_ROSTER_FIELD    FIELD_TERMINATION_DATE
#define FIRST_FEEDBACK_FIELD FIELD_RECEIVED_AT
#define LAST_FEEDBACK_FIELD  FIELD_SOURCE

static const char * const field_names[N_FIELDS + 1] = {
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
  NULL,
};

static const char * const roster_fields[] = {
  "employee-number", "name", "first-name", "last-name", "email", "department", "role",
  "office", "site", "hire-date", "status", "terminated", "termination-date", NULL,
};

static const char * const feedback_fields[] = {
  "received-at", "score", "score-type", "text", "kind", "channel", "touchpoint",
  "customer-ref", "source", NULL,
};

static const char * const no_fields[] = { NULL };

static gboolean
field_in_format (Field           field,
                 EmbImportFormat format)
{
  if (format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    return field >= FIRST_ROSTER_FIELD && field <= LAST_ROSTER_FIELD;
  if (format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    return field >= FIRST_FEEDBACK_FIELD && field <= LAST_FEEDBACK_FIELD;
  return FALSE;
}

static Field
field_from_name (const char *name)
{
  if (name == NULL)
    return FIELD_NONE;
  if (g_str_equal (name, "active"))
    return FIELD_STATUS;
  for (guint i = 1; i < N_FIELDS; i++)
    if (g_str_equal (name, field_names[i]))
      return i;
  return FIELD_NONE;
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

  switch (field_from_name (field))
    {
    case FIELD_EMPLOYEE_NUMBER: return _("Employee number");
    case FIELD_NAME:            return _("Name");
    case FIELD_FIRST_NAME:      return _("First name");
    case FIELD_LAST_NAME:       return _("Last name");
    case FIELD_EMAIL:           return _("E-mail");
    case FIELD_DEPARTMENT:      return _("Department");
    case FIELD_ROLE:            return _("Role");
    case FIELD_OFFICE:          return _("Front or back office");
    case FIELD_SITE:            return _("Site");
    case FIELD_HIRE_DATE:       return _("Hire date");
    case FIELD_STATUS:          return _("Employment status");
    case FIELD_TERMINATED:      return _("Terminated");
    case FIELD_TERMINATION_DATE: return _("Termination date");
    case FIELD_RECEIVED_AT:     return _("Received");
    case FIELD_SCORE:           return _("Score");
    case FIELD_SCORE_TYPE:      return _("Score type");
    case FIELD_TEXT:            return _("Text");
    case FIELD_KIND:            return _("Kind");
    case FIELD_CHANNEL:         return _("Channel");
    case FIELD_TOUCHPOINT:      return _("Touchpoint");
    case FIELD_CUSTOMER_REF:    return _("Customer reference");
    case FIELD_SOURCE:          return _("Source");
    case FIELD_NONE:
    case N_FIELDS:
    case FIELD_CATEGORY:
    case FIELD_MAYBE_KIND:
    default:
      return field;
    }
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

static char *
fold_key (const char *text)
{
  return fold_key_full (text, FALSE);
}

static char *
fold_header (const char *text)
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

/* Header tables ---------------------------------------------------------- */

/* Variants: the scale of a score column; for an office column what "yes"
 * means; 1 for the bare "ID", which alone does not make a file a roster. */
enum { OFFICE_WORDS, OFFICE_YES_FRONT, OFFICE_YES_BACK };
#define WEAK_ID 1

typedef struct
{
  const char *header;
  Field       field;
  int         variant;
} Synonym;

static const Synonym roster_synonyms[] = {
  { "Employee ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Employee number", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Employee no", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Employee #", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Employee code", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Emp ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Emp no", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Personnel number", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Personnel no", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Personnel ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Staff ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Staff number", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Worker ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Payroll number", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Payroll ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Person ID", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Badge number", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Nr pracownika", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Numer pracownika", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Nr ewidencyjny", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Numer ewidencyjny", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Nr kadrowy", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Numer kadrowy", FIELD_EMPLOYEE_NUMBER, 0 },
  { "ID pracownika", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Identyfikator pracownika", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Identyfikator", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Αριθμός μητρώου", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Αρ. μητρώου", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Α/Μ", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Κωδικός υπαλλήλου", FIELD_EMPLOYEE_NUMBER, 0 },
  { "Κωδικός εργαζομένου", FIELD_EMPLOYEE_NUMBER, 0 },
  { "ID", FIELD_EMPLOYEE_NUMBER, WEAK_ID },

  { "Full name", FIELD_NAME, 0 },
  { "Name", FIELD_NAME, 0 },
  { "Employee name", FIELD_NAME, 0 },
  { "Employee", FIELD_NAME, 0 },
  { "Worker", FIELD_NAME, 0 },
  { "Legal name", FIELD_NAME, 0 },
  { "Display name", FIELD_NAME, 0 },
  { "Imię i nazwisko", FIELD_NAME, 0 },
  { "Nazwisko i imię", FIELD_NAME, 0 },
  { "Pracownik", FIELD_NAME, 0 },
  { "Ονοματεπώνυμο", FIELD_NAME, 0 },
  { "Υπάλληλος", FIELD_NAME, 0 },
  { "Εργαζόμενος", FIELD_NAME, 0 },

  { "First name", FIELD_FIRST_NAME, 0 },
  { "Given name", FIELD_FIRST_NAME, 0 },
  { "Forename", FIELD_FIRST_NAME, 0 },
  { "Imię", FIELD_FIRST_NAME, 0 },
  { "Όνομα", FIELD_FIRST_NAME, 0 },

  { "Last name", FIELD_LAST_NAME, 0 },
  { "Surname", FIELD_LAST_NAME, 0 },
  { "Family name", FIELD_LAST_NAME, 0 },
  { "Nazwisko", FIELD_LAST_NAME, 0 },
  { "Επώνυμο", FIELD_LAST_NAME, 0 },
  { "Επίθετο", FIELD_LAST_NAME, 0 },

  { "Work email", FIELD_EMAIL, 0 },
  { "Work e-mail", FIELD_EMAIL, 0 },
  { "Business email", FIELD_EMAIL, 0 },
  { "Primary work email", FIELD_EMAIL, 0 },
  { "Company email", FIELD_EMAIL, 0 },
  { "Email", FIELD_EMAIL, 0 },
  { "Email address", FIELD_EMAIL, 0 },
  { "Adres e-mail", FIELD_EMAIL, 0 },
  { "E-mail służbowy", FIELD_EMAIL, 0 },
  { "Ηλεκτρονικό ταχυδρομείο", FIELD_EMAIL, 0 },
  { "Διεύθυνση email", FIELD_EMAIL, 0 },
  { "Email εργασίας", FIELD_EMAIL, 0 },

  { "Department", FIELD_DEPARTMENT, 0 },
  { "Dept", FIELD_DEPARTMENT, 0 },
  { "Department name", FIELD_DEPARTMENT, 0 },
  { "Organizational unit", FIELD_DEPARTMENT, 0 },
  { "Organisational unit", FIELD_DEPARTMENT, 0 },
  { "Org unit", FIELD_DEPARTMENT, 0 },
  { "Supervisory organization", FIELD_DEPARTMENT, 0 },
  { "Division", FIELD_DEPARTMENT, 0 },
  { "Team", FIELD_DEPARTMENT, 0 },
  { "Cost center", FIELD_DEPARTMENT, 0 },
  { "Cost centre", FIELD_DEPARTMENT, 0 },
  { "Dział", FIELD_DEPARTMENT, 0 },
  { "Departament", FIELD_DEPARTMENT, 0 },
  { "Jednostka organizacyjna", FIELD_DEPARTMENT, 0 },
  { "Komórka organizacyjna", FIELD_DEPARTMENT, 0 },
  { "Zespół", FIELD_DEPARTMENT, 0 },
  { "Τμήμα", FIELD_DEPARTMENT, 0 },
  { "Οργανωτική μονάδα", FIELD_DEPARTMENT, 0 },

  { "Job title", FIELD_ROLE, 0 },
  { "Business title", FIELD_ROLE, 0 },
  { "Title", FIELD_ROLE, 0 },
  { "Position", FIELD_ROLE, 0 },
  { "Position title", FIELD_ROLE, 0 },
  { "Job", FIELD_ROLE, 0 },
  { "Role", FIELD_ROLE, 0 },
  { "Job role", FIELD_ROLE, 0 },
  { "Stanowisko", FIELD_ROLE, 0 },
  { "Rola", FIELD_ROLE, 0 },
  { "Funkcja", FIELD_ROLE, 0 },
  { "Θέση", FIELD_ROLE, 0 },
  { "Θέση εργασίας", FIELD_ROLE, 0 },
  { "Ρόλος", FIELD_ROLE, 0 },
  { "Ειδικότητα", FIELD_ROLE, 0 },

  { "Front office/back office", FIELD_OFFICE, OFFICE_WORDS },
  { "Front/back office", FIELD_OFFICE, OFFICE_WORDS },
  { "Front or back office", FIELD_OFFICE, OFFICE_WORDS },
  { "Office type", FIELD_OFFICE, OFFICE_WORDS },
  { "Front office/zaplecze", FIELD_OFFICE, OFFICE_WORDS },
  { "Πρώτη γραμμή/υποστήριξη", FIELD_OFFICE, OFFICE_WORDS },
  { "Back office", FIELD_OFFICE, OFFICE_YES_BACK },
  { "Zaplecze", FIELD_OFFICE, OFFICE_YES_BACK },
  { "Υποστήριξη", FIELD_OFFICE, OFFICE_YES_BACK },
  { "Front office", FIELD_OFFICE, OFFICE_YES_FRONT },
  { "Customer facing", FIELD_OFFICE, OFFICE_YES_FRONT },
  { "Πρώτη γραμμή", FIELD_OFFICE, OFFICE_YES_FRONT },

  { "Location", FIELD_SITE, 0 },
  { "Work location", FIELD_SITE, 0 },
  { "Site", FIELD_SITE, 0 },
  { "Office", FIELD_SITE, 0 },
  { "Office location", FIELD_SITE, 0 },
  { "Branch", FIELD_SITE, 0 },
  { "Lokalizacja", FIELD_SITE, 0 },
  { "Oddział", FIELD_SITE, 0 },
  { "Miejsce pracy", FIELD_SITE, 0 },
  { "Biuro", FIELD_SITE, 0 },
  { "Placówka", FIELD_SITE, 0 },
  { "Τοποθεσία", FIELD_SITE, 0 },
  { "Κατάστημα", FIELD_SITE, 0 },
  { "Υποκατάστημα", FIELD_SITE, 0 },
  { "Γραφείο", FIELD_SITE, 0 },
  { "Τόπος εργασίας", FIELD_SITE, 0 },

  { "Hire date", FIELD_HIRE_DATE, 0 },
  { "Date of hire", FIELD_HIRE_DATE, 0 },
  { "Original hire date", FIELD_HIRE_DATE, 0 },
  { "Start date", FIELD_HIRE_DATE, 0 },
  { "Employment start date", FIELD_HIRE_DATE, 0 },
  { "Date of joining", FIELD_HIRE_DATE, 0 },
  { "Joining date", FIELD_HIRE_DATE, 0 },
  { "Date joined", FIELD_HIRE_DATE, 0 },
  { "Data zatrudnienia", FIELD_HIRE_DATE, 0 },
  { "Data przyjęcia", FIELD_HIRE_DATE, 0 },
  { "Data rozpoczęcia pracy", FIELD_HIRE_DATE, 0 },
  { "Ημερομηνία πρόσληψης", FIELD_HIRE_DATE, 0 },
  { "Ημερομηνία έναρξης", FIELD_HIRE_DATE, 0 },

  { "Status", FIELD_STATUS, 0 },
  { "Employment status", FIELD_STATUS, 0 },
  { "Employee status", FIELD_STATUS, 0 },
  { "Worker status", FIELD_STATUS, 0 },
  { "Active status", FIELD_STATUS, 0 },
  { "Active", FIELD_STATUS, 0 },
  { "Is active", FIELD_STATUS, 0 },
  { "Status zatrudnienia", FIELD_STATUS, 0 },
  { "Aktywny", FIELD_STATUS, 0 },
  { "Κατάσταση", FIELD_STATUS, 0 },
  { "Κατάσταση απασχόλησης", FIELD_STATUS, 0 },
  { "Ενεργός", FIELD_STATUS, 0 },

  { "Terminated", FIELD_TERMINATED, 0 },
  { "Leaver", FIELD_TERMINATED, 0 },
  { "Inactive", FIELD_TERMINATED, 0 },
  { "Zwolniony", FIELD_TERMINATED, 0 },
  { "Nieaktywny", FIELD_TERMINATED, 0 },
  { "Ανενεργός", FIELD_TERMINATED, 0 },

  { "Termination date", FIELD_TERMINATION_DATE, 0 },
  { "Leaving date", FIELD_TERMINATION_DATE, 0 },
  { "Exit date", FIELD_TERMINATION_DATE, 0 },
  { "Last day", FIELD_TERMINATION_DATE, 0 },
  { "Last working day", FIELD_TERMINATION_DATE, 0 },
  { "End date", FIELD_TERMINATION_DATE, 0 },
  { "Data zwolnienia", FIELD_TERMINATION_DATE, 0 },
  { "Data rozwiązania umowy", FIELD_TERMINATION_DATE, 0 },
  { "Data odejścia", FIELD_TERMINATION_DATE, 0 },
  { "Ημερομηνία αποχώρησης", FIELD_TERMINATION_DATE, 0 },
  { "Ημερομηνία λήξης", FIELD_TERMINATION_DATE, 0 },
};

static const Synonym feedback_synonyms[] = {
  { "Submitted at", FIELD_RECEIVED_AT, 0 },
  { "Submitted", FIELD_RECEIVED_AT, 0 },
  { "Date submitted", FIELD_RECEIVED_AT, 0 },
  { "Submission date", FIELD_RECEIVED_AT, 0 },
  { "Submit date", FIELD_RECEIVED_AT, 0 },
  { "Response date", FIELD_RECEIVED_AT, 0 },
  { "Recorded date", FIELD_RECEIVED_AT, 0 },
  { "Completed", FIELD_RECEIVED_AT, 0 },
  { "Completed at", FIELD_RECEIVED_AT, 0 },
  { "Completion date", FIELD_RECEIVED_AT, 0 },
  { "Received at", FIELD_RECEIVED_AT, 0 },
  { "Received", FIELD_RECEIVED_AT, 0 },
  { "Date received", FIELD_RECEIVED_AT, 0 },
  { "Timestamp", FIELD_RECEIVED_AT, 0 },
  { "Created at", FIELD_RECEIVED_AT, 0 },
  { "Created", FIELD_RECEIVED_AT, 0 },
  { "Date created", FIELD_RECEIVED_AT, 0 },
  { "Creation date", FIELD_RECEIVED_AT, 0 },
  { "Posted at", FIELD_RECEIVED_AT, 0 },
  { "Published", FIELD_RECEIVED_AT, 0 },
  { "Date", FIELD_RECEIVED_AT, 0 },
  { "Date time", FIELD_RECEIVED_AT, 0 },
  { "Time", FIELD_RECEIVED_AT, 0 },
  { "End date", FIELD_RECEIVED_AT, 0 },
  { "Start date", FIELD_RECEIVED_AT, 0 },
  { "Data", FIELD_RECEIVED_AT, 0 },
  { "Data zgłoszenia", FIELD_RECEIVED_AT, 0 },
  { "Data odpowiedzi", FIELD_RECEIVED_AT, 0 },
  { "Data wpływu", FIELD_RECEIVED_AT, 0 },
  { "Data utworzenia", FIELD_RECEIVED_AT, 0 },
  { "Data i godzina", FIELD_RECEIVED_AT, 0 },
  { "Ημερομηνία", FIELD_RECEIVED_AT, 0 },
  { "Ημερομηνία υποβολής", FIELD_RECEIVED_AT, 0 },
  { "Ημερομηνία παραλαβής", FIELD_RECEIVED_AT, 0 },
  { "Ημερομηνία καταχώρισης", FIELD_RECEIVED_AT, 0 },
  { "Ημερομηνία και ώρα", FIELD_RECEIVED_AT, 0 },

  { "NPS", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "NPS score", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "Net promoter score", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "Likelihood to recommend", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "CSAT", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "CSAT score", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Customer satisfaction", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Satisfaction", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Overall satisfaction", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Zadowolenie", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Satysfakcja", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "Ικανοποίηση", FIELD_SCORE, EMB_SCORE_TYPE_CSAT },
  { "CES", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "CES score", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Customer effort score", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Customer effort", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Effort", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Wysiłek", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Προσπάθεια", FIELD_SCORE, EMB_SCORE_TYPE_CES },
  { "Score", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Rating", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Stars", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Star rating", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Ocena", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Wynik", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Βαθμολογία", FIELD_SCORE, EMB_SCORE_TYPE_NONE },
  { "Αξιολόγηση", FIELD_SCORE, EMB_SCORE_TYPE_NONE },

  { "Score type", FIELD_SCORE_TYPE, 0 },
  { "Metric", FIELD_SCORE_TYPE, 0 },
  { "Scale", FIELD_SCORE_TYPE, 0 },
  { "Survey type", FIELD_SCORE_TYPE, 0 },
  { "Typ oceny", FIELD_SCORE_TYPE, 0 },
  { "Rodzaj oceny", FIELD_SCORE_TYPE, 0 },
  { "Skala", FIELD_SCORE_TYPE, 0 },
  { "Τύπος βαθμολογίας", FIELD_SCORE_TYPE, 0 },
  { "Κλίμακα", FIELD_SCORE_TYPE, 0 },

  { "Comment", FIELD_TEXT, 0 },
  { "Comments", FIELD_TEXT, 0 },
  { "Feedback", FIELD_TEXT, 0 },
  { "Verbatim", FIELD_TEXT, 0 },
  { "Text", FIELD_TEXT, 0 },
  { "Review", FIELD_TEXT, 0 },
  { "Review text", FIELD_TEXT, 0 },
  { "Message", FIELD_TEXT, 0 },
  { "Body", FIELD_TEXT, 0 },
  { "Content", FIELD_TEXT, 0 },
  { "Description", FIELD_TEXT, 0 },
  { "Details", FIELD_TEXT, 0 },
  { "Complaint", FIELD_TEXT, 0 },
  { "Komentarz", FIELD_TEXT, 0 },
  { "Komentarze", FIELD_TEXT, 0 },
  { "Uwagi", FIELD_TEXT, 0 },
  { "Treść", FIELD_TEXT, 0 },
  { "Opis", FIELD_TEXT, 0 },
  { "Opinia", FIELD_TEXT, 0 },
  { "Wiadomość", FIELD_TEXT, 0 },
  { "Σχόλιο", FIELD_TEXT, 0 },
  { "Σχόλια", FIELD_TEXT, 0 },
  { "Κείμενο", FIELD_TEXT, 0 },
  { "Μήνυμα", FIELD_TEXT, 0 },
  { "Περιγραφή", FIELD_TEXT, 0 },

  { "Kind", FIELD_KIND, 0 },
  { "Feedback type", FIELD_KIND, 0 },
  { "Type of feedback", FIELD_KIND, 0 },
  { "Rodzaj", FIELD_KIND, 0 },
  { "Rodzaj zgłoszenia", FIELD_KIND, 0 },
  { "Rodzaj opinii", FIELD_KIND, 0 },
  { "Είδος", FIELD_KIND, 0 },
  { "Type", FIELD_MAYBE_KIND, 0 },
  { "Typ", FIELD_MAYBE_KIND, 0 },
  { "Τύπος", FIELD_MAYBE_KIND, 0 },
  { "Category", FIELD_CATEGORY, 0 },
  { "Kategoria", FIELD_CATEGORY, 0 },
  { "Κατηγορία", FIELD_CATEGORY, 0 },

  { "Channel", FIELD_CHANNEL, 0 },
  { "Source channel", FIELD_CHANNEL, 0 },
  { "Contact channel", FIELD_CHANNEL, 0 },
  { "Medium", FIELD_CHANNEL, 0 },
  { "Platform", FIELD_CHANNEL, 0 },
  { "Network", FIELD_CHANNEL, 0 },
  { "Social network", FIELD_CHANNEL, 0 },
  { "Kanał", FIELD_CHANNEL, 0 },
  { "Kanał kontaktu", FIELD_CHANNEL, 0 },
  { "Κανάλι", FIELD_CHANNEL, 0 },
  { "Μέσο", FIELD_CHANNEL, 0 },
  { "Πλατφόρμα", FIELD_CHANNEL, 0 },

  { "Touchpoint", FIELD_TOUCHPOINT, 0 },
  { "Reason", FIELD_TOUCHPOINT, 0 },
  { "Topic", FIELD_TOUCHPOINT, 0 },
  { "Area", FIELD_TOUCHPOINT, 0 },
  { "Punkt styku", FIELD_TOUCHPOINT, 0 },
  { "Punkt kontaktu", FIELD_TOUCHPOINT, 0 },
  { "Temat", FIELD_TOUCHPOINT, 0 },
  { "Przyczyna", FIELD_TOUCHPOINT, 0 },
  { "Powód", FIELD_TOUCHPOINT, 0 },
  { "Obszar", FIELD_TOUCHPOINT, 0 },
  { "Σημείο επαφής", FIELD_TOUCHPOINT, 0 },
  { "Θέμα", FIELD_TOUCHPOINT, 0 },
  { "Αιτία", FIELD_TOUCHPOINT, 0 },
  { "Λόγος", FIELD_TOUCHPOINT, 0 },

  { "Customer ID", FIELD_CUSTOMER_REF, 0 },
  { "Customer number", FIELD_CUSTOMER_REF, 0 },
  { "Customer no", FIELD_CUSTOMER_REF, 0 },
  { "Customer ref", FIELD_CUSTOMER_REF, 0 },
  { "Customer reference", FIELD_CUSTOMER_REF, 0 },
  { "Customer", FIELD_CUSTOMER_REF, 0 },
  { "Client ID", FIELD_CUSTOMER_REF, 0 },
  { "Client", FIELD_CUSTOMER_REF, 0 },
  { "Account number", FIELD_CUSTOMER_REF, 0 },
  { "Account ID", FIELD_CUSTOMER_REF, 0 },
  { "Account", FIELD_CUSTOMER_REF, 0 },
  { "Respondent ID", FIELD_CUSTOMER_REF, 0 },
  { "Response ID", FIELD_CUSTOMER_REF, 0 },
  { "Ticket", FIELD_CUSTOMER_REF, 0 },
  { "Ticket ID", FIELD_CUSTOMER_REF, 0 },
  { "Ticket number", FIELD_CUSTOMER_REF, 0 },
  { "Case number", FIELD_CUSTOMER_REF, 0 },
  { "Case ID", FIELD_CUSTOMER_REF, 0 },
  { "Order number", FIELD_CUSTOMER_REF, 0 },
  { "#", FIELD_CUSTOMER_REF, 0 },
  { "Klient", FIELD_CUSTOMER_REF, 0 },
  { "ID klienta", FIELD_CUSTOMER_REF, 0 },
  { "Numer klienta", FIELD_CUSTOMER_REF, 0 },
  { "Nr klienta", FIELD_CUSTOMER_REF, 0 },
  { "Numer zgłoszenia", FIELD_CUSTOMER_REF, 0 },
  { "Zgłoszenie", FIELD_CUSTOMER_REF, 0 },
  { "Πελάτης", FIELD_CUSTOMER_REF, 0 },
  { "Κωδικός πελάτη", FIELD_CUSTOMER_REF, 0 },
  { "Αριθμός πελάτη", FIELD_CUSTOMER_REF, 0 },
  { "Αριθμός αιτήματος", FIELD_CUSTOMER_REF, 0 },

  { "Source", FIELD_SOURCE, 0 },
  { "Survey", FIELD_SOURCE, 0 },
  { "Survey name", FIELD_SOURCE, 0 },
  { "Collector", FIELD_SOURCE, 0 },
  { "Źródło", FIELD_SOURCE, 0 },
  { "Ankieta", FIELD_SOURCE, 0 },
  { "Πηγή", FIELD_SOURCE, 0 },
  { "Έρευνα", FIELD_SOURCE, 0 },
};

/* Headers that contain these words, such as "How likely are you to
 * recommend us to a friend?" or "Any other comments?". */
static const Synonym roster_contains[] = {
  { "email", FIELD_EMAIL, 0 },
};

static const Synonym feedback_contains[] = {
  { "recommend", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "polec", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "συστήσ", FIELD_SCORE, EMB_SCORE_TYPE_NPS },
  { "comment", FIELD_TEXT, 0 },
  { "feedback", FIELD_TEXT, 0 },
  { "komentarz", FIELD_TEXT, 0 },
  { "uwagi", FIELD_TEXT, 0 },
  { "σχόλι", FIELD_TEXT, 0 },
};

/* Words ------------------------------------------------------------------ */

typedef struct
{
  const char *word;
  int         value;
} Word;

enum { STATUS_ACTIVE, STATUS_INACTIVE, STATUS_YES, STATUS_NO };

static const Word status_words[] = {
  { "active", STATUS_ACTIVE }, { "employed", STATUS_ACTIVE }, { "current", STATUS_ACTIVE },
  { "on leave", STATUS_ACTIVE }, { "leave of absence", STATUS_ACTIVE },
  { "aktywny", STATUS_ACTIVE }, { "aktywna", STATUS_ACTIVE },
  { "zatrudniony", STATUS_ACTIVE }, { "zatrudniona", STATUS_ACTIVE },
  { "ενεργός", STATUS_ACTIVE }, { "ενεργή", STATUS_ACTIVE }, { "ενεργό", STATUS_ACTIVE },
  { "inactive", STATUS_INACTIVE }, { "terminated", STATUS_INACTIVE },
  { "leaver", STATUS_INACTIVE }, { "left", STATUS_INACTIVE }, { "former", STATUS_INACTIVE },
  { "resigned", STATUS_INACTIVE }, { "retired", STATUS_INACTIVE },
  { "dismissed", STATUS_INACTIVE },
  { "nieaktywny", STATUS_INACTIVE }, { "nieaktywna", STATUS_INACTIVE },
  { "zwolniony", STATUS_INACTIVE }, { "zwolniona", STATUS_INACTIVE },
  { "były pracownik", STATUS_INACTIVE }, { "była pracownica", STATUS_INACTIVE },
  { "ανενεργός", STATUS_INACTIVE }, { "ανενεργή", STATUS_INACTIVE },
  { "ανενεργό", STATUS_INACTIVE }, { "αποχώρησε", STATUS_INACTIVE },
  { "απολύθηκε", STATUS_INACTIVE }, { "πρώην", STATUS_INACTIVE },
  { "yes", STATUS_YES }, { "y", STATUS_YES }, { "true", STATUS_YES }, { "1", STATUS_YES },
  { "x", STATUS_YES }, { "tak", STATUS_YES }, { "t", STATUS_YES }, { "ναι", STATUS_YES },
  { "no", STATUS_NO }, { "n", STATUS_NO }, { "false", STATUS_NO }, { "0", STATUS_NO },
  { "nie", STATUS_NO }, { "όχι", STATUS_NO },
};

enum { OFFICE_FRONT, OFFICE_BACK, OFFICE_YES, OFFICE_NO };

static const Word office_words[] = {
  { "front", OFFICE_FRONT }, { "front office", OFFICE_FRONT }, { "fo", OFFICE_FRONT },
  { "customer facing", OFFICE_FRONT }, { "pierwsza linia", OFFICE_FRONT },
  { "πρώτη γραμμή", OFFICE_FRONT },
  { "back", OFFICE_BACK }, { "back office", OFFICE_BACK }, { "bo", OFFICE_BACK },
  { "zaplecze", OFFICE_BACK }, { "υποστήριξη", OFFICE_BACK },
  { "yes", OFFICE_YES }, { "y", OFFICE_YES }, { "true", OFFICE_YES }, { "1", OFFICE_YES },
  { "x", OFFICE_YES }, { "tak", OFFICE_YES }, { "ναι", OFFICE_YES },
  { "no", OFFICE_NO }, { "n", OFFICE_NO }, { "false", OFFICE_NO }, { "0", OFFICE_NO },
  { "nie", OFFICE_NO }, { "όχι", OFFICE_NO },
};

static const Word kind_words[] = {
  { "praise", EMB_FEEDBACK_KIND_PRAISE }, { "compliment", EMB_FEEDBACK_KIND_PRAISE },
  { "kudos", EMB_FEEDBACK_KIND_PRAISE }, { "positive", EMB_FEEDBACK_KIND_PRAISE },
  { "thanks", EMB_FEEDBACK_KIND_PRAISE }, { "thank you", EMB_FEEDBACK_KIND_PRAISE },
  { "pochwała", EMB_FEEDBACK_KIND_PRAISE }, { "podziękowanie", EMB_FEEDBACK_KIND_PRAISE },
  { "komplement", EMB_FEEDBACK_KIND_PRAISE },
  { "έπαινος", EMB_FEEDBACK_KIND_PRAISE }, { "συγχαρητήρια", EMB_FEEDBACK_KIND_PRAISE },
  { "θετικό", EMB_FEEDBACK_KIND_PRAISE },
  { "complaint", EMB_FEEDBACK_KIND_COMPLAINT }, { "negative", EMB_FEEDBACK_KIND_COMPLAINT },
  { "issue", EMB_FEEDBACK_KIND_COMPLAINT }, { "problem", EMB_FEEDBACK_KIND_COMPLAINT },
  { "grievance", EMB_FEEDBACK_KIND_COMPLAINT },
  { "skarga", EMB_FEEDBACK_KIND_COMPLAINT }, { "reklamacja", EMB_FEEDBACK_KIND_COMPLAINT },
  { "zażalenie", EMB_FEEDBACK_KIND_COMPLAINT },
  { "παράπονο", EMB_FEEDBACK_KIND_COMPLAINT }, { "καταγγελία", EMB_FEEDBACK_KIND_COMPLAINT },
  { "αρνητικό", EMB_FEEDBACK_KIND_COMPLAINT }, { "πρόβλημα", EMB_FEEDBACK_KIND_COMPLAINT },
  { "suggestion", EMB_FEEDBACK_KIND_SUGGESTION }, { "idea", EMB_FEEDBACK_KIND_SUGGESTION },
  { "proposal", EMB_FEEDBACK_KIND_SUGGESTION },
  { "feature request", EMB_FEEDBACK_KIND_SUGGESTION },
  { "improvement", EMB_FEEDBACK_KIND_SUGGESTION },
  { "sugestia", EMB_FEEDBACK_KIND_SUGGESTION }, { "propozycja", EMB_FEEDBACK_KIND_SUGGESTION },
  { "pomysł", EMB_FEEDBACK_KIND_SUGGESTION }, { "wniosek", EMB_FEEDBACK_KIND_SUGGESTION },
  { "πρόταση", EMB_FEEDBACK_KIND_SUGGESTION }, { "ιδέα", EMB_FEEDBACK_KIND_SUGGESTION },
  { "εισήγηση", EMB_FEEDBACK_KIND_SUGGESTION },
  { "survey", EMB_FEEDBACK_KIND_SURVEY }, { "survey response", EMB_FEEDBACK_KIND_SURVEY },
  { "ankieta", EMB_FEEDBACK_KIND_SURVEY }, { "badanie", EMB_FEEDBACK_KIND_SURVEY },
  { "έρευνα", EMB_FEEDBACK_KIND_SURVEY }, { "ερωτηματολόγιο", EMB_FEEDBACK_KIND_SURVEY },
};

static const Word score_type_words[] = {
  { "nps", EMB_SCORE_TYPE_NPS }, { "net promoter score", EMB_SCORE_TYPE_NPS },
  { "net promoter", EMB_SCORE_TYPE_NPS },
  { "csat", EMB_SCORE_TYPE_CSAT }, { "customer satisfaction", EMB_SCORE_TYPE_CSAT },
  { "satisfaction", EMB_SCORE_TYPE_CSAT },
  { "ces", EMB_SCORE_TYPE_CES }, { "customer effort score", EMB_SCORE_TYPE_CES },
  { "customer effort", EMB_SCORE_TYPE_CES }, { "effort", EMB_SCORE_TYPE_CES },
};

/* The second header row of a SurveyMonkey export. */
static const Word subheader_words[] = {
  { "response", 0 }, { "open-ended response", 0 }, { "other (please specify)", 0 },
};

typedef struct
{
  GHashTable *roster_headers;     /* folded header → Synonym index + 1 */
  GHashTable *feedback_headers;
  char      **roster_needles;     /* folded roster_contains */
  char      **feedback_needles;
  GHashTable *status;             /* folded word → value + 1 */
  GHashTable *office;
  GHashTable *kind;
  GHashTable *score_type;
  GHashTable *subheader;
} Tables;

static GHashTable *
synonym_table (const Synonym *synonyms,
               guint          n_synonyms)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_synonyms; i++)
    {
      char *key = fold_header (synonyms[i].header);

      if (g_hash_table_contains (table, key))
        g_free (key);
      else
        g_hash_table_insert (table, key, GUINT_TO_POINTER (i + 1));
    }
  return table;
}

static char **
needles (const Synonym *synonyms,
         guint          n_synonyms)
{
  char **result = g_new0 (char *, n_synonyms + 1);

  for (guint i = 0; i < n_synonyms; i++)
    result[i] = fold_key (synonyms[i].header);
  return result;
}

static GHashTable *
word_table (const Word *words,
            guint       n_words)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_words; i++)
    {
      char *key = fold_key (words[i].word);

      if (g_hash_table_contains (table, key))
        g_free (key);
      else
        g_hash_table_insert (table, key, GINT_TO_POINTER (words[i].value + 1));
    }
  return table;
}

static const Tables *
get_tables (void)
{
  static Tables tables;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      tables.roster_headers = synonym_table (roster_synonyms, G_N_ELEMENTS (roster_synonyms));
      tables.feedback_headers = synonym_table (feedback_synonyms,
                                               G_N_ELEMENTS (feedback_synonyms));
      tables.roster_needles = needles (roster_contains, G_N_ELEMENTS (roster_contains));
      tables.feedback_needles = needles (feedback_contains, G_N_ELEMENTS (feedback_contains));
      tables.status = word_table (status_words, G_N_ELEMENTS (status_words));
      tables.office = word_table (office_words, G_N_ELEMENTS (office_words));
      tables.kind = word_table (kind_words, G_N_ELEMENTS (kind_words));
      tables.score_type = word_table (score_type_words, G_N_ELEMENTS (score_type_words));
      tables.subheader = word_table (subheader_words, G_N_ELEMENTS (subheader_words));
      g_once_init_leave (&once, 1);
    }
  return &tables;
}

/* Returns the word's value, or -1. */
static int
lookup_word (GHashTable *table,
             const char *value)
{
  g_autofree char *key = fold_key (value);

  return GPOINTER_TO_INT (g_hash_table_lookup (table, key)) - 1;
}

/* The synonym a header matches, with its rank (lower is better). */
static const Synonym *
match_header (EmbImportFormat  format,
              const char      *header,
              guint           *rank)
{
  const Tables *tables = get_tables ();
  gboolean roster = format == EMB_IMPORT_FORMAT_ROSTER_CSV;
  const Synonym *synonyms = roster ? roster_synonyms : feedback_synonyms;
  const Synonym *contains = roster ? roster_contains : feedback_contains;
  char **needle = roster ? tables->roster_needles : tables->feedback_needles;
  g_autofree char *key = fold_header (header);
  guint index;

  if (*key == '\0')
    return NULL;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (roster ? tables->roster_headers
                                                        : tables->feedback_headers, key));
  if (index > 0)
    {
      *rank = index;
      return &synonyms[index - 1];
    }

  for (guint i = 0; needle[i] != NULL; i++)
    if (strstr (key, needle[i]) != NULL)
      {
        *rank = 10000 + i;
        return &contains[i];
      }

  return NULL;
}

/* Encodings -------------------------------------------------------------- */

/**
 * emb_csv_default_encoding:
 *
 * The legacy (Windows) code page of the user's language, the encoding a
 * spreadsheet on that desktop writes "CSV" in: WINDOWS-1250 for Polish and
 * other central European languages, WINDOWS-1253 for Greek, WINDOWS-1251
 * for Cyrillic languages, … and WINDOWS-1252 otherwise. Files that are not
 * valid UTF-8 are read in it unless #EmbImportOptions.encoding says
 * otherwise.
 *
 * Returns: (transfer none): an encoding name for g_convert()
 */
const char *
emb_csv_default_encoding (void)
{
  static const struct
  {
    const char *language;
    const char *encoding;
  } code_pages[] = {
    { "pl", "WINDOWS-1250" }, { "cs", "WINDOWS-1250" }, { "sk", "WINDOWS-1250" },
    { "hu", "WINDOWS-1250" }, { "sl", "WINDOWS-1250" }, { "hr", "WINDOWS-1250" },
    { "bs", "WINDOWS-1250" }, { "ro", "WINDOWS-1250" }, { "sq", "WINDOWS-1250" },
    { "el", "WINDOWS-1253" },
    { "ru", "WINDOWS-1251" }, { "uk", "WINDOWS-1251" }, { "be", "WINDOWS-1251" },
    { "bg", "WINDOWS-1251" }, { "mk", "WINDOWS-1251" }, { "sr", "WINDOWS-1251" },
    { "tr", "WINDOWS-1254" }, { "az", "WINDOWS-1254" },
    { "he", "WINDOWS-1255" }, { "ar", "WINDOWS-1256" }, { "fa", "WINDOWS-1256" },
    { "et", "WINDOWS-1257" }, { "lt", "WINDOWS-1257" }, { "lv", "WINDOWS-1257" },
    { "vi", "WINDOWS-1258" },
  };
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *language = languages[i];

      if (g_str_equal (language, "C") || g_str_equal (language, "POSIX"))
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (code_pages); j++)
        {
          gsize n = strlen (code_pages[j].language);

          if (g_ascii_strncasecmp (language, code_pages[j].language, n) == 0 &&
              !g_ascii_isalpha (language[n]))
            return code_pages[j].encoding;
        }
      break;
    }

  return "WINDOWS-1252";
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
         g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/* Dates ------------------------------------------------------------------ */

typedef struct
{
  int      year;
  int      month;
  int      day;
  int      hour;
  int      minute;
  int      second;
  int      msec;
  gboolean has_zone;
  int      offset;    /* minutes east of UTC */
} DateTime;

static gboolean
read_number (const char **p,
             int          min_digits,
             int          max_digits,
             int         *value)
{
  int n = 0;
  int v = 0;

  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  if (n < min_digits || g_ascii_isdigit (**p))
    return FALSE;
  *value = v;
  return TRUE;
}

/* 2024-03-01, 01.03.2024, 01-03-2024 or 2024/03/01, optionally followed by
 * a time HH:MM[:SS[.fff]] (after a space, or a "T" in ISO-8601) and a zone
 * (Z, ±HH[:MM], UTC). */
static gboolean
parse_date_time (const char *text,
                 DateTime   *dt)
{
  const char *p = text;
  const char *start = p;
  int first;
  char sep;

  memset (dt, 0, sizeof *dt);

  if (!read_number (&p, 1, 4, &first))
    return FALSE;

  sep = *p;
  if (p - start == 4)
    {
      dt->year = first;
      if (sep != '-' && sep != '/')
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->month) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->day))
        return FALSE;
    }
  else if (p - start <= 2)
    {
      dt->day = first;
      if (sep != '.' && sep != '-')
        return FALSE;
      p++;
      if (!read_number (&p, 1, 2, &dt->month) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 4, 4, &dt->year))
        return FALSE;
    }
  else
    return FALSE;

  if (dt->year < 1 || dt->month < 1 || dt->month > 12 || dt->day < 1 ||
      !g_date_valid_dmy (dt->day, dt->month, dt->year))
    return FALSE;

  if (*p == '\0')
    return TRUE;

  if (*p == 'T' && sep == '-' && p - start == 10)
    p++;
  else if (*p == ' ')
    while (*p == ' ')
      p++;
  else
    return FALSE;

  if (!read_number (&p, 1, 2, &dt->hour) || *p != ':')
    return FALSE;
  p++;
  if (!read_number (&p, 2, 2, &dt->minute))
    return FALSE;
  if (*p == ':')
    {
      p++;
      if (!read_number (&p, 2, 2, &dt->second))
        return FALSE;
      if (*p == '.' || *p == ',')
        {
          int digits = 0;

          p++;
          while (g_ascii_isdigit (*p))
            {
              if (digits < 3)
                dt->msec = dt->msec * 10 + (*p - '0');
              digits++;
              p++;
            }
          if (digits == 0)
            return FALSE;
          for (; digits < 3; digits++)
            dt->msec *= 10;
        }
    }
  if (dt->hour > 23 || dt->minute > 59 || dt->second > 59)
    return FALSE;

  while (*p == ' ')
    p++;

  if (*p == 'Z' || *p == 'z')
    {
      dt->has_zone = TRUE;
      p++;
    }
  else if (g_ascii_strcasecmp (p, "UTC") == 0 || g_ascii_strcasecmp (p, "GMT") == 0)
    {
      dt->has_zone = TRUE;
      p += 3;
    }
  else if (*p == '+' || *p == '-')
    {
      int sign = *p == '-' ? -1 : 1;
      int hours;
      int minutes = 0;

      p++;
      if (!read_number (&p, 2, 2, &hours))
        return FALSE;
      if (*p == ':')
        p++;
      if (*p != '\0' && !read_number (&p, 2, 2, &minutes))
        return FALSE;
      if (hours > 14 || minutes > 59)
        return FALSE;
      dt->has_zone = TRUE;
      dt->offset = sign * (hours * 60 + minutes);
    }

  return *p == '\0';
}

/* YYYY-MM-DD: the date as written, whatever the time. */
static void
format_date (const DateTime *dt,
             char            buffer[16])
{
  g_snprintf (buffer, 16, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
}

/* The form of emb_now_iso8601(), in UTC; a time without a zone is UTC. */
static void
format_timestamp (const DateTime *dt,
                  char            buffer[32])
{
  if (dt->has_zone && dt->offset != 0)
    {
      g_autoptr(GDateTime) local = g_date_time_new_utc (dt->year, dt->month, dt->day,
                                                        dt->hour, dt->minute, dt->second);
      g_autoptr(GDateTime) utc = g_date_time_add_minutes (local, -dt->offset);

      g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  g_date_time_get_year (utc), g_date_time_get_month (utc),
                  g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                  g_date_time_get_minute (utc), g_date_time_get_second (utc), dt->msec);
      return;
    }

  g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
              dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, dt->msec);
}

/* The CSV reader --------------------------------------------------------- */

/* Called for every record that is not blank, with the line it starts on
 * and its values, trimmed; returns FALSE to stop reading. */
typedef gboolean (*RecordFunc) (gpointer     data,
                                guint        line,
                                char       **values,
                                guint        n_values,
                                GError     **error);

typedef struct
{
  struct csv_parser  parser;
  GString           *buffer;     /* the values of the record, each ending in NUL */
  GArray            *starts;     /* gsize: where each value starts in buffer */
  GPtrArray         *values;
  guint              line;       /* where the current record starts */
  guint              breaks;     /* line breaks inside its quoted values */
  int                last_end;   /* what ended the previous record */
  gboolean           stop;
  gboolean           too_long;
  RecordFunc         func;
  gpointer           data;
  GError            *error;
} Reader;

static gboolean
is_padding (const char *p)
{
  return *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' ||
         ((guchar)p[0] == 0xC2 && (guchar)p[1] == 0xA0);  /* no-break space */
}

static char *
trim (char *start,
      char *end)
{
  while (start < end && is_padding (start))
    start += *start == ' ' || *start == '\t' || *start == '\r' || *start == '\n' ? 1 : 2;

  while (end > start)
    {
      if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')
        end--;
      else if (end - start >= 2 && (guchar)end[-2] == 0xC2 && (guchar)end[-1] == 0xA0)
        end -= 2;
      else
        break;
    }
  *end = '\0';
  return start;
}

static void
reader_on_value (void   *s,
                 size_t  len,
                 void   *data)
{
  Reader *r = data;
  gsize start;

  if (r->stop)
    return;

  start = r->buffer->len;
  g_array_append_val (r->starts, start);
  if (len > 0)
    {
      const char *p = s;
      const char *end = p + len;

      g_string_append_len (r->buffer, p, len);

      /* Line breaks inside a quoted value: the next record starts lower. */
      if (memchr (p, '\n', len) != NULL || memchr (p, '\r', len) != NULL)
        for (; p < end; p++)
          if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            r->breaks++;
    }
  g_string_append_c (r->buffer, '\0');

  if (r->buffer->len > MAX_ROW_BYTES)
    {
      r->too_long = TRUE;
      r->stop = TRUE;
    }
}

static void
reader_on_record (int   c,
                  void *data)
{
  Reader *r = data;
  guint n = r->starts->len;

  if (r->stop)
    return;

  if (n == 0)
    {
      /* A blank line, or the LF of a CR LF. */
      if (c == '\n' && r->last_end == '\r')
        r->last_end = 0;
      else
        {
          r->line++;
          r->last_end = c;
        }
      return;
    }
  r->last_end = c;

  g_ptr_array_set_size (r->values, 0);
  for (guint i = 0; i < n; i++)
    {
      gsize start = g_array_index (r->starts, gsize, i);
      gsize end = i + 1 < n ? g_array_index (r->starts, gsize, i + 1) - 1 : r->buffer->len - 1;

      g_ptr_array_add (r->values, trim (r->buffer->str + start, r->buffer->str + end));
    }
  g_ptr_array_add (r->values, NULL);

  if (!r->func (r->data, r->line, (char **)r->values->pdata, n, &r->error))
    r->stop = TRUE;

  r->line += 1 + r->breaks;
  r->breaks = 0;
  g_string_truncate (r->buffer, 0);
  g_array_set_size (r->starts, 0);
}

static void
reader_init (Reader     *r,
             char        separator,
             RecordFunc  func,
             gpointer    data)
{
  memset (r, 0, sizeof *r);
  csv_init (&r->parser, CSV_REPALL_NL);
  csv_set_delim (&r->parser, (unsigned char)separator);
  csv_set_blk_size (&r->parser, 4096);
  r->buffer = g_string_sized_new (1024);
  r->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  r->values = g_ptr_array_new ();
  r->line = 1;
  r->func = func;
  r->data = data;
}

static void
reader_clear (Reader *r)
{
  csv_free (&r->parser);
  g_string_free (r->buffer, TRUE);
  g_array_unref (r->starts);
  g_ptr_array_unref (r->values);
  g_clear_error (&r->error);
}

static void
reader_feed (Reader     *r,
             const char *text,
             gsize       length)
{
  if (r->stop || length == 0)
    return;

  csv_parse (&r->parser, text, length, reader_on_value, reader_on_record, r);

  /* A value longer than any field allows: most likely a quote that is
   * never closed, swallowing the rest of the file. */
  if (csv_get_buffer_size (&r->parser) > MAX_VALUE_BYTES)
    {
      r->too_long = TRUE;
      r->stop = TRUE;
    }
}

/* Ends the input; FALSE when a quoted value is never closed. */
static gboolean
reader_finish (Reader *r)
{
  if (r->stop)
    return TRUE;

  csv_set_opts (&r->parser, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI);
  return csv_fini (&r->parser, reader_on_value, reader_on_record, r) == 0;
}

/* Separators ------------------------------------------------------------- */

/* Counts each candidate outside quotes on the first lines: the separator is
 * the one every line has as often as the header (a file of one column has
 * none and is read with commas). */
static char
detect_separator (const char *text,
                  gsize       length,
                  gboolean    complete)
{
  static const char candidates[] = { '\t', ';', ',' };
  guint counts[16][G_N_ELEMENTS (candidates)];
  guint n_lines = 0;
  gboolean quoted = FALSE;
  gboolean blank = TRUE;
  guint current[G_N_ELEMENTS (candidates)] = { 0 };
  char best = ',';
  guint best_count = 0;
  gboolean best_consistent = FALSE;

  for (gsize i = 0; i < length && n_lines < G_N_ELEMENTS (counts); i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (!blank)
            {
              memcpy (counts[n_lines++], current, sizeof current);
              memset (current, 0, sizeof current);
            }
          blank = TRUE;
          continue;
        }
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            current[k]++;

      if (c != ' ')
        blank = FALSE;
    }
  if (complete && !blank && n_lines < G_N_ELEMENTS (counts))
    memcpy (counts[n_lines++], current, sizeof current);

  if (n_lines == 0)
    return best;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      guint header = counts[0][k];
      gboolean consistent = header > 0;

      for (guint line = 1; line < n_lines && consistent; line++)
        if (counts[line][k] != header)
          consistent = FALSE;

      if (header == 0)
        continue;
      if ((consistent && !best_consistent) ||
          (consistent == best_consistent && header > best_count))
        {
          best = candidates[k];
          best_count = header;
          best_consistent = consistent;
        }
    }

  return best;
}

/* "sep=;" on the first line, as Excel writes and reads it. */
static gboolean
read_separator_line (const char *text,
                     gsize       length,
                     char       *separator)
{
  if (length >= 5 && g_ascii_strncasecmp (text, "sep=", 4) == 0 &&
      (text[4] == ',' || text[4] == ';' || text[4] == '\t' || text[4] == '|') &&
      (length == 5 || text[5] == '\r' || text[5] == '\n'))
    {
      *separator = text[4];
      return TRUE;
    }
  return FALSE;
}

/* The import -------------------------------------------------------------- */

typedef struct _Dept Dept;
typedef struct _Role Role;

struct _Dept
{
  gint64      id;        /* 0 until a new department is written */
  char       *name;
  EmbOffice   office;
  gboolean    is_new;
  GHashTable *roles;     /* folded name → Role */
};

struct _Role
{
  gint64     id;
  char      *name;
  EmbOffice  office;
  gboolean   is_new;
  Dept      *dept;
};

/* An employee already in the database; strings live in Import.strings. */
typedef struct
{
  gint64       id;
  const char  *name;
  const char  *email;
  const char  *site;
  const char  *hire_date;   /* or NULL */
  Dept        *dept;
  Role        *role;
  gboolean     active;
} Employee;

typedef struct
{
  Field  field;
  int    variant;
  guint  rank;     /* 0 for a column the mapping names */
} Column;

typedef enum
{
  PHASE_SNIFF,
  PHASE_CHECK,
  PHASE_WRITE,
} Phase;

typedef struct
{
  EmbDatabase            *db;          /* NULL in a preview without database */
  GFile                  *file;
  EmbImportFormat         format;
  const EmbImportOptions *options;
  GCancellable           *cancellable;
  EmbImportReport        *report;
  char                   *name;        /* the file's display name */
  goffset                 size;
  guint                   n_problems;
  gboolean                preview;

  /* Reading */
  char                   *encoding;
  gboolean                converted;
  gsize                   bom;
  char                    separator;
  gboolean                separator_line;
  Phase                   phase;
  guint                   n_records;
  gboolean                header_passed;
  guint                   skip_line;   /* a second header row, or 0 */
  double                  progress_from;
  double                  progress_to;
  double                  last_progress;

  /* The header and the first rows */
  GPtrArray              *sniffed;     /* EmbCsvPreviewRow, the header first */
  guint                   sniff_limit;

  /* Columns */
  guint                   header_line;
  guint                   n_columns;
  char                  **headers;
  Column                 *columns;
  int                     column_of[N_FIELDS];
  char                   *defaults[N_FIELDS];
  char                   *default_keys[N_FIELDS];
  const char             *labels[N_FIELDS];
  GHashTable             *mapping;     /* folded column header → field name */
  EmbScoreType            score_type;  /* of the score column; NONE: told by its values */
  int                     score_min;
  int                     score_max;

  /* Lookups */
  GHashTable             *touchpoints;        /* folded name → id */
  GHashTable             *touchpoint_values;  /* folded value → id, or 0 for none */
  GStringChunk           *strings;
  GHashTable             *employees;          /* employee number → Employee */
  GPtrArray              *all_depts;
  GPtrArray              *all_roles;
  GHashTable             *departments;        /* folded name → Dept */
  GHashTable             *roles_by_name;      /* folded name → GPtrArray of Role */
  GPtrArray              *new_depts;
  GPtrArray              *new_roles;
  GHashTable             *seen;               /* employee number → first line */
  GStringChunk           *seen_strings;
  char                   *source;
  char                   *now;
  char                    today[16];
  const char             *kind_nicks[4];
  const char             *score_nicks[4];
  const char             *office_nicks[2];

  /* Writing */
  EmbStatement           *insert_feedback;
  EmbStatement           *insert_employee;
  EmbStatement           *update_employee;

  /* Counts of the current pass */
  guint                   added;
  guint                   updated;
  guint                   skipped;
} Import;

static void
preview_row_free (gpointer data)
{
  EmbCsvPreviewRow *row = data;

  g_strfreev (row->values);
  g_free (row);
}

static void
dept_free (gpointer data)
{
  Dept *dept = data;

  g_free (dept->name);
  g_hash_table_unref (dept->roles);
  g_free (dept);
}

static void
role_free (gpointer data)
{
  Role *role = data;

  g_free (role->name);
  g_free (role);
}

static Import *
import_new (EmbDatabase            *db,
            GFile                  *file,
            EmbImportFormat         format,
            const EmbImportOptions *options,
            GCancellable           *cancellable,
            EmbImportReport        *report)
{
  Import *imp = g_new0 (Import, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  imp->db = db != NULL ? g_object_ref (db) : NULL;
  imp->file = g_object_ref (file);
  imp->format = format;
  imp->options = options;
  imp->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  imp->report = emb_import_report_ref (report);
  imp->sniffed = g_ptr_array_new_with_free_func (preview_row_free);
  imp->sniff_limit = SNIFF_ROWS;
  imp->strings = g_string_chunk_new (64 * 1024);
  imp->seen_strings = g_string_chunk_new (64 * 1024);
  imp->all_depts = g_ptr_array_new_with_free_func (dept_free);
  imp->all_roles = g_ptr_array_new_with_free_func (role_free);
  imp->departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->roles_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify)g_ptr_array_unref);
  imp->new_depts = g_ptr_array_new ();
  imp->new_roles = g_ptr_array_new ();
  imp->touchpoint_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->now = emb_now_iso8601 ();
  g_snprintf (imp->today, sizeof imp->today, "%04d-%02d-%02d",
              g_date_time_get_year (now), g_date_time_get_month (now),
              g_date_time_get_day_of_month (now));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      imp->column_of[i] = -1;
      imp->labels[i] = i > 0 ? emb_csv_import_field_label (field_names[i]) : NULL;
    }
  for (guint i = 0; i < 4; i++)
    {
      imp->kind_nicks[i] = emb_enum_to_nick (EMB_TYPE_FEEDBACK_KIND, i);
      imp->score_nicks[i] = emb_enum_to_nick (EMB_TYPE_SCORE_TYPE, i);
    }
  imp->office_nicks[EMB_OFFICE_FRONT] = emb_enum_to_nick (EMB_TYPE_OFFICE, EMB_OFFICE_FRONT);
  imp->office_nicks[EMB_OFFICE_BACK] = emb_enum_to_nick (EMB_TYPE_OFFICE, EMB_OFFICE_BACK);

  return imp;
}

static void
import_free (Import *imp)
{
  g_clear_object (&imp->db);
  g_clear_object (&imp->file);
  g_clear_object (&imp->cancellable);
  emb_import_report_unref (imp->report);
  g_free (imp->name);
  g_free (imp->encoding);
  g_ptr_array_unref (imp->sniffed);
  g_strfreev (imp->headers);
  g_free (imp->columns);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_free (imp->defaults[i]);
      g_free (imp->default_keys[i]);
    }
  g_hash_table_unref (imp->mapping);
  g_clear_pointer (&imp->touchpoints, g_hash_table_unref);
  g_hash_table_unref (imp->touchpoint_values);
  g_clear_pointer (&imp->employees, g_hash_table_unref);
  g_string_chunk_free (imp->strings);
  g_string_chunk_free (imp->seen_strings);
  g_hash_table_unref (imp->departments);
  g_hash_table_unref (imp->roles_by_name);
  g_ptr_array_unref (imp->new_depts);
  g_ptr_array_unref (imp->new_roles);
  g_ptr_array_unref (imp->all_roles);
  g_ptr_array_unref (imp->all_depts);
  g_clear_pointer (&imp->seen, g_hash_table_unref);
  g_free (imp->source);
  g_free (imp->now);
  g_free (imp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_free)

static void add_problem (Import     *imp,
                         guint       line,
                         const char *column,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (Import     *imp,
             guint       line,
             const char *column,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  imp->n_problems++;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  emb_import_report_add_problem (imp->report, imp->name, line, NULL, column, "%s", message);
}

/* The column a field's value came from, for a problem: its header, or the
 * mapping's "default:<field>" key. */
static const char *
field_column (Import *imp,
              Field   field)
{
  if (imp->column_of[field] >= 0)
    return imp->headers[imp->column_of[field]];
  return imp->default_keys[field];
}

static void
report_progress (Import *imp,
                 double  fraction)
{
  double value;

  if (imp->options->progress == NULL || imp->preview)
    return;

  value = imp->progress_from + (imp->progress_to - imp->progress_from) * CLAMP (fraction, 0., 1.);
  if (value - imp->last_progress < 0.01 && value < 1.)
    return;
  imp->last_progress = value;
  imp->options->progress (value, imp->options->progress_data);
}

static gboolean
set_cancelled (Import  *imp,
               GError **error)
{
  if (!g_cancellable_is_cancelled (imp->cancellable))
    return FALSE;
  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
               _("The import of %s was cancelled; nothing was imported."), imp->name);
  return TRUE;
}

static void
set_unreadable (Import  *imp,
                GError  *cause,
                GError **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
                 _("The import of %s was cancelled; nothing was imported."), imp->name);
  else
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                 _("Cannot read %s: %s"), imp->name, cause->message);
}

/* Scanning the bytes ------------------------------------------------------ */

static guint
count_lines (const guchar *p,
             gsize         length)
{
  const guchar *end = p + length;
  guint n = 0;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

/* Whether the @length bytes at @p start a UTF-8 sequence that goes on in
 * the next chunk. */
static gboolean
is_utf8_prefix (const guchar *p,
                gsize         length)
{
  gsize need;

  if (length == 0)
    return FALSE;
  if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else if (p[0] >= 0xE0)
    need = 3;
  else if (p[0] >= 0xC2 && p[0] < 0xE0)
    need = 2;
  else
    return FALSE;
  if (length >= need)
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

/* Reads the raw bytes once: a byte-order mark, NUL bytes (a binary file),
 * and whether the text is UTF-8. Keeps the first bytes in @head. Sets
 * *@invalid_line to the first line that is not UTF-8, or 0. */
static gboolean
scan_file (Import   *imp,
           GString  *head,
           guint    *invalid_line,
           GError  **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guchar *buffer = g_malloc (CHUNK_SIZE + 4);
  gsize carry = 0;
  guint lines = 0;
  goffset done = 0;
  gboolean first = TRUE;

  *invalid_line = 0;

  stream = g_file_read (imp->file, imp->cancellable, &local_error);
  if (stream == NULL)
    {
      set_unreadable (imp, local_error, error);
      return FALSE;
    }

  for (;;)
    {
      guchar *chunk;
      gsize n = 0;
      gsize length;
      gsize next_carry = 0;
      guchar *nul;

      if (set_cancelled (imp, error))
        return FALSE;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer + 4, CHUNK_SIZE, &n,
                                    imp->cancellable, &local_error))
        {
          set_unreadable (imp, local_error, error);
          return FALSE;
        }
      done += n;

      if (first)
        {
          first = FALSE;
          if (n >= 3 && memcmp (buffer + 4, "\xEF\xBB\xBF", 3) == 0)
            imp->bom = 3;
          else if (n >= 2 && (memcmp (buffer + 4, "\xFF\xFE", 2) == 0 ||
                              memcmp (buffer + 4, "\xFE\xFF", 2) == 0))
            {
              /* UTF-16 (Excel's "Unicode text"): read through a converter,
               * which finds any fault. */
              imp->bom = 2;
              imp->encoding = g_strdup (buffer[4] == 0xFF ? "UTF-16LE" : "UTF-16BE");
              g_string_append_len (head, (const char *)buffer + 4, MIN (n, HEAD_SIZE));
              return TRUE;
            }
        }

      if (head->len < HEAD_SIZE)
        g_string_append_len (head, (const char *)buffer + 4, MIN (n, HEAD_SIZE - head->len));

      chunk = buffer + 4 - carry;
      length = n + carry;

      nul = memchr (chunk, '\0', length);
      if (nul != NULL)
        {
          add_problem (imp, lines + count_lines (chunk, nul - chunk) + 1, NULL,
                       _("The file holds binary data (a NUL byte) on this line: "
                         "it is not a CSV text file."));
          return TRUE;
        }

      if (*invalid_line == 0)
        {
          const char *end = NULL;

          if (!g_utf8_validate_len ((const char *)chunk, length, &end))
            {
              gsize rest = chunk + length - (const guchar *)end;

              if (n == CHUNK_SIZE && is_utf8_prefix ((const guchar *)end, rest))
                next_carry = rest;
              else
                *invalid_line = lines + count_lines (chunk, (const guchar *)end - chunk) + 1;
            }
        }

      lines += count_lines (chunk, length - next_carry);
      memmove (buffer + 4 - next_carry, chunk + length - next_carry, next_carry);
      carry = next_carry;

      if (imp->size > 0)
        report_progress (imp, (double)done / imp->size);

      if (n < CHUNK_SIZE)
        break;
    }

  return TRUE;
}

/* The first bytes as UTF-8 text, for finding the separator. */
static char *
head_text (Import     *imp,
           GString    *head,
           gsize      *length)
{
  const char *start = head->str + imp->bom;
  gsize size = head->len - imp->bom;
  gsize read = 0;
  g_autoptr(GError) error = NULL;
  char *text;

  if (!imp->converted)
    {
      *length = size;
      return g_strndup (start, size);
    }

  if (g_str_has_prefix (imp->encoding, "UTF-16"))
    size &= ~(gsize)1;

  text = g_convert (start, size, "UTF-8", imp->encoding, &read, length, &error);
  if (text == NULL && read > 0 &&
      (g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE) ||
       g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT)))
    text = g_convert (start, read, "UTF-8", imp->encoding, NULL, length, NULL);
  if (text == NULL)
    {
      *length = 0;
      return g_strdup ("");
    }
  return text;
}

/* Reading the records ----------------------------------------------------- */

#define OUT_SIZE (CHUNK_SIZE * 4)

/* Reads the whole file (from the start, after any byte-order mark) through
 * the parser, converting it to UTF-8 when needed, calling @func for every
 * record. Problems of the text itself (an unreadable byte, a quote never
 * closed) are added to the report; FALSE with @error when the file cannot
 * be read, the reading is cancelled or @func fails. */
static gboolean
read_records (Import      *imp,
              RecordFunc   func,
              GError     **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GCharsetConverter) converter = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *in = g_malloc (CHUNK_SIZE);
  g_autofree char *out = NULL;
  gboolean quiet = imp->phase == PHASE_SNIFF && !imp->preview;
  gsize in_length = 0;
  gsize skip = imp->bom;
  goffset done = 0;
  guint out_lines = 0;
  gboolean ok = TRUE;
  Reader r;

  stream = g_file_read (imp->file, imp->cancellable, &local_error);
  if (stream == NULL)
    {
      set_unreadable (imp, local_error, error);
      return FALSE;
    }

  if (imp->converted)
    {
      converter = g_charset_converter_new ("UTF-8", imp->encoding, error);
      if (converter == NULL)
        return FALSE;
      out = g_malloc (OUT_SIZE);
    }

  imp->n_records = 0;
  imp->header_passed = FALSE;
  reader_init (&r, imp->separator, func, imp);

  while (!r.stop)
    {
      gsize n = 0;
      gboolean eof;

      if (set_cancelled (imp, error))
        {
          ok = FALSE;
          break;
        }

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), in + in_length,
                                    CHUNK_SIZE - in_length, &n, imp->cancellable, &local_error))
        {
          set_unreadable (imp, local_error, error);
          ok = FALSE;
          break;
        }
      eof = in_length + n < CHUNK_SIZE;
      done += n;
      in_length += n;

      if (skip > 0)
        {
          gsize k = MIN (skip, in_length);

          memmove (in, in + k, in_length - k);
          in_length -= k;
          skip -= k;
        }

      if (converter == NULL)
        {
          reader_feed (&r, in, in_length);
          in_length = 0;
        }
      else
        {
          gsize pos = 0;

          while (!r.stop)
            {
              g_autoptr(GError) convert_error = NULL;
              GConverterResult result;
              gsize read = 0;
              gsize written = 0;

              result = g_converter_convert (G_CONVERTER (converter), in + pos, in_length - pos,
                                            out, OUT_SIZE,
                                            eof ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                            &read, &written, &convert_error);
              if (result == G_CONVERTER_ERROR)
                {
                  if (!eof && g_error_matches (convert_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
                    break;

                  if (!quiet)
                    add_problem (imp, out_lines + 1, NULL,
                                 _("This line cannot be read as %s: it holds bytes that are "
                                   "not text in that encoding. Choose the encoding the file "
                                   "was saved in."),
                                 imp->encoding);
                  r.stop = TRUE;
                  break;
                }

              out_lines += count_lines ((const guchar *)out, written);
              reader_feed (&r, out, written);
              pos += read;

              if (result == G_CONVERTER_FINISHED || (read == 0 && written == 0) ||
                  (pos == in_length && !eof))
                break;
            }

          memmove (in, in + pos, in_length - pos);
          in_length -= pos;
        }

      if (imp->size > 0)
        report_progress (imp, (double)done / imp->size);

      if (eof)
        break;
    }

  if (ok && r.error == NULL)
    {
      if (!reader_finish (&r) && !quiet)
        add_problem (imp, r.line, NULL,
                     _("A quoted value that starts on this line is never closed."));
      else if (r.too_long && !quiet)
        add_problem (imp, r.line, NULL,
                     _("A value or row that starts on this line is far too long; "
                       "is a closing quote missing?"));
    }

  if (r.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&r.error));
      ok = FALSE;
    }

  reader_clear (&r);
  return ok;
}

static gboolean
is_blank_record (char  **values,
                 guint   n_values)
{
  for (guint i = 0; i < n_values; i++)
    if (*values[i] != '\0')
      return FALSE;
  return TRUE;
}

static gboolean
sniff_record (gpointer   data,
              guint      line,
              char     **values,
              guint      n_values,
              GError   **error)
{
  Import *imp = data;
  EmbCsvPreviewRow *row;

  if (imp->n_records++ == 0 && imp->separator_line)
    return TRUE;
  if (is_blank_record (values, n_values))
    return TRUE;

  row = g_new0 (EmbCsvPreviewRow, 1);
  row->line = line;
  row->n_values = n_values;
  row->values = g_new0 (char *, n_values + 1);
  for (guint i = 0; i < n_values; i++)
    row->values[i] = g_strdup (values[i]);
  g_ptr_array_add (imp->sniffed, row);

  return imp->sniffed->len <= imp->sniff_limit;
}

/* Columns ---------------------------------------------------------------- */

/* A mapping value: a field name, "score:<scale>", or "" to ignore. */
static gboolean
parse_mapping_value (Import     *imp,
                     const char *value,
                     Field      *field,
                     int        *variant)
{
  *field = FIELD_NONE;
  *variant = 0;

  if (value == NULL || *value == '\0' || g_str_equal (value, "ignore"))
    return TRUE;

  if (g_str_has_prefix (value, "score:"))
    {
      int type = lookup_word (get_tables ()->score_type, value + strlen ("score:"));

      if (type <= EMB_SCORE_TYPE_NONE || imp->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV)
        return FALSE;
      *field = FIELD_SCORE;
      *variant = type;
      return TRUE;
    }

  *field = field_from_name (value);
  return *field != FIELD_NONE && field_in_format (*field, imp->format);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The mapping's keys, sorted, so that problems come in a stable order. */
static GPtrArray *
mapping_keys (Import *imp)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (imp->options->mapping != NULL)
    {
      g_hash_table_iter_init (&iter, imp->options->mapping);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (keys, key);
    }
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

static void
read_mapping (Import *imp)
{
  g_autoptr(GPtrArray) keys = mapping_keys (imp);
  g_autoptr(GString) fields = g_string_new (NULL);

  for (const char * const *f = emb_csv_import_list_fields (imp->format); *f != NULL; f++)
    {
      if (fields->len > 0)
        g_string_append (fields, ", ");
      g_string_append (fields, *f);
    }

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *value = g_hash_table_lookup (imp->options->mapping, key);

      if (g_str_has_prefix (key, "touchpoint:"))
        continue;   /* read with the touchpoints */

      if (g_str_has_prefix (key, "default:"))
        {
          Field field = field_from_name (key + strlen ("default:"));
          g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));

          if (!field_in_format (field, imp->format))
            {
              add_problem (imp, 0, key,
                           _("“%s” is not a field of this kind of file; the fields are: %s."),
                           key + strlen ("default:"), fields->str);
              continue;
            }
          g_clear_pointer (&imp->defaults[field], g_free);
          if (*text != '\0')
            {
              imp->defaults[field] = g_steal_pointer (&text);
              g_free (imp->default_keys[field]);
              imp->default_keys[field] = g_strdup (key);
            }
          continue;
        }

      {
        Field field;
        int variant;

        if (!parse_mapping_value (imp, value, &field, &variant))
          {
            add_problem (imp, 0, key,
                         _("“%s” is not a field of this kind of file; the fields are: %s."),
                         value, fields->str);
            continue;
          }
        g_hash_table_replace (imp->mapping, fold_header (key), g_strdup (value != NULL ? value : ""));
      }
    }
}

/* Whether every value of a column in the first rows is a kind of feedback. */
static gboolean
column_holds_kinds (Import *imp,
                    guint   column)
{
  guint n_kinds = 0;

  for (guint i = 1; i < imp->sniffed->len; i++)
    {
      EmbCsvPreviewRow *row = g_ptr_array_index (imp->sniffed, i);

      if (column >= row->n_values || *row->values[column] == '\0' || row->line == imp->skip_line)
        continue;
      if (lookup_word (get_tables ()->kind, row->values[column]) < 0)
        return FALSE;
      n_kinds++;
    }
  return n_kinds > 0;
}

/* The second header row of a SurveyMonkey export ("Response",
 * "Open-Ended Response", …) is passed over. */
static void
find_second_header (Import *imp)
{
  EmbCsvPreviewRow *row;
  guint n_words = 0;

  if (imp->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV || imp->sniffed->len < 2)
    return;

  row = g_ptr_array_index (imp->sniffed, 1);
  for (guint i = 0; i < row->n_values; i++)
    {
      if (*row->values[i] == '\0')
        continue;
      if (lookup_word (get_tables ()->subheader, row->values[i]) < 0)
        return;
      n_words++;
    }
  if (n_words > 0)
    imp->skip_line = row->line;
}

static void
choose_columns (Import *imp)
{
  EmbCsvPreviewRow *header = g_ptr_array_index (imp->sniffed, 0);

  imp->header_line = header->line;
  imp->n_columns = header->n_values;
  imp->headers = g_strdupv (header->values);
  imp->columns = g_new0 (Column, imp->n_columns);

  if (imp->format != EMB_IMPORT_FORMAT_ROSTER_CSV && imp->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    return;

  find_second_header (imp);

  for (guint i = 0; i < imp->n_columns; i++)
    {
      const char *name = imp->headers[i];
      Column *column = &imp->columns[i];
      const char *mapped = NULL;
      const Synonym *synonym;
      gboolean is_mapped = FALSE;

      if (imp->options->mapping != NULL)
        {
          gpointer value;

          if (g_hash_table_lookup_extended (imp->options->mapping, name, NULL, &value))
            {
              Field field;
              int variant;

              /* A value the mapping cannot use was reported already. */
              if (parse_mapping_value (imp, value, &field, &variant))
                {
                  column->field = field;
                  column->variant = variant;
                }
              continue;
            }
          else
            {
              g_autofree char *key = fold_header (name);

              is_mapped = g_hash_table_lookup_extended (imp->mapping, key, NULL, (gpointer *)&mapped);
            }
        }

      if (is_mapped)
        {
          Field field;
          int variant;

          if (parse_mapping_value (imp, mapped, &field, &variant))
            {
              column->field = field;
              column->variant = variant;
            }
          continue;
        }

      synonym = match_header (imp->format, name, &column->rank);
      if (synonym == NULL)
        continue;

      column->field = synonym->field;
      column->variant = synonym->variant;

      if (column->field == FIELD_CATEGORY || column->field == FIELD_MAYBE_KIND)
        {
          if (column_holds_kinds (imp, i))
            column->field = FIELD_KIND;
          else
            column->field = column->field == FIELD_CATEGORY ? FIELD_TOUCHPOINT : FIELD_NONE;
          column->rank += 5000;
        }
    }

  /* One column per field: the mapping's, else the best-matching header,
   * else the first. */
  for (guint i = 0; i < imp->n_columns; i++)
    {
      Column *column = &imp->columns[i];
      int other;

      if (column->field == FIELD_NONE || column->field >= N_FIELDS)
        {
          column->field = FIELD_NONE;
          continue;
        }

      other = imp->column_of[column->field];
      if (other < 0)
        imp->column_of[column->field] = i;
      else if (column->rank < imp->columns[other].rank)
        {
          imp->columns[other].field = FIELD_NONE;
          imp->column_of[column->field] = i;
        }
      else
        column->field = FIELD_NONE;
    }

  if (imp->column_of[FIELD_SCORE] >= 0)
    imp->score_type = imp->columns[imp->column_of[FIELD_SCORE]].variant;
  if (imp->score_type == EMB_SCORE_TYPE_NONE && imp->defaults[FIELD_SCORE_TYPE] != NULL)
    {
      int type = lookup_word (get_tables ()->score_type, imp->defaults[FIELD_SCORE_TYPE]);

      if (type > EMB_SCORE_TYPE_NONE)
        imp->score_type = type;
    }
}

static gboolean
has_field (Import *imp,
           Field   field)
{
  return imp->column_of[field] >= 0 || imp->defaults[field] != NULL;
}

/* What a file of this kind needs. */
static void
check_columns (Import *imp)
{
  guint n_rows = 0;

  for (guint i = 1; i < imp->sniffed->len; i++)
    if (((EmbCsvPreviewRow *)g_ptr_array_index (imp->sniffed, i))->line != imp->skip_line)
      n_rows++;

  if (n_rows == 0)
    add_problem (imp, imp->header_line, NULL,
                 _("The file has a header line but no rows to import."));

  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    {
      if (imp->column_of[FIELD_EMPLOYEE_NUMBER] < 0)
        add_problem (imp, imp->header_line, NULL,
                     _("No column holds the employee number; name the column "
                       "“Employee ID” or map it to “employee-number”."));
    }
  else if (imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    {
      if (!has_field (imp, FIELD_RECEIVED_AT))
        add_problem (imp, imp->header_line, NULL,
                     _("No column holds the date the feedback was received; name the "
                       "column “Date” or map it to “received-at”."));
      if (!has_field (imp, FIELD_SCORE) && !has_field (imp, FIELD_TEXT) &&
          !has_field (imp, FIELD_KIND))
        add_problem (imp, imp->header_line, NULL,
                     _("No column holds a score, a comment or the kind of feedback; "
                       "name the columns “Score” and “Comment” or map them."));
    }
  else
    add_problem (imp, imp->header_line, NULL,
                 _("Cannot tell whether this is a roster of employees or customer "
                   "feedback; choose the kind of file."));
}

/* Lookups ---------------------------------------------------------------- */

static Dept *
add_dept (Import     *imp,
          gint64      id,
          const char *name,
          EmbOffice   office,
          gboolean    is_new)
{
  Dept *dept = g_new0 (Dept, 1);
  char *key = fold_key (name);

  dept->id = id;
  dept->name = g_strdup (name);
  dept->office = office;
  dept->is_new = is_new;
  dept->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_add (imp->all_depts, dept);

  if (*key == '\0')
    {
      g_free (key);
      key = g_strdup (name);
    }
  if (g_hash_table_contains (imp->departments, key))
    g_free (key);
  else
    g_hash_table_insert (imp->departments, key, dept);

  if (is_new)
    g_ptr_array_add (imp->new_depts, dept);
  return dept;
}

static Role *
add_role (Import     *imp,
          Dept       *dept,
          gint64      id,
          const char *name,
          EmbOffice   office,
          gboolean    is_new)
{
  Role *role = g_new0 (Role, 1);
  char *key = fold_key (name);
  GPtrArray *same_name;

  role->id = id;
  role->name = g_strdup (name);
  role->office = office;
  role->is_new = is_new;
  role->dept = dept;
  g_ptr_array_add (imp->all_roles, role);

  if (*key == '\0')
    {
      g_free (key);
      key = g_strdup (name);
    }

  same_name = g_hash_table_lookup (imp->roles_by_name, key);
  if (same_name == NULL)
    {
      same_name = g_ptr_array_new ();
      g_hash_table_insert (imp->roles_by_name, g_strdup (key), same_name);
    }
  g_ptr_array_add (same_name, role);

  if (g_hash_table_contains (dept->roles, key))
    g_free (key);
  else
    g_hash_table_insert (dept->roles, key, role);

  if (is_new)
    g_ptr_array_add (imp->new_roles, role);
  return role;
}

static EmbOffice
office_from_nick (const char *nick)
{
  int value = EMB_OFFICE_FRONT;

  emb_enum_from_nick (EMB_TYPE_OFFICE, nick, &value);
  return value;
}

static gboolean
load_people (Import  *imp,
             GError **error)
{
  g_autoptr(GHashTable) depts = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) roles = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(EmbStatement) stmt = NULL;
  int rc;

  stmt = _emb_database_prepare (imp->db,
                                "SELECT id, name, office FROM department ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Dept *dept = add_dept (imp, sqlite3_column_int64 (stmt, 0), _emb_column_text (stmt, 1),
                             office_from_nick (_emb_column_text (stmt, 2)), FALSE);
      g_hash_table_insert (depts, &dept->id, dept);
    }
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, _emb_statement_release);

  stmt = _emb_database_prepare (imp->db,
                                "SELECT id, department_id, name, office FROM role ORDER BY id",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 dept_id = sqlite3_column_int64 (stmt, 1);
      Dept *dept = g_hash_table_lookup (depts, &dept_id);
      Role *role;

      if (dept == NULL)
        continue;
      role = add_role (imp, dept, sqlite3_column_int64 (stmt, 0), _emb_column_text (stmt, 2),
                       office_from_nick (_emb_column_text (stmt, 3)), FALSE);
      g_hash_table_insert (roles, &role->id, role);
    }
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, _emb_statement_release);

  imp->employees = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  stmt = _emb_database_prepare (imp->db,
                                "SELECT id, employee_number, name, email, site, hire_date,"
                                " role_id, department_id, active FROM employee",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Employee *employee = g_new0 (Employee, 1);
      gint64 role_id = sqlite3_column_int64 (stmt, 6);
      gint64 dept_id = sqlite3_column_int64 (stmt, 7);
      const char *hire_date = _emb_column_text (stmt, 5);

      employee->id = sqlite3_column_int64 (stmt, 0);
      employee->name = g_string_chunk_insert (imp->strings, _emb_column_text (stmt, 2));
      employee->email = g_string_chunk_insert (imp->strings, _emb_column_text (stmt, 3));
      employee->site = g_string_chunk_insert (imp->strings, _emb_column_text (stmt, 4));
      employee->hire_date = hire_date != NULL ? g_string_chunk_insert (imp->strings, hire_date) : NULL;
      employee->role = g_hash_table_lookup (roles, &role_id);
      employee->dept = g_hash_table_lookup (depts, &dept_id);
      employee->active = sqlite3_column_int (stmt, 8) != 0;
      g_hash_table_insert (imp->employees,
                           g_string_chunk_insert (imp->strings, _emb_column_text (stmt, 1)),
                           employee);
    }
  if (rc != SQLITE_DONE)
    goto failed;
  return TRUE;

failed:
  _emb_database_set_error (error, _emb_database_get_handle (imp->db), rc);
  return FALSE;
}

static gboolean
load_touchpoints (Import  *imp,
                  GError **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  int rc;

  imp->touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = _emb_database_prepare (imp->db, "SELECT id, name FROM touchpoint ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *key = fold_key (_emb_column_text (stmt, 1));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (g_hash_table_contains (imp->touchpoints, key))
        g_free (key);
      else
        g_hash_table_insert (imp->touchpoints, key, g_memdup2 (&id, sizeof id));
    }
  if (rc != SQLITE_DONE)
    {
      _emb_database_set_error (error, _emb_database_get_handle (imp->db), rc);
      return FALSE;
    }

  /* "touchpoint:<value>" → touchpoint name */
  keys = mapping_keys (imp);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *name = g_hash_table_lookup (imp->options->mapping, key);
      g_autofree char *name_key = NULL;
      gint64 *id;

      if (!g_str_has_prefix (key, "touchpoint:"))
        continue;

      if (name == NULL || *name == '\0')
        {
          g_hash_table_replace (imp->touchpoint_values, fold_key (key + strlen ("touchpoint:")),
                                g_new0 (gint64, 1));
          continue;
        }

      name_key = fold_key (name);
      id = g_hash_table_lookup (imp->touchpoints, name_key);
      if (id == NULL)
        {
          add_problem (imp, 0, key,
                       _("The column mapping names the touchpoint “%s”, which does not exist."),
                       name);
          continue;
        }
      g_hash_table_replace (imp->touchpoint_values, fold_key (key + strlen ("touchpoint:")),
                            g_memdup2 (id, sizeof *id));
    }
  return TRUE;
}

/* Roster rows ------------------------------------------------------------- */

static const char *
cell (Import  *imp,
      char   **values,
      Field    field)
{
  int column = imp->column_of[field];

  if (column >= 0 && *values[column] != '\0')
    return values[column];
  return imp->defaults[field];
}

static gboolean
check_text (Import     *imp,
            guint       line,
            Field       field,
            const char *value,
            gboolean    required,
            guint       max_chars)
{
  g_autoptr(GError) error = NULL;

  if (_emb_validate_text (value, required, max_chars, field_names[field], imp->labels[field],
                          &error))
    return TRUE;
  add_problem (imp, line, field_column (imp, field), "%s", error->message);
  return FALSE;
}

/* Called when the writing pass meets something the checking pass did not:
 * the file changed in between. */
static void
file_changed (Import *imp,
              guint   line)
{
  add_problem (imp, line, NULL, _("The file changed while it was being imported."));
}

static Dept *
find_dept (Import     *imp,
           const char *name,
           int         office,
           guint       line)
{
  g_autofree char *key = fold_key (name);
  Dept *dept = g_hash_table_lookup (imp->departments, *key != '\0' ? key : name);

  if (dept != NULL)
    return dept;
  if (imp->phase == PHASE_WRITE)
    {
      file_changed (imp, line);
      return NULL;
    }
  return add_dept (imp, 0, name, office >= 0 ? office : EMB_OFFICE_FRONT, TRUE);
}

static Role *
find_role (Import     *imp,
           Dept       *dept,
           const char *name,
           int         office,
           guint       line)
{
  g_autofree char *key = fold_key (name);
  Role *role = g_hash_table_lookup (dept->roles, *key != '\0' ? key : name);

  if (role != NULL)
    return role;
  if (imp->phase == PHASE_WRITE)
    {
      file_changed (imp, line);
      return NULL;
    }
  /* A new role is front office unless the file says otherwise, or its
   * department is back office. */
  return add_role (imp, dept, 0, name, office >= 0 ? (EmbOffice)office : dept->office, TRUE);
}

/* A role named without a department: the one role of that name that
 * existed before the import (so that both passes agree). */
static Role *
find_only_role (Import     *imp,
                const char *name)
{
  g_autofree char *key = fold_key (name);
  GPtrArray *roles = g_hash_table_lookup (imp->roles_by_name, *key != '\0' ? key : name);
  Role *found = NULL;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      Role *role = g_ptr_array_index (roles, i);

      if (role->is_new)
        continue;
      if (found != NULL)
        return NULL;
      found = role;
    }
  return found;
}

/* -1 (not given), 0 (inactive) or 1 (active). */
static int
read_status (Import     *imp,
             guint       line,
             Field       field,
             const char *value)
{
  int word;

  if (value == NULL)
    return -1;

  word = lookup_word (get_tables ()->status, value);
  switch (word)
    {
    case STATUS_ACTIVE:
      return 1;
    case STATUS_INACTIVE:
      return 0;
    case STATUS_YES:
      return field == FIELD_TERMINATED ? 0 : 1;
    case STATUS_NO:
      return field == FIELD_TERMINATED ? 1 : 0;
    default:
      add_problem (imp, line, field_column (imp, field),
                   _("“%s” is not an employment status; write Active or Inactive "
                     "(or yes or no)."),
                   value);
      return -2;
    }
}

/* -1 (not given), or an EmbOffice. */
static int
read_office (Import     *imp,
             guint       line,
             const char *value)
{
  int variant = imp->column_of[FIELD_OFFICE] >= 0
                ? imp->columns[imp->column_of[FIELD_OFFICE]].variant : OFFICE_WORDS;

  if (value == NULL)
    return -1;

  switch (lookup_word (get_tables ()->office, value))
    {
    case OFFICE_FRONT:
      return EMB_OFFICE_FRONT;
    case OFFICE_BACK:
      return EMB_OFFICE_BACK;
    case OFFICE_YES:
      if (variant == OFFICE_YES_FRONT)
        return EMB_OFFICE_FRONT;
      if (variant == OFFICE_YES_BACK)
        return EMB_OFFICE_BACK;
      break;
    case OFFICE_NO:
      if (variant == OFFICE_YES_FRONT)
        return EMB_OFFICE_BACK;
      if (variant == OFFICE_YES_BACK)
        return EMB_OFFICE_FRONT;
      break;
    default:
      break;
    }

  add_problem (imp, line, field_column (imp, FIELD_OFFICE),
               _("“%s” does not say front office or back office."), value);
  return -2;
}

static gboolean
read_date (Import     *imp,
           guint       line,
           Field       field,
           const char *value,
           char        date[16])
{
  DateTime dt;

  if (!parse_date_time (value, &dt))
    {
      add_problem (imp, line, field_column (imp, field),
                   _("“%s” is not a date; write it as 2024-03-01, 01.03.2024, 01-03-2024 "
                     "or 2024/03/01, optionally followed by a time such as 10:15."),
                   value);
      return FALSE;
    }
  format_date (&dt, date);
  return TRUE;
}

static gboolean
write_employee (Import      *imp,
                Employee    *existing,
                const char  *number,
                const char  *name,
                const char  *email,
                const char  *site,
                const char  *hire_date,
                Dept        *dept,
                Role        *role,
                gboolean     active,
                GError     **error)
{
  EmbStatement *stmt;
  g_autofree char *uuid = NULL;
  int i = 1;

  if (existing == NULL)
    {
      stmt = imp->insert_employee;
      uuid = g_uuid_string_random ();
      sqlite3_bind_text (stmt, i++, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, i++, number, -1, SQLITE_STATIC);
    }
  else
    {
      stmt = imp->update_employee;
      sqlite3_bind_int64 (stmt, i++, existing->id);
    }
  sqlite3_bind_text (stmt, i++, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, email, -1, SQLITE_STATIC);
  _emb_bind_id (stmt, i++, role != NULL ? role->id : 0);
  _emb_bind_id (stmt, i++, dept != NULL ? dept->id : 0);
  sqlite3_bind_text (stmt, i++, site, -1, SQLITE_STATIC);
  if (hire_date != NULL)
    sqlite3_bind_text (stmt, i++, hire_date, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, i++);
  sqlite3_bind_int (stmt, i++, active ? 1 : 0);
  sqlite3_bind_text (stmt, i++, imp->now, -1, SQLITE_STATIC);

  return _emb_database_step_done (imp->db, stmt, error);
}

static gboolean
roster_row (Import  *imp,
            guint    line,
            char   **values,
            GError **error)
{
  const char *number = cell (imp, values, FIELD_EMPLOYEE_NUMBER);
  const char *email = cell (imp, values, FIELD_EMAIL);
  const char *site = cell (imp, values, FIELD_SITE);
  const char *value;
  g_autofree char *joined = NULL;
  const char *name = NULL;
  Field name_field = FIELD_NAME;
  gboolean has_name;
  char hire_buffer[16];
  const char *hire_date = NULL;
  int active = -1;
  int office;
  Dept *dept = NULL;
  Role *role = NULL;
  Employee *existing = NULL;
  gpointer first_line;
  gboolean ok = TRUE;
  const char *f_name, *f_email, *f_site, *f_hire;
  Dept *f_dept;
  Role *f_role;
  gboolean f_active;

  if (!check_text (imp, line, FIELD_EMPLOYEE_NUMBER, number, TRUE, EMB_MAX_SHORT))
    return TRUE;

  if (g_hash_table_lookup_extended (imp->seen, number, NULL, &first_line))
    {
      add_problem (imp, line, field_column (imp, FIELD_EMPLOYEE_NUMBER),
                   _("The employee number “%s” is already on line %u; each employee may "
                     "appear only once."),
                   number, GPOINTER_TO_UINT (first_line));
      return TRUE;
    }
  g_hash_table_insert (imp->seen, g_string_chunk_insert (imp->seen_strings, number),
                       GUINT_TO_POINTER (line));

  if (imp->employees != NULL)
    existing = g_hash_table_lookup (imp->employees, number);

  /* The name, whole or in parts. */
  has_name = has_field (imp, FIELD_NAME) || has_field (imp, FIELD_FIRST_NAME) ||
             has_field (imp, FIELD_LAST_NAME);
  name = cell (imp, values, FIELD_NAME);
  if (name == NULL && (has_field (imp, FIELD_FIRST_NAME) || has_field (imp, FIELD_LAST_NAME)))
    {
      const char *first = cell (imp, values, FIELD_FIRST_NAME);
      const char *last = cell (imp, values, FIELD_LAST_NAME);

      joined = g_strjoin (first != NULL && last != NULL ? " " : "",
                          first != NULL ? first : "", last != NULL ? last : "", NULL);
      name = joined;
      if (!has_field (imp, FIELD_NAME))
        name_field = has_field (imp, FIELD_FIRST_NAME) ? FIELD_FIRST_NAME : FIELD_LAST_NAME;
    }
  if (has_name)
    ok &= check_text (imp, line, name_field, name, TRUE, EMB_MAX_NAME);
  else if (existing == NULL)
    {
      add_problem (imp, line, NULL,
                   _("The employee “%s” is new, and the file gives no name for them."),
                   number);
      ok = FALSE;
    }

  if (has_field (imp, FIELD_EMAIL))
    {
      g_autoptr(GError) local_error = NULL;

      if (!_emb_validate_email (email, "email", imp->labels[FIELD_EMAIL], &local_error))
        {
          add_problem (imp, line, field_column (imp, FIELD_EMAIL), "%s", local_error->message);
          ok = FALSE;
        }
    }

  if (has_field (imp, FIELD_SITE))
    ok &= check_text (imp, line, FIELD_SITE, site, FALSE, EMB_MAX_NAME);

  value = cell (imp, values, FIELD_HIRE_DATE);
  if (value != NULL)
    {
      if (read_date (imp, line, FIELD_HIRE_DATE, value, hire_buffer))
        hire_date = hire_buffer;
      else
        ok = FALSE;
    }

  active = read_status (imp, line, FIELD_STATUS, cell (imp, values, FIELD_STATUS));
  if (active == -2)
    ok = FALSE;
  value = cell (imp, values, FIELD_TERMINATED);
  if (value != NULL)
    {
      int terminated = read_status (imp, line, FIELD_TERMINATED, value);

      if (terminated == -2)
        ok = FALSE;
      else if (terminated == 0 || active == -1)
        active = terminated;
    }
  value = cell (imp, values, FIELD_TERMINATION_DATE);
  if (value != NULL)
    {
      char date[16];

      if (!read_date (imp, line, FIELD_TERMINATION_DATE, value, date))
        ok = FALSE;
      else if (strcmp (date, imp->today) <= 0)
        active = 0;
    }

  office = read_office (imp, line, cell (imp, values, FIELD_OFFICE));
  if (office == -2)
    ok = FALSE;

  value = cell (imp, values, FIELD_DEPARTMENT);
  if (value != NULL)
    {
      if (check_text (imp, line, FIELD_DEPARTMENT, value, TRUE, EMB_MAX_NAME))
        {
          dept = find_dept (imp, value, office, line);
          ok &= dept != NULL;
        }
      else
        ok = FALSE;
    }

  value = cell (imp, values, FIELD_ROLE);
  if (value != NULL)
    {
      if (!check_text (imp, line, FIELD_ROLE, value, TRUE, EMB_MAX_NAME))
        ok = FALSE;
      else
        {
          Dept *in = has_field (imp, FIELD_DEPARTMENT) ? dept
                     : existing != NULL ? existing->dept : NULL;

          if (in != NULL)
            {
              role = find_role (imp, in, value, office, line);
              ok &= role != NULL;
            }
          else if (ok && (role = find_only_role (imp, value)) == NULL)
            {
              add_problem (imp, line, field_column (imp, FIELD_ROLE),
                           _("The role “%s” needs a department: give one in the "
                             "department column."),
                           value);
              ok = FALSE;
            }
        }
    }

  if (!ok)
    return TRUE;

  /* What the employee will be: a column the file lacks keeps its value. */
  f_name = has_name ? name : existing->name;
  f_email = has_field (imp, FIELD_EMAIL) ? (email != NULL ? email : "")
            : existing != NULL ? existing->email : "";
  f_site = has_field (imp, FIELD_SITE) ? (site != NULL ? site : "")
           : existing != NULL ? existing->site : "";
  f_hire = has_field (imp, FIELD_HIRE_DATE) ? hire_date
           : existing != NULL ? existing->hire_date : NULL;
  f_dept = has_field (imp, FIELD_DEPARTMENT) ? dept
           : existing != NULL ? existing->dept : NULL;
  f_role = has_field (imp, FIELD_ROLE) ? role
           : existing != NULL ? existing->role : NULL;
  if (f_role != NULL && f_dept != NULL && f_role->dept != f_dept)
    f_role = NULL;   /* moved to another department, out of the old role */
  if (f_role != NULL && f_dept == NULL)
    f_dept = f_role->dept;
  f_active = active >= 0 ? active != 0 : existing != NULL ? existing->active : TRUE;

  if (existing != NULL &&
      g_strcmp0 (f_name, existing->name) == 0 &&
      g_strcmp0 (f_email, existing->email) == 0 &&
      g_strcmp0 (f_site, existing->site) == 0 &&
      g_strcmp0 (f_hire, existing->hire_date) == 0 &&
      f_dept == existing->dept && f_role == existing->role &&
      f_active == existing->active)
    {
      imp->skipped++;
      return TRUE;
    }

  if (imp->phase == PHASE_WRITE &&
      !write_employee (imp, existing, number, f_name, f_email, f_site, f_hire,
                       f_dept, f_role, f_active, error))
    return FALSE;

  if (existing != NULL)
    imp->updated++;
  else
    imp->added++;
  return TRUE;
}

/* Feedback rows ------------------------------------------------------------ */

static gboolean
parse_score (const char *text,
             int        *score)
{
  const char *p = text;
  gint64 value = 0;
  gboolean negative = FALSE;
  int digits = 0;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  while (g_ascii_isdigit (*p) && digits < 6)
    {
      value = value * 10 + (*p++ - '0');
      digits++;
    }
  if (digits == 0)
    return FALSE;
  /* 4.0 and 4,0 are whole numbers too */
  if (*p == '.' || *p == ',')
    {
      p++;
      while (*p == '0')
        p++;
    }
  if (*p != '\0')
    return FALSE;
  *score = negative ? -(int)value : (int)value;
  return TRUE;
}

static void
score_range (EmbScoreType  type,
             int          *min,
             int          *max)
{
  switch (type)
    {
    case EMB_SCORE_TYPE_CSAT:
      *min = 1;
      *max = 5;
      break;
    case EMB_SCORE_TYPE_CES:
      *min = 1;
      *max = 7;
      break;
    case EMB_SCORE_TYPE_NPS:
    case EMB_SCORE_TYPE_NONE:
    default:
      *min = 0;
      *max = 10;
      break;
    }
}

static const char *
score_type_name (EmbScoreType type)
{
  switch (type)
    {
    case EMB_SCORE_TYPE_NPS:
      return "NPS";
    case EMB_SCORE_TYPE_CSAT:
      return "CSAT";
    case EMB_SCORE_TYPE_CES:
      return "CES";
    case EMB_SCORE_TYPE_NONE:
    default:
      return "";
    }
}

/* The scale of a score column told by its values alone. */
static EmbScoreType
score_type_by_values (int min,
                      int max)
{
  if (min == 0 || max > 7)
    return EMB_SCORE_TYPE_NPS;
  if (max <= 5 && min >= 1)
    return EMB_SCORE_TYPE_CSAT;
  return EMB_SCORE_TYPE_CES;
}

static gboolean
feedback_row (Import  *imp,
              guint    line,
              char   **values,
              GError **error)
{
  const char *received = cell (imp, values, FIELD_RECEIVED_AT);
  const char *score_text = cell (imp, values, FIELD_SCORE);
  const char *type_text = cell (imp, values, FIELD_SCORE_TYPE);
  const char *text = cell (imp, values, FIELD_TEXT);
  const char *kind_text = cell (imp, values, FIELD_KIND);
  const char *channel = cell (imp, values, FIELD_CHANNEL);
  const char *touchpoint = cell (imp, values, FIELD_TOUCHPOINT);
  const char *customer = cell (imp, values, FIELD_CUSTOMER_REF);
  const char *source = cell (imp, values, FIELD_SOURCE);
  EmbScoreType type = imp->score_type;
  gboolean typed = FALSE;
  char timestamp[32];
  int score = -1;
  int kind = -1;
  gint64 touchpoint_id = 0;
  gboolean ok = TRUE;

  /* Nothing said: a row of a survey export that was left unanswered (a
   * default kind does not make it feedback). */
  if (score_text == NULL && text == NULL &&
      (imp->column_of[FIELD_KIND] < 0 || *values[imp->column_of[FIELD_KIND]] == '\0'))
    {
      imp->skipped++;
      return TRUE;
    }

  if (received == NULL)
    {
      add_problem (imp, line, field_column (imp, FIELD_RECEIVED_AT),
                   _("The date the feedback was received is missing."));
      ok = FALSE;
    }
  else
    {
      DateTime dt;

      if (parse_date_time (received, &dt))
        format_timestamp (&dt, timestamp);
      else
        {
          add_problem (imp, line, field_column (imp, FIELD_RECEIVED_AT),
                       _("“%s” is not a date; write it as 2024-03-01, 01.03.2024, 01-03-2024 "
                         "or 2024/03/01, optionally followed by a time such as 10:15."),
                       received);
          ok = FALSE;
        }
    }

  if (type_text != NULL)
    {
      int value = lookup_word (get_tables ()->score_type, type_text);

      if (value > EMB_SCORE_TYPE_NONE)
        {
          type = value;
          typed = TRUE;
        }
      else
        {
          add_problem (imp, line, field_column (imp, FIELD_SCORE_TYPE),
                       _("“%s” is not a score type; write NPS, CSAT or CES."), type_text);
          ok = FALSE;
        }
    }

  if (score_text != NULL)
    {
      int min, max;

      score_range (type, &min, &max);
      if (!parse_score (score_text, &score))
        {
          add_problem (imp, line, field_column (imp, FIELD_SCORE),
                       _("The score “%s” is not a whole number."), score_text);
          ok = FALSE;
        }
      else if (type == EMB_SCORE_TYPE_NONE && (score < min || score > max))
        {
          add_problem (imp, line, field_column (imp, FIELD_SCORE),
                       _("The score %d is out of range: scores run from 0 to 10 (NPS), "
                         "1 to 5 (CSAT) or 1 to 7 (CES)."),
                       score);
          ok = FALSE;
        }
      else if (score < min || score > max)
        {
          add_problem (imp, line, field_column (imp, FIELD_SCORE),
                       _("The score %d is out of range: %s scores run from %d to %d."),
                       score, score_type_name (type), min, max);
          ok = FALSE;
        }
      else if (type == EMB_SCORE_TYPE_NONE && !typed)
        {
          imp->score_min = MIN (imp->score_min, score);
          imp->score_max = MAX (imp->score_max, score);
        }
    }

  if (text != NULL)
    ok &= check_text (imp, line, FIELD_TEXT, text, FALSE, EMB_MAX_TEXT);

  if (kind_text != NULL)
    {
      kind = lookup_word (get_tables ()->kind, kind_text);
      if (kind < 0)
        {
          add_problem (imp, line, field_column (imp, FIELD_KIND),
                       _("“%s” is not a kind of feedback; write praise, complaint, "
                         "suggestion or survey."),
                       kind_text);
          ok = FALSE;
        }
    }
  else if (score_text != NULL || has_field (imp, FIELD_SCORE))
    kind = EMB_FEEDBACK_KIND_SURVEY;
  else
    {
      add_problem (imp, line, field_column (imp, FIELD_KIND),
                   _("The kind of feedback is missing; give it in a kind column (praise, "
                     "complaint, suggestion) or choose one for the whole file."));
      ok = FALSE;
    }

  if (channel != NULL)
    ok &= check_text (imp, line, FIELD_CHANNEL, channel, FALSE, EMB_MAX_SHORT);
  if (customer != NULL)
    ok &= check_text (imp, line, FIELD_CUSTOMER_REF, customer, FALSE, EMB_MAX_SHORT);
  if (source != NULL)
    ok &= check_text (imp, line, FIELD_SOURCE, source, FALSE, EMB_MAX_SHORT);
  else
    source = imp->source;

  if (touchpoint != NULL && imp->touchpoints != NULL)
    {
      g_autofree char *key = fold_key (touchpoint);
      gint64 *id = g_hash_table_lookup (imp->touchpoint_values, key);

      if (id == NULL)
        id = g_hash_table_lookup (imp->touchpoints, key);
      if (id != NULL)
        touchpoint_id = *id;
      else
        {
          add_problem (imp, line, field_column (imp, FIELD_TOUCHPOINT),
                       _("No touchpoint is called “%s”; name the touchpoint it stands for "
                         "in the column mapping."),
                       touchpoint);
          ok = FALSE;
        }
    }

  if (!ok)
    return TRUE;

  if (imp->phase == PHASE_WRITE)
    {
      EmbStatement *stmt = imp->insert_feedback;
      g_autofree char *uuid = g_uuid_string_random ();

      if (score < 0)
        type = EMB_SCORE_TYPE_NONE;

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, timestamp, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, channel != NULL ? channel : "", -1, SQLITE_STATIC);
      _emb_bind_id (stmt, 4, touchpoint_id);
      sqlite3_bind_text (stmt, 5, imp->kind_nicks[kind], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, imp->score_nicks[type], -1, SQLITE_STATIC);
      if (score >= 0)
        sqlite3_bind_int (stmt, 7, score);
      else
        sqlite3_bind_null (stmt, 7);
      sqlite3_bind_text (stmt, 8, text != NULL ? text : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, customer != NULL ? customer : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 10, source, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 11, imp->now, -1, SQLITE_STATIC);
      if (!_emb_database_step_done (imp->db, stmt, error))
        return FALSE;
    }

  imp->added++;
  return TRUE;
}

/* Rows -------------------------------------------------------------------- */

static gboolean
check_row (Import  *imp,
           guint    line,
           char   **values,
           guint    n_values,
           GError **error)
{
  if (line == imp->skip_line)
    return TRUE;

  if (n_values < imp->n_columns)
    {
      add_problem (imp, line, imp->headers[n_values],
                   _("The row has %u values, but the header names %u columns."),
                   n_values, imp->n_columns);
      return TRUE;
    }
  for (guint i = imp->n_columns; i < n_values; i++)
    if (*values[i] != '\0')
      {
        add_problem (imp, line, NULL,
                     _("The row has %u values, but the header names %u columns."),
                     n_values, imp->n_columns);
        return TRUE;
      }

  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    return roster_row (imp, line, values, error);
  return feedback_row (imp, line, values, error);
}

static gboolean
row_record (gpointer   data,
            guint      line,
            char     **values,
            guint      n_values,
            GError   **error)
{
  Import *imp = data;

  if (imp->n_records++ == 0 && imp->separator_line)
    return TRUE;
  if (is_blank_record (values, n_values))
    return TRUE;
  if (!imp->header_passed)
    {
      imp->header_passed = TRUE;
      return TRUE;
    }

  if (!check_row (imp, line, values, n_values, error))
    return FALSE;
  return !emb_import_report_is_full (imp->report);
}

static void
start_pass (Import *imp,
            Phase   phase)
{
  imp->phase = phase;
  imp->added = imp->updated = imp->skipped = 0;
  g_clear_pointer (&imp->seen, g_hash_table_unref);
  g_string_chunk_clear (imp->seen_strings);
  imp->seen = g_hash_table_new (g_str_hash, g_str_equal);
  imp->score_min = G_MAXINT;
  imp->score_max = G_MININT;
}

/* Telling rosters from feedback ------------------------------------------- */

static gboolean
first_record (gpointer   data,
              guint      line,
              char     **values,
              guint      n_values,
              GError   **error)
{
  GStrv *result = data;

  if (is_blank_record (values, n_values))
    return TRUE;
  *result = g_strdupv (values);
  return FALSE;
}

/* From the header line of @text (UTF-8): a roster when a column holds
 * employee numbers, feedback when one holds scores or comments. */
static EmbImportFormat
guess_format (const char *text,
              gsize       length)
{
  g_auto(GStrv) headers = NULL;
  char separator = ',';
  gboolean roster_id = FALSE;
  gboolean weak_id = FALSE;
  guint n_roster = 0;
  gboolean feedback = FALSE;
  Reader r;

  if (read_separator_line (text, length, &separator))
    {
      const char *eol = memchr (text, '\n', length);

      if (eol == NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      length -= eol + 1 - text;
      text = eol + 1;
    }
  else
    separator = detect_separator (text, length,
                                  memchr (text, '\n', length) == NULL &&
                                  memchr (text, '\r', length) == NULL);

  reader_init (&r, separator, first_record, &headers);
  reader_feed (&r, text, length);
  reader_finish (&r);
  reader_clear (&r);

  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    {
      const Synonym *synonym;
      guint rank;

      synonym = match_header (EMB_IMPORT_FORMAT_ROSTER_CSV, headers[i], &rank);
      if (synonym != NULL && synonym->field == FIELD_EMPLOYEE_NUMBER)
        {
          if (synonym->variant == WEAK_ID)
            weak_id = TRUE;
          else
            roster_id = TRUE;
        }
      else if (synonym != NULL && synonym->field != FIELD_SITE && synonym->field != FIELD_STATUS)
        n_roster++;

      synonym = match_header (EMB_IMPORT_FORMAT_FEEDBACK_CSV, headers[i], &rank);
      if (synonym != NULL && (synonym->field == FIELD_SCORE || synonym->field == FIELD_TEXT))
        feedback = TRUE;
    }

  if (roster_id || (weak_id && n_roster > 0 && !feedback))
    return EMB_IMPORT_FORMAT_ROSTER_CSV;
  if (feedback)
    return EMB_IMPORT_FORMAT_FEEDBACK_CSV;
  return EMB_IMPORT_FORMAT_AUTO;
}

/**
 * emb_csv_import_guess_kind:
 * @head: the first bytes of a CSV file, as read
 * @length: their length
 *
 * Tells a roster from a feedback export by the header line: a column of
 * employee numbers (such as "Employee ID") makes a roster; otherwise a
 * column of scores or comments makes feedback.
 *
 * Returns: %EMB_IMPORT_FORMAT_ROSTER_CSV, %EMB_IMPORT_FORMAT_FEEDBACK_CSV, or
 *   %EMB_IMPORT_FORMAT_AUTO when it cannot be told
 */
EmbImportFormat
emb_csv_import_guess_kind (const char *head,
                           gsize       length)
{
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  const char *end = NULL;

  g_return_val_if_fail (head != NULL || length == 0, EMB_IMPORT_FORMAT_AUTO);

  if (length >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    {
      head += 3;
      length -= 3;
    }
  else if (length >= 2 && (memcmp (head, "\xFF\xFE", 2) == 0 || memcmp (head, "\xFE\xFF", 2) == 0))
    {
      encoding = (guchar)head[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      head += 2;
      length = (length - 2) & ~(gsize)1;
    }

  if (encoding == NULL && !g_utf8_validate_len (head, length, &end))
    {
      if (memchr (head, '\0', length) != NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      /* A character cut at the end of the head is no fault. */
      if (is_utf8_prefix ((const guchar *)end, head + length - end))
        length = end - head;
      else
        encoding = emb_csv_default_encoding ();
    }

  if (encoding != NULL)
    {
      gsize read = 0;
      g_autoptr(GError) error = NULL;
      gsize converted = 0;

      text = g_convert (head, length, "UTF-8", encoding, &read, &converted, &error);
      if (text == NULL && read > 0)
        text = g_convert (head, read, "UTF-8", encoding, NULL, &converted, NULL);
      if (text == NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      return guess_format (text, converted);
    }

  return guess_format (head, length);
}

/* The passes --------------------------------------------------------------- */

/* Everything before the rows: the file's name and size, its encoding, its
 * separator, its header and columns, and what the database holds. Problems
 * go to the report; FALSE only with @error. */
static gboolean
prepare (Import  *imp,
         GError **error)
{
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  guint invalid_line = 0;
  gboolean complete;

  info = g_file_query_info (imp->file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, imp->cancellable, &local_error);
  if (info == NULL)
    {
      imp->name = g_file_get_parse_name (imp->file);
      set_unreadable (imp, local_error, error);
      return FALSE;
    }
  imp->name = g_strdup (g_file_info_get_display_name (info));
  imp->size = g_file_info_get_size (info);
  imp->source = g_utf8_strlen (imp->name, -1) > EMB_MAX_SHORT
                ? g_utf8_substring (imp->name, 0, EMB_MAX_SHORT)
                : g_strdup (imp->name);

  if (!scan_file (imp, head, &invalid_line, error))
    return FALSE;
  if (imp->n_problems > 0)
    return TRUE;

  if (imp->encoding != NULL)
    imp->converted = TRUE;
  else if (invalid_line == 0)
    imp->encoding = g_strdup ("UTF-8");
  else
    {
      const char *encoding = imp->options->encoding != NULL ? imp->options->encoding
                                                            : emb_csv_default_encoding ();

      imp->encoding = g_strdup (encoding);
      if (is_utf8_name (encoding))
        {
          add_problem (imp, invalid_line, NULL,
                       _("The file is not valid UTF-8 text on this line; choose the "
                         "encoding it was saved in."));
          return TRUE;
        }
      imp->converted = TRUE;
    }

  if (imp->converted)
    {
      g_autoptr(GCharsetConverter) converter = g_charset_converter_new ("UTF-8", imp->encoding,
                                                                         NULL);

      if (converter == NULL)
        {
          add_problem (imp, 0, NULL, _("The encoding “%s” is not known."), imp->encoding);
          return TRUE;
        }
    }

  complete = head->len < HEAD_SIZE || (imp->size > 0 && (goffset)head->len >= imp->size);
  text = head_text (imp, head, &length);
  if (read_separator_line (text, length, &imp->separator))
    imp->separator_line = TRUE;
  else
    imp->separator = detect_separator (text, length, complete);

  if (imp->format == EMB_IMPORT_FORMAT_AUTO)
    imp->format = guess_format (text, length);

  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV || imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    read_mapping (imp);

  imp->phase = PHASE_SNIFF;
  imp->progress_from = imp->progress_to;
  if (!read_records (imp, sniff_record, error))
    return FALSE;
  if (imp->sniffed->len == 0)
    {
      if (imp->n_problems == 0)
        add_problem (imp, 0, NULL, _("The file is empty."));
      return TRUE;
    }

  choose_columns (imp);
  check_columns (imp);

  if (imp->db != NULL && imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    return load_touchpoints (imp, error);
  if (imp->db != NULL && imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    return load_people (imp, error);
  return TRUE;
}

static gboolean
refuse (Import  *imp,
        GError **error)
{
  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%s has %u problem; nothing was imported.",
                            "%s has %u problems; nothing was imported.",
                            imp->n_problems),
               imp->name, imp->n_problems);
  return FALSE;
}

static gboolean
write_departments_and_roles (Import  *imp,
                             GError **error)
{
  sqlite3 *handle = _emb_database_get_handle (imp->db);

  for (guint i = 0; i < imp->new_depts->len; i++)
    {
      Dept *dept = g_ptr_array_index (imp->new_depts, i);
      g_autoptr(EmbStatement) stmt = NULL;
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = _emb_database_prepare (imp->db,
                                    "INSERT INTO department (uuid, name, office, created_at,"
                                    " updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      _emb_bind_text (stmt, 1, uuid);
      _emb_bind_text (stmt, 2, dept->name);
      _emb_bind_text (stmt, 3, imp->office_nicks[dept->office]);
      _emb_bind_text (stmt, 4, imp->now);
      if (!_emb_database_step_done (imp->db, stmt, error))
        return FALSE;
      dept->id = sqlite3_last_insert_rowid (handle);
    }

  for (guint i = 0; i < imp->new_roles->len; i++)
    {
      Role *role = g_ptr_array_index (imp->new_roles, i);
      g_autoptr(EmbStatement) stmt = NULL;
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = _emb_database_prepare (imp->db,
                                    "INSERT INTO role (uuid, department_id, name, office,"
                                    " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      _emb_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, role->dept->id);
      _emb_bind_text (stmt, 3, role->name);
      _emb_bind_text (stmt, 4, imp->office_nicks[role->office]);
      _emb_bind_text (stmt, 5, imp->now);
      if (!_emb_database_step_done (imp->db, stmt, error))
        return FALSE;
      role->id = sqlite3_last_insert_rowid (handle);
    }

  return TRUE;
}

/* The second pass, in one transaction: runs the rows again, writing. */
static gboolean
write_all (EmbDatabase  *db,
           gpointer      data,
           GError      **error)
{
  Import *imp = data;
  g_autoptr(EmbStatement) insert_feedback = NULL;
  g_autoptr(EmbStatement) insert_employee = NULL;
  g_autoptr(EmbStatement) update_employee = NULL;
  gboolean ok;

  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    {
      if (!write_departments_and_roles (imp, error))
        return FALSE;

      insert_employee = _emb_database_prepare (db,
                                               "INSERT INTO employee (uuid, employee_number, name,"
                                               " email, role_id, department_id, site, hire_date,"
                                               " active, created_at, updated_at)"
                                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                                               error);
      if (insert_employee == NULL)
        return FALSE;
      update_employee = _emb_database_prepare (db,
                                               "UPDATE employee SET name = ?2, email = ?3,"
                                               " role_id = ?4, department_id = ?5, site = ?6,"
                                               " hire_date = ?7, active = ?8, updated_at = ?9"
                                               " WHERE id = ?1",
                                               error);
      if (update_employee == NULL)
        return FALSE;
    }
  else
    {
      insert_feedback = _emb_database_prepare (db,
                                               "INSERT INTO feedback (uuid, received_at, channel,"
                                               " touchpoint_id, kind, score_type, score, text,"
                                               " customer_ref, source, created_at, updated_at)"
                                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                               " ?11, ?11)",
                                               error);
      if (insert_feedback == NULL)
        return FALSE;
    }

  imp->insert_feedback = insert_feedback;
  imp->insert_employee = insert_employee;
  imp->update_employee = update_employee;

  start_pass (imp, PHASE_WRITE);
  ok = read_records (imp, row_record, error);

  imp->insert_feedback = NULL;
  imp->insert_employee = NULL;
  imp->update_employee = NULL;

  if (!ok)
    return FALSE;
  if (imp->n_problems > 0)
    return refuse (imp, error);

  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  return TRUE;
}

static void
count (Import *imp)
{
  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    {
      emb_import_report_count (imp->report, "employee", imp->added, imp->updated, imp->skipped);
      emb_import_report_count (imp->report, "department", imp->new_depts->len, 0, 0);
      emb_import_report_count (imp->report, "role", imp->new_roles->len, 0, 0);
    }
  else
    emb_import_report_count (imp->report, "feedback", imp->added, 0, imp->skipped);
}

/**
 * emb_csv_import:
 * @format: %EMB_IMPORT_FORMAT_ROSTER_CSV or %EMB_IMPORT_FORMAT_FEEDBACK_CSV
 *   (or %EMB_IMPORT_FORMAT_AUTO to tell by the header)
 * @options: (nullable): the options
 * @report: where counts and problems are collected
 *
 * Imports a roster or a feedback export: every row is checked first; when
 * any has a problem nothing is written. Otherwise all rows are written in
 * one transaction (nothing at all in a dry run) and @report counts them.
 * See emb-csv-import.h for the rules.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_IMPORT_ERROR_INVALID when
 *   @report lists problems, or another #EmbImportError or a database error
 */
gboolean
emb_csv_import (EmbDatabase             *db,
                GFile                   *file,
                EmbImportFormat          format,
                const EmbImportOptions  *options,
                GCancellable            *cancellable,
                EmbImportReport         *report,
                GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_autoptr(Import) imp = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  imp = import_new (db, file, format, options, cancellable, report);

  imp->progress_to = 0.05;
  if (!prepare (imp, error))
    return FALSE;
  if (imp->n_problems > 0)
    return refuse (imp, error);

  start_pass (imp, PHASE_CHECK);
  imp->progress_from = 0.05;
  imp->progress_to = options->dry_run ? 1. : 0.4;
  if (!read_records (imp, row_record, error))
    return FALSE;
  if (imp->n_problems > 0)
    return refuse (imp, error);

  if (imp->score_type == EMB_SCORE_TYPE_NONE && imp->score_min <= imp->score_max)
    imp->score_type = score_type_by_values (imp->score_min, imp->score_max);

  if (!options->dry_run)
    {
      imp->progress_from = 0.4;
      imp->progress_to = 1.;
      if (!emb_database_transaction (db, write_all, imp, error))
        return FALSE;
    }

  count (imp);
  report_progress (imp, 1.);
  return TRUE;
}

/* Preview ------------------------------------------------------------------ */

void
emb_csv_preview_free (EmbCsvPreview *preview)
{
  if (preview == NULL)
    return;

  g_free (preview->encoding);
  g_strfreev (preview->headers);
  g_free (preview->fields);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_clear_pointer (&preview->report, emb_import_report_unref);
  g_free (preview);
}

/**
 * emb_csv_preview:
 * @db: (nullable): the database, to check touchpoints and to compare with
 *   the employees already there; %NULL to read the file alone
 * @format: the kind of file, or %EMB_IMPORT_FORMAT_AUTO to tell by the header
 * @options: (nullable): the options the import would use (encoding, mapping)
 * @max_rows: how many rows to show
 * @preview: (out): return location for the preview
 *
 * Reads what an import with @options would: the encoding, the separator,
 * the header and the field chosen for each column, and the first @max_rows
 * rows with their problems. Nothing is written. With @db, use it on the
 * thread that owns it.
 *
 * Returns: %TRUE with @preview set (problems of the file are in its report);
 *   %FALSE with @error when the file cannot be read or on cancellation
 */
gboolean
emb_csv_preview (EmbDatabase             *db,
                 GFile                   *file,
                 EmbImportFormat          format,
                 const EmbImportOptions  *options,
                 guint                    max_rows,
                 GCancellable            *cancellable,
                 EmbCsvPreview          **preview,
                 GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(Import) imp = NULL;
  g_autoptr(EmbCsvPreview) result = NULL;
  gboolean check;

  g_return_val_if_fail (db == NULL || EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (preview != NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  imp = import_new (db, file, format, options, cancellable, report);
  imp->preview = TRUE;
  imp->sniff_limit = MAX (max_rows, SNIFF_ROWS);
  if (!prepare (imp, error))
    return FALSE;

  result = g_new0 (EmbCsvPreview, 1);
  result->format = imp->format;
  result->encoding = g_strdup (imp->encoding);
  result->converted = imp->converted;
  result->separator = imp->separator;
  result->rows = g_ptr_array_new_with_free_func (preview_row_free);
  result->report = emb_import_report_ref (report);
  result->n_columns = imp->n_columns;
  result->headers = imp->headers != NULL ? g_strdupv (imp->headers) : g_new0 (char *, 1);
  result->fields = g_new0 (const char *, imp->n_columns + 1);
  for (guint i = 0; i < imp->n_columns; i++)
    result->fields[i] = field_names[imp->columns[i].field];

  check = imp->n_columns > 0 &&
          (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV ||
           imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  start_pass (imp, PHASE_CHECK);

  for (guint i = 1; i < imp->sniffed->len && result->rows->len < max_rows; i++)
    {
      EmbCsvPreviewRow *row = g_ptr_array_index (imp->sniffed, i);
      EmbCsvPreviewRow *copy;

      if (row->line == imp->skip_line)
        continue;

      if (check && !emb_import_report_is_full (report) &&
          !check_row (imp, row->line, row->values, row->n_values, error))
        return FALSE;

      copy = g_new0 (EmbCsvPreviewRow, 1);
      copy->line = row->line;
      copy->n_values = row->n_values;
      copy->values = g_strdupv (row->values);
      g_ptr_array_add (result->rows, copy);
    }

  if (imp->score_type == EMB_SCORE_TYPE_NONE && imp->score_min <= imp->score_max)
    imp->score_type = score_type_by_values (imp->score_min, imp->score_max);
  if (imp->column_of[FIELD_SCORE] >= 0 && imp->score_type != EMB_SCORE_TYPE_NONE)
    result->score_type = imp->score_nicks[imp->score_type];

  *preview = g_steal_pointer (&result);
  return TRUE;
}
