/* emb-csv-dates.c: which way the dates of a column read
 *
 * 2/5/2022 is 2 May in Europe and 5 February in the United States. A date
 * with the year last and slashes or dashes reads in the order of
 * #EmbImportOptions.date_order; with %EMB_DATE_ORDER_AUTO, each column
 * tells its own from its values: a first number over 12 proves day first
 * (24/2/2015), a second one over 12 month first (2/24/2015). A column of
 * slash dates that read either way is refused, never guessed: the user
 * chooses. Dashes (01-03-2024) read day first unless the column proves
 * otherwise, as they always have; dotted dates (01.03.2024) and the year
 * first are never in doubt.
 *
 * The first rows tell most columns (sniffed before the checking pass);
 * the checking pass gathers the evidence of the others, and a column that
 * only its later rows prove month first is checked once more in that order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

static const EmbCsvField date_fields[] = {
  EMB_CSV_FIELD_HIRE_DATE,
  EMB_CSV_FIELD_TERMINATION_DATE,
  EMB_CSV_FIELD_RECEIVED_AT,
};

static void
clear_evidence (EmbCsvDateColumn *column)
{
  column->dmy_line = column->mdy_line = column->ambiguous_line = 0;
  g_clear_pointer (&column->dmy_value, g_free);
  g_clear_pointer (&column->mdy_value, g_free);
  g_clear_pointer (&column->ambiguous_value, g_free);
  column->provisional = FALSE;
}

void
_emb_csv_dates_init (EmbCsvDates  *dates,
                     EmbDateOrder  order)
{
  memset (dates, 0, sizeof *dates);
  for (guint i = 0; i < EMB_CSV_N_FIELDS; i++)
    dates->columns[i].order = order;
}

void
_emb_csv_dates_clear (EmbCsvDates *dates)
{
  for (guint i = 0; i < EMB_CSV_N_FIELDS; i++)
    clear_evidence (&dates->columns[i]);
}

static void
note (guint  *line,
      char  **value,
      guint   at,
      const char *text)
{
  if (*line != 0)
    return;
  *line = at;
  *value = g_strdup (text);
}

/* Reads @text in whichever order the column allows; gathers evidence
 * while the order is not known. */
static gboolean
read_either_way (EmbCsvDateColumn *column,
                 guint             line,
                 const char       *text,
                 EmbCsvDateTime   *dt)
{
  EmbCsvDateTime mdy;
  gboolean dmy_ok = _emb_csv_parse_date_time (text, EMB_DATE_ORDER_DMY, dt);
  gboolean mdy_ok = _emb_csv_parse_date_time (text, EMB_DATE_ORDER_MDY, &mdy);

  if (dmy_ok && mdy_ok)
    {
      if (dt->day != mdy.day || dt->month != mdy.month)
        {
          column->provisional = TRUE;
          if (dt->separator == '/')
            note (&column->ambiguous_line, &column->ambiguous_value, line, text);
        }
      return TRUE;
    }
  if (dmy_ok)
    {
      note (&column->dmy_line, &column->dmy_value, line, text);
      return TRUE;
    }
  if (mdy_ok)
    {
      note (&column->mdy_line, &column->mdy_value, line, text);
      *dt = mdy;
      return TRUE;
    }
  return FALSE;
}

/**
 * _emb_csv_dates_sniff:
 * @sniffed: the first rows, the header first
 *
 * Decides the order of the columns whose first rows prove it.
 */
void
_emb_csv_dates_sniff (EmbCsvDates         *dates,
                      const EmbCsvColumns *columns,
                      GPtrArray           *sniffed)
{
  for (guint f = 0; f < G_N_ELEMENTS (date_fields); f++)
    {
      EmbCsvDateColumn *column = &dates->columns[date_fields[f]];
      int index = columns->column_of[date_fields[f]];

      if (index < 0 || column->order != EMB_DATE_ORDER_AUTO)
        continue;

      for (guint i = 1; i < sniffed->len; i++)
        {
          EmbCsvPreviewRow *row = g_ptr_array_index (sniffed, i);
          EmbCsvDateTime dt;

          if ((guint)index < row->n_values && row->line != columns->skip_line)
            read_either_way (column, row->line, row->values[index], &dt);
        }

      if (column->dmy_line != 0 && column->mdy_line == 0)
        column->order = EMB_DATE_ORDER_DMY;
      else if (column->mdy_line != 0 && column->dmy_line == 0)
        column->order = EMB_DATE_ORDER_MDY;
      clear_evidence (column);
    }
}

/**
 * _emb_csv_mapper_read_date:
 *
 * Reads the date (and time) in a cell of @field, in the order of its
 * column; a problem names the column and the value.
 */
