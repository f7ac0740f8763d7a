/* emb-error.c: error domains of the model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-error"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"

G_DEFINE_QUARK (emb-database-error-quark, emb_database_error)

/* Validation errors carry the name of the field they are about, so a view can
 * show the message beside the right entry. */
typedef struct
{
  char *field;
} EmbValidationErrorPrivate;

static void
emb_validation_error_private_init (EmbValidationErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
emb_validation_error_private_copy (const EmbValidationErrorPrivate *src,
                                   EmbValidationErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
emb_validation_error_private_clear (EmbValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (EmbValidationError, emb_validation_error)

/**
 * emb_set_validation_error:
 * @error: return location for a #GError
 * @code: an #EmbValidationError
 * @field: the machine name of the field, such as "employee-number"
 * @format: printf()-style format of the (translated) message
 *
 * Sets @error to a validation error about @field.
 */
void
emb_set_validation_error (GError            **error,
                          EmbValidationError  code,
                          const char         *field,
                          const char         *format,
                          ...)
{
  EmbValidationErrorPrivate *priv;
  g_autofree char *message = NULL;
  GError *new_error;
  va_list args;

  g_return_if_fail (field != NULL);

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  new_error = g_error_new_literal (EMB_VALIDATION_ERROR, code, message);
  priv = emb_validation_error_get_private (new_error);
  priv->field = g_strdup (field);
  g_propagate_error (error, new_error);
}

/**
 * emb_validation_error_get_field:
 * @error: a #GError in the %EMB_VALIDATION_ERROR domain
 *
 * Returns: (nullable): the machine name of the field @error is about
 */
const char *
emb_validation_error_get_field (const GError *error)
{
  EmbValidationErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != EMB_VALIDATION_ERROR)
    return NULL;

  priv = emb_validation_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}
