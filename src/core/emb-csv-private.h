/* emb-csv-private.h: the pieces of the CSV importer
 *
 *   emb-csv-headers.c      the fields, and the words of data/csv-headers.ini:
 *                          which header names which field
 *   emb-csv-values.c       dates, scores, statuses and offices in cells
 *   emb-csv-dates.c        which way the dates of a column read (day or
 *                          month first)
 *   emb-csv-encoding.c     telling the code page of a file that is not UTF-8
 *   emb-csv-rejects.c      the rows refused, written to a rejects file
 *   emb-csv-parser.c       the records of CSV text, on libcsv; separators
 *   emb-csv-reader.c       the file: its encoding, first lines and records
 *   emb-csv-columns.c      which column holds which field, and the cells
 *   emb-roster-import.c    a roster's rows → employees, departments, roles
 *   emb-feedback-import.c  a feedback export's rows → feedback
 *   emb-csv-import.c       the passes over the file, and the preview
 *
 * The file is read two to four times, never held whole: a scan of the raw
 * bytes (binary data, UTF-8 or not), a sniff of the first rows (separator,
 * header, columns), a pass that checks every row and a pass that writes
 * every row in one transaction; a feedback export is usually checked and
 * written in one pass (see "One pass" in emb-csv-import.c). The mappers write through private
 * functions of the people and feedback stores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <csv.h>

#include "emb-csv-import.h"
#include "emb-enums.h"

G_BEGIN_DECLS

/* Fields (emb-csv-headers.c) ---------------------------------------------- */

typedef enum
{
  EMB_CSV_FIELD_NONE,
  /* Rosters */
  EMB_CSV_FIELD_EMPLOYEE_NUMBER,
  EMB_CSV_FIELD_NAME,
  EMB_CSV_FIELD_FIRST_NAME,
  EMB_CSV_FIELD_LAST_NAME,
  EMB_CSV_FIELD_EMAIL,
  EMB_CSV_FIELD_DEPARTMENT,
  EMB_CSV_FIELD_ROLE,
  EMB_CSV_FIELD_OFFICE,
  EMB_CSV_FIELD_SITE,
  EMB_CSV_FIELD_HIRE_DATE,
  EMB_CSV_FIELD_STATUS,
  EMB_CSV_FIELD_TERMINATED,
  EMB_CSV_FIELD_TERMINATION_DATE,
  /* Feedback */
  EMB_CSV_FIELD_RECEIVED_AT,
  EMB_CSV_FIELD_SCORE,
  EMB_CSV_FIELD_SCORE_TYPE,
  EMB_CSV_FIELD_TEXT,
  EMB_CSV_FIELD_KIND,
  EMB_CSV_FIELD_CHANNEL,
  EMB_CSV_FIELD_TOUCHPOINT,
  EMB_CSV_FIELD_CUSTOMER_REF,
  EMB_CSV_FIELD_SOURCE,
  EMB_CSV_FIELD_SOURCE_ID,
  EMB_CSV_N_FIELDS,
  /* Only in the header tables; the values of the column decide */
  EMB_CSV_FIELD_CATEGORY,    /* the kind when every value is a kind, else the touchpoint */
  EMB_CSV_FIELD_MAYBE_KIND,  /* the kind when every value is a kind, else nothing */
} EmbCsvField;

/* Variants of a header: the scale of a score column (an EmbScoreType); for
 * an office column what "yes" means; EMB_CSV_WEAK_ID for the bare "ID",
 * which alone does not make a file a roster. */
enum
{
  EMB_CSV_OFFICE_WORDS,
  EMB_CSV_OFFICE_YES_FRONT,
  EMB_CSV_OFFICE_YES_BACK,
};
#define EMB_CSV_WEAK_ID 1

/* The word lists of data/csv-headers.ini that values are looked up in. */
typedef enum
{
  EMB_CSV_WORDS_STATUS,       /* EMB_CSV_STATUS_*; also by the stems of [status-contains] */
  EMB_CSV_WORDS_OFFICE,       /* EMB_CSV_OFFICE_IS_* */
  EMB_CSV_WORDS_KIND,         /* EmbFeedbackKind */
  EMB_CSV_WORDS_SCORE_TYPE,   /* EmbScoreType */
  EMB_CSV_WORDS_SUBHEADER,    /* 0 */
  EMB_CSV_N_WORDS,
} EmbCsvWords;