gboolean
_emb_csv_mapper_read_date (EmbCsvMapper   *mapper,
                           guint           line,
                           EmbCsvField     field,
                           const char     *value,
                           EmbCsvDateTime *dt)
{
  EmbCsvDateColumn *column = mapper->dates != NULL ? &mapper->dates->columns[field] : NULL;
  EmbDateOrder order = column != NULL ? column->order : EMB_DATE_ORDER_DMY;
  EmbCsvDateTime other;

  if (order == EMB_DATE_ORDER_AUTO)
    {
      if (read_either_way (column, line, value, dt))
        return TRUE;
    }
  else if (_emb_csv_parse_date_time (value, order, dt))
    return TRUE;
  else if (_emb_csv_parse_date_time (value, order == EMB_DATE_ORDER_MDY ? EMB_DATE_ORDER_DMY
                                                                         : EMB_DATE_ORDER_MDY,
                                     &other))
    {
      if (order == EMB_DATE_ORDER_MDY)
        _emb_csv_mapper_problem (mapper, line, field,
                                 _("“%s” is not a date month first, as the dates of this "
                                   "column are read; if they are day first, choose that "
                                   "order."),
                                 value);
      else
        _emb_csv_mapper_problem (mapper, line, field,
                                 _("“%s” is not a date day first, as the dates of this column "
                                   "are read; if they are month first, choose that order."),
                                 value);
      return FALSE;
    }

  _emb_csv_mapper_problem (mapper, line, field,
                           _("“%s” is not a date; write it as 2024-03-01, 01.03.2024, "
                             "01-03-2024, 03/01/2024 or 2024/03/01, optionally followed by a "
                             "time such as 10:15, 10.15 or 10:15 PM."),
                           value);
  return FALSE;
}

/**
 * _emb_csv_mapper_date_is_final:
 *
 * Whether the dates of @field read so far were read as they will be read
 * after the checking pass: not when a value that reads both ways was read
 * day first while the column's order is not known.
 */
gboolean
_emb_csv_mapper_date_is_final (EmbCsvMapper *mapper,
                               EmbCsvField   field)
{
  return mapper->dates == NULL || !mapper->dates->columns[field].provisional;
}

/**
 * _emb_csv_dates_decide:
 *
 * After the checking pass: the order of every column still undecided, from
 * the evidence of all its rows. A column that reads both ways, or neither,
 * is a problem of the file.
 *
 * Returns: %TRUE when a column turned out month first after some of its
 *   values were read day first: the rows must be checked again
 */
gboolean
_emb_csv_dates_decide (EmbCsvDates         *dates,
                       const EmbCsvColumns *columns,
                       EmbCsvProblems      *problems)
{
  gboolean again = FALSE;

  for (guint f = 0; f < G_N_ELEMENTS (date_fields); f++)
    {
      EmbCsvDateColumn *column = &dates->columns[date_fields[f]];
      int index = columns->column_of[date_fields[f]];

      if (index < 0 || column->order != EMB_DATE_ORDER_AUTO)
        continue;

      if (column->dmy_line != 0 && column->mdy_line != 0)
        _emb_csv_add_problem (problems, 0, columns->headers[index],
                              _("The dates of this column do not read one way: “%s” on line "
                                "%u is day first, “%s” on line %u month first."),
                              column->dmy_value, column->dmy_line,
                              column->mdy_value, column->mdy_line);
      else if (column->mdy_line != 0)
        {
          column->order = EMB_DATE_ORDER_MDY;
          again = column->provisional;
        }
      else if (column->ambiguous_line != 0 && column->dmy_line == 0)
        {
          _emb_csv_add_problem (problems, 0, columns->headers[index],
                                _("The dates of this column read both day first and month "
                                  "first (such as “%s” on line %u): choose which order they "
                                  "are in (on the command line, --date-order DMY or "
                                  "--date-order MDY)."),
                                column->ambiguous_value, column->ambiguous_line);
          continue;   /* keep the evidence for the preview */
        }
      else
        column->order = EMB_DATE_ORDER_DMY;
      clear_evidence (column);
    }
  return again;
}

/**
 * _emb_csv_dates_get_ambiguous:
 *
 * Returns: (nullable): the header of the first column that
 *   _emb_csv_dates_decide() found reading both ways
 */
const char *
_emb_csv_dates_get_ambiguous (const EmbCsvDates   *dates,
                              const EmbCsvColumns *columns)
{
  for (guint f = 0; f < G_N_ELEMENTS (date_fields); f++)
    {
      const EmbCsvDateColumn *column = &dates->columns[date_fields[f]];
      int index = columns->column_of[date_fields[f]];

      if (index >= 0 && column->order == EMB_DATE_ORDER_AUTO && column->ambiguous_line != 0)
        return columns->headers[index];
    }
  return NULL;
}
