/* emb-settings.c: the application's preferences, read where they apply
 *
 * A dialog that obeys a preference (a cap on nominations) reads it when it
 * acts, so a change in the Preferences window applies at once. A key the
 * compiled schema lacks (an older build of the schemas) reads as "no
 * limit" rather than aborting, as GSettings would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-settings"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "emb-settings.h"

/**
 * emb_settings_get_limit:
 * @key: a key of the application's schema holding a count, "u" or "i"
 *
 * Returns: its value, or 0 (no limit) where the schema lacks the key
 */
guint
emb_settings_get_limit (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (key != NULL, 0);

  schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return 0;

  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_settings_get_value (settings, key);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    return g_variant_get_uint32 (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    return (guint)MAX (g_variant_get_int32 (value), 0);
  return 0;
}
