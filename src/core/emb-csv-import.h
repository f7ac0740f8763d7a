/* emb-csv-import.h: rosters and feedback from CSV exports of other tools
 *
 * A roster (an HR export) adds and updates employees, matched by employee
 * number; a feedback file (a survey export, a complaint log, a social-media
 * export) adds customer feedback. Both follow the contract of emb-import.h:
 * everything is checked first, then written in one transaction, or nothing is.
 *
 * Reading a file
 * - The separator is a comma, a semicolon or a tab, whichever the first
 *   lines use consistently (an Excel "sep=;" first line is honoured).
 * - The text is UTF-8 (a byte-order mark is skipped). A file that is not
 *   valid UTF-8 is converted from #EmbImportOptions.encoding, or by default
 *   from the code page its bytes read best in: WINDOWS-1252 (US and Western
 *   Europe), WINDOWS-1250 (Polish…), WINDOWS-1253 (Greek) or that of
 *   emb_csv_default_encoding(); a file with a UTF-16 byte-order mark is
 *   converted from UTF-16. A valid UTF-8 file is always read as UTF-8.
 * - Values may be quoted ("a, b" and values over several lines); padding
 *   is trimmed: spaces, tabs, no-break spaces (U+00A0, U+2007, U+202F),
 *   zero-width spaces and stray byte-order marks. Values are text: an id a
 *   spreadsheet wrote as 5.70306E+17 is kept as written. Problems name the
 *   line where the record starts.
 * - Rows whose values are all empty are passed over; a row with more values
 *   than the header is refused unless the extra values are empty.
 *
 * Dates and times
 *   2024-03-01 and 2024/03/01 (the year first), 01.03.2024 (always day
 *   first), 01-03-2024 and 01/03/2024 (day or month first, see below), each
 *   optionally followed by a time with ':' or '.' between hours, minutes
 *   and seconds (10:15, 11.35, 10:15:00, 23.59.59), a 12-hour clock (AM,
 *   PM, a.m., p.m., π.μ., μ.μ.) and, in ISO-8601 also after a "T", fractions
 *   of a second and a zone ("Z", "+02:00", "-0800"). Hire dates keep the
 *   date only. Feedback times are stored in UTC in the form of
 *   emb_now_iso8601(); a time without a zone is taken to be UTC already,
 *   and a date alone is midnight UTC.
 *
 *   The order of a date with the year last and slashes or dashes is
 *   #EmbImportOptions.date_order; with %EMB_DATE_ORDER_AUTO each column
 *   tells its own: a first number over 12 proves day first (23/10/2013), a
 *   second one month first (10/23/2013). A column of slash dates that read
 *   both ways (2/5/2022) is refused, naming the column, until the order is
 *   chosen (#EmbCsvPreview.ambiguous_dates names it for the assistant);
 *   dashes read day first unless the column proves otherwise. A column
 *   with dates of both orders is refused.
 *
 * Column mapping
 *   Columns are recognised by their header, whatever the case and accents,
 *   in English, Polish and Greek and as common HR and survey tools name them.
 *   #EmbImportOptions.mapping overrides that, and takes keys of three kinds:
 *
 *   - "<column header>" → a field name below, or "" to ignore the column.
 *     A score column can be given its scale: "score:nps", "score:csat",
 *     "score:ces".
 *   - "value:<column>:<value>" → ours: a value map. Where the column with
 *     the header <column> holds <value> (whatever the case and accents), the
 *     import reads ours instead, e.g. "value:Reason:Late Flight" →
 *     "Boarding" (a touchpoint), "value:Sentiment:meh" → "neutral" (a kind),
 *     "value:Employment Status:Garden leave" → "active". Ours must be a
 *     valid value of the field the column is read into (a touchpoint that
 *     exists, a kind, a status, front/back office, NPS/CSAT/CES…); "" reads
 *     as an empty cell. A key naming a column the file lacks, or one not
 *     imported, is a problem. The command line's
 *     --map-value "COLUMN:VALUE=OURS" gives these.
 *   - "<field>:<value>" → ours: the same for whatever column holds a
 *     categorical field: "touchpoint", "kind", "score-type", "channel",
 *     "source", "status", "terminated", "office", "department", "role",
 *     "site". ("touchpoint:Billing" → "Statement & billing".) A "value:"
 *     key wins over a "<field>:" key for the same value.
 *   - "default:<field>" → a value used where the file has no such column or
 *     the cell is empty, e.g. "default:kind" → "complaint" for a complaint
 *     log, "default:channel" → "email".
 *
 *   Roster fields: "employee-number" (required), "name" or "first-name" and
 *   "last-name" (required for new employees), "email", "department", "role",
 *   "office" (front/back office of departments and roles created by the
 *   import), "site", "hire-date", "status", "terminated" (yes means
 *   inactive), "termination-date" (a date in the past makes the employee
 *   inactive).
 *
 *   A status is read by meaning, in English, Polish and Greek (the words
 *   and stems of [status] and [status-contains] in data/csv-headers.ini):
 *   active (Active, Employed, Full-time, Zatrudniony, Ενεργός…); on leave,
 *   which is active and sets the employee's "on-leave" (Leave of Absence,
 *   Parental leave, Urlop bezpłatny, Άδεια…); inactive: terminated,
 *   resigned, retired, left, dismissed, deceased, end of contract
 *   (Voluntarily Terminated, Terminated for Cause, Zwolniony, Rozwiązanie
 *   umowy, Emerytura, Αποχώρηση, Συνταξιοδότηση, Απολύθηκε…); yes and no.
 *   Any other status is a problem that names it.
 *
 *   Feedback fields: "received-at" (required), "score", "score-type",
 *   "text", "kind", "channel", "touchpoint" (the source's category: see
 *   below), "customer-ref", "source" (defaults to the name of the import
 *   profile, else to the file's name), "source-id" (the source's own id of
 *   the item: "ID", "Response ID", "Respondent ID", "Tweet ID", "Mention ID",
 *   "Review ID", "Ticket ID", "Identyfikator", "Αναγνωριστικό"…).
 *
 *   The values of the categorical columns (the fields above for which a
 *   "<field>:" key exists) are counted in the checking pass: the report
 *   lists them with their counts (emb_import_report_get_value()), for the
 *   assistant's value maps, even when the import fails.
 *
 * Rosters: rows add employees or update those with the same number (a cell
 * left empty clears an optional value; a column the file lacks keeps it);
 * unchanged employees are counted as skipped. Rows of the same employee
 * number (HR exports repeat an employee per job or assignment) are merged
 * where they agree or one is blank; each conflict is a problem on the later
 * line naming the earlier one, the column and both values. Departments and roles named in
 * the file are created when missing (front office unless the office column
 * says back office; a new role in an existing department takes its office).
 * A role without a department must name a role that exists in one department
 * only. Counts: "employee", "department", "role".
 *
 * Feedback: the score's scale comes from the mapping, a score-type column,
 * the header (NPS, "recommend" → NPS; CSAT, satisfaction → CSAT; CES, effort
 * → CES) or else from the values of the whole column (any 0 or above 7 →
 * NPS; all from 1 to 5 → CSAT; otherwise CES). A star rating ("4 stars",
 * "4 gwiazdki", "★★★★☆") or a score out of 5 ("4/5", "4 out of 5") is a
 * CSAT score, "6/7" CES and "8/10" NPS. The kind is the kind column's value
 * (praise, complaint, suggestion, survey, neutral, or a sentiment label:
 * positive, negative, neutral, mixed and their Polish and Greek words, in a
 * column such as "Sentiment", "Tone", "Sentyment" or "Συναίσθημα"), else
 * survey when there is a score. Rows with no score, no text and no kind are
 * skipped. Counts: "feedback".
 *
 * Problems: by default an import is all or nothing, and every problem is
 * listed by line and column. With #EmbImportOptions.skip_invalid a problem
 * of a row refuses that row alone (a conflict between the rows of an
 * employee refuses them all): the valid rows are imported, and the refused
 * ones are written, as the source had them (its header and separator, in
 * UTF-8 with a byte-order mark) with the reason in one more column, to
 * #EmbImportOptions.rejects or <name>.rejects.csv beside the source. A
 * problem of the file itself (its text, its header, a column of dates)
 * still refuses it whole. A dry run writes no rejects file; an import that
 * fails or is cancelled leaves none.
 *
 * Categories: the value of the touchpoint column (after its value map) is
 * matched with the touchpoints' names. The item keeps the value as written
 * in feedback.category. A category that names no touchpoint is not an
 * error: the item is imported without a touchpoint and with triage = 1, and
 * the report marks the value unknown (#EmbImportValue.unknown) with its
 * count. A default touchpoint ("default:touchpoint") must exist.
 *
 * Re-imports add nothing twice. The key is the source's own id within the
 * same source where the file has a source-id column, else the row's content
 * and date: received-at, text, score and category within the same source
 * (the k-th row with some content is skipped when k items had it before).
 * An id column whose ids repeat with different contents (a spreadsheet that
 * rounds 570306123456789012 to 5.70306E+17) is no key: the report warns,
 * naming the column and an id, and the content decides; its values are not
 * kept as ids. Items found are counted as skipped. Look-ups go through
 * indexes (feedback_by_source_id, feedback_by_content) and only for sources
 * that had items before the import.
 *
 * Import profiles: with #EmbImportOptions.profile the import applies the
 * profile and saves back what it used (see emb-import-profile.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-import-options.h"
#include "emb-import-report.h"

G_BEGIN_DECLS

/**
 * EmbCsvPreviewRow:
 * @line: the line where the row starts
 * @n_values: the number of values
 * @values: (array length=n_values): the values as they will be read:
 *   converted to UTF-8 and trimmed (%NULL-terminated too)
 */