enum
{
  EMB_CSV_STATUS_ACTIVE,
  EMB_CSV_STATUS_INACTIVE,
  EMB_CSV_STATUS_YES,
  EMB_CSV_STATUS_NO,
  EMB_CSV_STATUS_ON_LEAVE,
};

enum
{
  EMB_CSV_OFFICE_IS_FRONT,
  EMB_CSV_OFFICE_IS_BACK,
  EMB_CSV_OFFICE_IS_YES,
  EMB_CSV_OFFICE_IS_NO,
};

const char     *_emb_csv_field_name          (EmbCsvField      field);
EmbCsvField     _emb_csv_field_from_name     (const char      *name);
gboolean        _emb_csv_field_in_format     (EmbCsvField      field,
                                              EmbImportFormat  format);
char           *_emb_csv_fold_key            (const char      *text);
char           *_emb_csv_fold_header         (const char      *text);
EmbCsvField     _emb_csv_match_header        (EmbImportFormat  format,
                                              const char      *header,
                                              int             *variant,
                                              guint           *rank);
int             _emb_csv_lookup_word         (EmbCsvWords      words,
                                              const char      *value);
EmbImportFormat _emb_csv_guess_format        (const char      *text,
                                              gsize            length);

/* Values (emb-csv-values.c) ----------------------------------------------- */

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
  char     separator; /* of the date: '-', '/' or '.' */
} EmbCsvDateTime;

gboolean      _emb_csv_parse_date_time      (const char           *text,
                                             EmbDateOrder          order,
                                             EmbCsvDateTime       *dt);
void          _emb_csv_format_date          (const EmbCsvDateTime *dt,
                                             char                  buffer[16]);
void          _emb_csv_format_timestamp     (const EmbCsvDateTime *dt,
                                             char                  buffer[32]);
gboolean      _emb_csv_parse_score          (const char           *text,
                                             int                  *score);
gboolean      _emb_csv_parse_rating         (const char           *text,
                                             int                  *score,
                                             EmbScoreType         *type);
void          _emb_csv_score_range          (EmbScoreType          type,
                                             int                  *min,
                                             int                  *max);
const char   *_emb_csv_score_type_name      (EmbScoreType          type);
EmbScoreType  _emb_csv_score_type_by_values (int                   min,
                                             int                   max);
EmbScoreType  _emb_csv_parse_score_type     (const char           *text);
int           _emb_csv_parse_status         (const char           *text,
                                             gboolean              yes_is_inactive,
                                             gboolean             *on_leave);
int           _emb_csv_parse_office         (const char           *text,
                                             int                   variant);

/* The parser (emb-csv-parser.c) ------------------------------------------ */

/* Called for every record that is not blank, with the line it starts on
 * and its values, trimmed; returns FALSE to stop reading. */
typedef gboolean (*EmbCsvRecordFunc) (gpointer     data,
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
  EmbCsvRecordFunc   func;
  gpointer           data;
  GError            *error;
} EmbCsvParser;

void      _emb_csv_parser_init          (EmbCsvParser     *r,
                                         char              separator,
                                         EmbCsvRecordFunc  func,
                                         gpointer          data);
void      _emb_csv_parser_clear         (EmbCsvParser     *r);
void      _emb_csv_parser_feed          (EmbCsvParser     *r,
                                         const char       *text,
                                         gsize             length);
gboolean  _emb_csv_parser_finish        (EmbCsvParser     *r);
gboolean  _emb_csv_read_separator_line  (const char       *text,
                                         gsize             length,
                                         char             *separator);
char      _emb_csv_detect_separator     (const char       *text,
                                         gsize             length,
                                         gboolean          complete);
GStrv     _emb_csv_first_record         (const char       *text,
                                         gsize             length,
                                         char              separator);

/* The file (emb-csv-reader.c) --------------------------------------------- */

/* Where the problems of one file go: the report, under the file's name.
 * With #EmbImportOptions.skip_invalid, a problem of the row being checked
 * (@row_line) refuses that row alone: its reasons are kept in @refused;
 * any other problem is one of the file, which refuses it whole. */
typedef struct
{
  EmbImportReport *report;
  char            *name;             /* the file's display name */
  guint            n_problems;
  GHashTable      *refused;          /* line → GString of reasons; NULL: not skipping */
  guint            row_line;         /* the row being checked, or 0 */
  guint            n_file_problems;  /* problems that are no row's */
  gboolean         muted;            /* checking again: the problems were told */
} EmbCsvProblems;

