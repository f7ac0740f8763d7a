/* emb-command-line.h: the commands that run without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

extern const GOptionEntry emb_command_line_entries[];

int emb_command_line_run (GVariantDict *options,
                          const char   *database_path);

G_END_DECLS