typedef struct
{
  guint   line;
  guint   n_values;
  char  **values;
} EmbCsvPreviewRow;

/**
 * EmbCsvPreview:
 * @format: the kind of file (guessed when asked for %EMB_IMPORT_FORMAT_AUTO;
 *   still %EMB_IMPORT_FORMAT_AUTO when it cannot be told)
 * @encoding: the encoding the file is read in, such as "UTF-8" or
 *   "WINDOWS-1250"
 * @converted: whether the file is converted to UTF-8 (it was not UTF-8)
 * @separator: ',', ';' or '\t'
 * @n_columns: the number of columns of the header
 * @headers: (array length=n_columns): the column headers (%NULL-terminated too)
 * @fields: (array length=n_columns): the field each column is read into
 *   (static strings such as "employee-number" or "score"), or %NULL for a
 *   column that is not imported
 * @score_type: (nullable): "nps", "csat" or "ces": the scale of the score
 *   column (judged by the preview rows alone when it is told by the values)
 * @ambiguous_dates: (nullable): the header of a date column whose values
 *   read both day first and month first, when #EmbImportOptions.date_order
 *   is %EMB_DATE_ORDER_AUTO: the assistant asks which
 * @rows: (element-type EmbCsvPreviewRow): the first rows of the file
 * @report: the problems of the header and of those rows; empty when they
 *   are fine
 *
 * What an import of the file would read: for the import assistant.
 */