void _emb_csv_problems_refuse_line (EmbCsvProblems *problems,
                                    guint           line,
                                    const char     *reason);
gboolean _emb_csv_problems_is_refused (EmbCsvProblems *problems,
                                       guint           line);

void _emb_csv_add_problem (EmbCsvProblems *problems,
                           guint           line,
                           const char     *column,
                           const char     *format,
                           ...) G_GNUC_PRINTF (4, 5);

typedef struct
{
  GFile                 *file;
  GCancellable          *cancellable;
  EmbCsvProblems         problems;
  goffset                size;
  char                  *encoding;
  gboolean               converted;       /* read through a converter to UTF-8 */
  gsize                  bom;
  char                   separator;
  gboolean               separator_line;  /* a first line "sep=;" */

  /* Progress: each pass moves it from progress_from to progress_to. */
  EmbImportProgressFunc  progress;
  gpointer               progress_data;
  double                 progress_from;
  double                 progress_to;
  double                 last_progress;
} EmbCsvFile;

void      _emb_csv_file_init          (EmbCsvFile        *file,
                                       GFile             *gfile,
                                       GCancellable      *cancellable,
                                       EmbImportReport   *report);
void      _emb_csv_file_clear         (EmbCsvFile        *file);
gboolean  _emb_csv_file_open          (EmbCsvFile        *file,
                                       const char        *encoding,
                                       char             **head,
                                       gsize             *head_length,
                                       GError           **error);
gboolean  _emb_csv_file_read          (EmbCsvFile        *file,
                                       gboolean           quiet,
                                       EmbCsvRecordFunc   func,
                                       gpointer           data,
                                       GError           **error);
void      _emb_csv_set_reading_thread_bytes (goffset      n_bytes);
void      _emb_csv_file_progress      (EmbCsvFile        *file,
                                       double             fraction);
gboolean  _emb_csv_file_cancelled     (EmbCsvFile        *file,
                                       GError           **error);

gboolean  _emb_csv_is_utf8_prefix     (const guchar      *p,
                                       gsize              length);

/* Code pages (emb-csv-encoding.c) ---------------------------------------- */

/* What stands where in a file that is not UTF-8: for each byte from 0x80,
 * how often it occurs, how often after or before a letter or such a byte,
 * beside an ASCII letter, and in a word of such bytes alone. */
typedef struct
{
  guint64 count[128];
  guint64 after_letter[128];
  guint64 before_letter[128];
  guint64 beside_ascii[128];
  guint64 high_word[128];
  guchar  word[32];        /* the high bytes of the current word */
  guint   word_high;
  gboolean word_ascii;
  guchar  previous;
  gsize   scanned;
} EmbCsvByteStats;

void        _emb_csv_byte_stats_add   (EmbCsvByteStats *stats,
                                       const guchar    *bytes,
                                       gsize            length);
const char *_emb_csv_byte_stats_guess (EmbCsvByteStats *stats,
                                       const char      *fallback);

/* Rejects (emb-csv-rejects.c) -------------------------------------------- */

GFile    *_emb_csv_rejects_target     (GFile             *source,
                                       const char        *path);
gboolean  _emb_csv_rejects_write      (EmbCsvFile        *file,
                                       GFile             *target,
                                       GFile            **temporary,
                                       GError           **error);

/* Columns (emb-csv-columns.c) --------------------------------------------- */

typedef struct
{
  EmbCsvField field;
  int         variant;
  guint       rank;      /* 0 for a column the mapping names */
} EmbCsvColumn;

typedef struct
{
  EmbImportFormat  format;
  guint            header_line;
  guint            skip_line;     /* a second header row, or 0 */
  guint            n_columns;
  char           **headers;
  EmbCsvColumn    *columns;
  int              column_of[EMB_CSV_N_FIELDS];
  char            *defaults[EMB_CSV_N_FIELDS];
  char            *default_keys[EMB_CSV_N_FIELDS];
  const char      *labels[EMB_CSV_N_FIELDS];
  GHashTable      *mapping;       /* folded column header → field name */
  /* Value maps (see emb-csv-import.h): per field, folded value → ours */
  GHashTable      *values[EMB_CSV_N_FIELDS];
  GPtrArray       *value_keys;    /* "value:" keys, until the header is read */
} EmbCsvColumns;

