/* emb-settings.h: the application's preferences, read where they apply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint emb_settings_get_limit (const char *key);

G_END_DECLS