typedef struct
{
  EmbImportFormat   format;
  char             *encoding;
  gboolean          converted;
  char              separator;
  guint             n_columns;
  char            **headers;
  const char      **fields;
  const char       *score_type;
  char             *ambiguous_dates;
  GPtrArray        *rows;
  EmbImportReport  *report;
} EmbCsvPreview;

EmbImportFormat     emb_csv_import_guess_kind    (const char              *head,
                                                  gsize                    length);
gboolean            emb_csv_import               (EmbDatabase             *db,
                                                  GFile                   *file,
                                                  EmbImportFormat          format,
                                                  const EmbImportOptions  *options,
                                                  GCancellable            *cancellable,
                                                  EmbImportReport         *report,
                                                  GError                 **error);
gboolean            emb_csv_preview              (EmbDatabase             *db,
                                                  GFile                   *file,
                                                  EmbImportFormat          format,
                                                  const EmbImportOptions  *options,
                                                  guint                    max_rows,
                                                  GCancellable            *cancellable,
                                                  EmbCsvPreview          **preview,
                                                  GError                 **error);
void                emb_csv_preview_free         (EmbCsvPreview           *preview);

const char         *emb_csv_default_encoding     (void);
const char * const *emb_csv_import_list_fields   (EmbImportFormat          format);
const char         *emb_csv_import_field_label   (const char              *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbCsvPreview, emb_csv_preview_free)

G_END_DECLS