void         _emb_csv_columns_init         (EmbCsvColumns        *columns);
void         _emb_csv_columns_clear        (EmbCsvColumns        *columns);
void         _emb_csv_columns_read_mapping (EmbCsvColumns        *columns,
                                            GHashTable           *mapping,
                                            EmbCsvProblems       *problems);
void         _emb_csv_columns_choose       (EmbCsvColumns        *columns,
                                            GHashTable           *mapping,
                                            GPtrArray            *sniffed);
void         _emb_csv_columns_check        (EmbCsvColumns        *columns,
                                            GPtrArray            *sniffed,
                                            EmbCsvProblems       *problems);
gboolean     _emb_csv_columns_has_field    (const EmbCsvColumns  *columns,
                                            EmbCsvField           field);
GPtrArray   *_emb_csv_mapping_keys         (GHashTable           *mapping);
gboolean     _emb_csv_field_is_categorical (EmbCsvField           field);
char        *_emb_csv_column_mapping_value (const EmbCsvColumns  *columns,
                                            guint                 column);

/* Dates (emb-csv-dates.c) ------------------------------------------------- */

typedef struct
{
  EmbDateOrder  order;            /* AUTO while the values have not told it */
  guint         dmy_line;         /* a value that reads day first only */
  char         *dmy_value;
  guint         mdy_line;         /* a value that reads month first only */
  char         *mdy_value;
  guint         ambiguous_line;   /* a slash date that reads both ways */
  char         *ambiguous_value;
  gboolean      provisional;      /* values were read day first, undecided */
} EmbCsvDateColumn;

typedef struct
{
  EmbCsvDateColumn columns[EMB_CSV_N_FIELDS];   /* by field */
} EmbCsvDates;

void        _emb_csv_dates_init          (EmbCsvDates          *dates,
                                          EmbDateOrder          order);
void        _emb_csv_dates_clear         (EmbCsvDates          *dates);
void        _emb_csv_dates_sniff         (EmbCsvDates          *dates,
                                          const EmbCsvColumns  *columns,
                                          GPtrArray            *sniffed);
gboolean    _emb_csv_dates_decide        (EmbCsvDates          *dates,
                                          const EmbCsvColumns  *columns,
                                          EmbCsvProblems       *problems);
const char *_emb_csv_dates_get_ambiguous (const EmbCsvDates    *dates,
                                          const EmbCsvColumns  *columns);

/* Mappers: a roster's or a feedback export's rows -------------------------
 *
 * Each mapper (emb-roster-import.c, emb-feedback-import.c) embeds an
 * EmbCsvMapper first and fills an EmbCsvMapperClass; the helpers they share
 * for reading cells are in emb-csv-columns.c. */

typedef struct _EmbCsvMapper EmbCsvMapper;

typedef struct
{
  /* What the database holds, before the rows. */
  gboolean (*load)        (EmbCsvMapper  *mapper,
                           GError       **error);
  void     (*start_pass)  (EmbCsvMapper  *mapper);
  /* Checks a row and, in the writing pass, writes it; problems go to the
   * report, FALSE only with @error. */
  gboolean (*row)         (EmbCsvMapper  *mapper,
                           guint          line,
                           char         **values,
                           GError       **error);
  /* After the checking pass: what the rows told as a whole (optional). */
  void     (*checked)     (EmbCsvMapper  *mapper);
  /* Inside the transaction, around the writing pass (or, for a mapper that
   * writes while it checks, around the checking pass: then
   * EmbCsvMapper.expected_rows is all it knows of the rows). */
  gboolean (*begin_write) (EmbCsvMapper  *mapper,
                           GError       **error);
  /* Writes what the checking pass kept (optional): then the writing pass
   * reads no rows. */
  gboolean (*write)       (EmbCsvMapper  *mapper,
                           GError       **error);
  void     (*end_write)   (EmbCsvMapper  *mapper);
  /* After the writing pass wrote every row, before the commit: FALSE with
   * @error rolls back (optional). */
  gboolean (*finish_write) (EmbCsvMapper  *mapper,
                            GError       **error);
  void     (*count)       (EmbCsvMapper  *mapper,
                           EmbImportReport *report);
  void     (*free)        (EmbCsvMapper  *mapper);
  /* Whether the mapper can write each row as the checking pass checks it
   * (see "One pass" in emb-csv-import.c). */
  gboolean   writes_while_checking;
} EmbCsvMapperClass;

