/* emb-person-erase.h: erasing one employee, keeping the figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

gboolean  emb_person_erase          (EmbDatabase  *db,
                                     const char   *employee_number,
                                     GError      **error);
char     *emb_person_erase_describe (EmbDatabase  *db,
                                     const char   *employee_number,
                                     char        **name,
                                     GError      **error);

G_END_DECLS
