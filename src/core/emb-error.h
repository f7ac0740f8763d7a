/* emb-error.h: error domains of the model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EMB_DATABASE_ERROR (emb_database_error_quark ())

typedef enum
{
  EMB_DATABASE_ERROR_FAILED,
  EMB_DATABASE_ERROR_CANNOT_OPEN,
  EMB_DATABASE_ERROR_NOT_A_DATABASE,
  EMB_DATABASE_ERROR_CORRUPT,
  EMB_DATABASE_ERROR_TOO_NEW,
  EMB_DATABASE_ERROR_BUSY,
  EMB_DATABASE_ERROR_READ_ONLY,
  EMB_DATABASE_ERROR_FULL,
  EMB_DATABASE_ERROR_CONSTRAINT,
  EMB_DATABASE_ERROR_NOT_FOUND,
} EmbDatabaseError;

#define EMB_VALIDATION_ERROR (emb_validation_error_quark ())

typedef enum
{
  EMB_VALIDATION_ERROR_REQUIRED,
  EMB_VALIDATION_ERROR_TOO_LONG,
  EMB_VALIDATION_ERROR_OUT_OF_RANGE,
  EMB_VALIDATION_ERROR_INVALID,
  EMB_VALIDATION_ERROR_MISSING_REFERENCE,
  EMB_VALIDATION_ERROR_DUPLICATE,
  EMB_VALIDATION_ERROR_STATE,
} EmbValidationError;

GQuark      emb_database_error_quark         (void);
GQuark      emb_validation_error_quark       (void);

void        emb_set_validation_error         (GError            **error,
                                              EmbValidationError  code,
                                              const char         *field,
                                              const char         *format,
                                              ...) G_GNUC_PRINTF (4, 5);
const char *emb_validation_error_get_field   (const GError       *error);

G_END_DECLS