struct _EmbCsvMapper
{
  const EmbCsvMapperClass *klass;
  EmbDatabase             *db;        /* NULL in a preview without database */
  const EmbCsvColumns     *columns;
  EmbCsvProblems          *problems;
  EmbCsvDates             *dates;     /* the order of each date column */
  EmbCsvFile              *file;      /* for progress and cancellation */
  gboolean                 writing;   /* the writing pass */

  /* One pass (emb-csv-import.c): the checking pass writes the rows as the
   * writing pass would, until a row's writing depends on what later rows
   * tell; then it only checks, and the writing pass follows as usual. */
  gboolean                 one_pass;     /* writing while checking */
  gboolean                 given_up;     /* one_pass, but no longer writing */
  guint                    expected_rows; /* about how many rows the file has */
  guint                    written;      /* rows written while checking */

  /* Counts of the current pass */
  guint                    added;
  guint                    updated;
  guint                    skipped;

  /* The values of categorical columns seen in the checking pass: raw
   * value → EmbCsvSeenValue (emb-csv-columns.c) */
  GHashTable              *seen[EMB_CSV_N_FIELDS];
  gboolean                 seen_overflow[EMB_CSV_N_FIELDS];
};

EmbCsvMapper *_emb_roster_import_new             (EmbDatabase          *db,
                                                  const EmbCsvColumns  *columns,
                                                  EmbCsvProblems       *problems);
EmbCsvMapper *_emb_feedback_import_new           (EmbDatabase          *db,
                                                  const EmbCsvColumns  *columns,
                                                  EmbCsvProblems       *problems,
                                                  GHashTable           *mapping);
/* For tests: whether an import may write while checking (one pass), and
 * whether the last one that succeeded did. */
void          _emb_csv_import_set_one_pass        (gboolean             allowed);
gboolean      _emb_csv_import_was_one_pass        (void);

const char   *_emb_feedback_import_get_score_type (EmbCsvMapper        *mapper);
GStrv         _emb_feedback_import_get_sources    (EmbCsvMapper        *mapper);

void          _emb_csv_mapper_init          (EmbCsvMapper            *mapper,
                                             const EmbCsvMapperClass *klass,
                                             EmbDatabase             *db,
                                             const EmbCsvColumns     *columns,
                                             EmbCsvProblems          *problems);
void          _emb_csv_mapper_start_pass    (EmbCsvMapper            *mapper,
                                             gboolean                 writing);
void          _emb_csv_mapper_free          (EmbCsvMapper            *mapper);
const char   *_emb_csv_mapper_cell          (EmbCsvMapper            *mapper,
                                             char                   **values,
                                             EmbCsvField              field);
gboolean      _emb_csv_mapper_has_field     (EmbCsvMapper            *mapper,
                                             EmbCsvField              field);
void          _emb_csv_mapper_problem       (EmbCsvMapper            *mapper,
                                             guint                    line,
                                             EmbCsvField              field,
                                             const char              *format,
                                             ...) G_GNUC_PRINTF (4, 5);
gboolean      _emb_csv_mapper_check_text    (EmbCsvMapper            *mapper,
                                             guint                    line,
                                             EmbCsvField              field,
                                             const char              *value,
                                             gboolean                 required,
                                             guint                    max_chars);
void          _emb_csv_mapper_mark_unknown  (EmbCsvMapper            *mapper,
                                             EmbCsvField              field,
                                             const char              *raw);
void          _emb_csv_mapper_report_values (EmbCsvMapper            *mapper,
                                             EmbImportReport         *report);
gboolean      _emb_csv_mapper_progress      (EmbCsvMapper            *mapper,
                                             double                   fraction,
                                             GError                 **error);
gboolean      _emb_csv_mapper_writes_now    (EmbCsvMapper            *mapper);
void          _emb_csv_mapper_give_up       (EmbCsvMapper            *mapper,
                                             const char              *reason);
gboolean      _emb_csv_mapper_date_is_final (EmbCsvMapper            *mapper,
                                             EmbCsvField              field);
gboolean      _emb_csv_mapper_read_date     (EmbCsvMapper            *mapper,
                                             guint                    line,
                                             EmbCsvField              field,
                                             const char              *value,
                                             EmbCsvDateTime          *dt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbCsvMapper, _emb_csv_mapper_free)

G_END_DECLS
