/* emb-enums.c: enumerations of the model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-enums"

#include "config.h"

#include "emb-enums.h"

/**
 * emb_enum_to_nick:
 *
 * Returns: (nullable): the nick of @value, as stored in the database
 */
const char *
emb_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

/**
 * emb_enum_from_nick:
 *
 * Returns: %TRUE when @nick names a value of @enum_type
 */
gboolean
emb_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}
