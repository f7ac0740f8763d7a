/* emb-person-export.h: everything the programme holds about one employee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "emb-database.h"

G_BEGIN_DECLS

typedef enum
{
  EMB_PERSON_EXPORT_JSON,
  EMB_PERSON_EXPORT_HTML,
} EmbPersonExportFormat;

#define EMB_PERSON_EXPORT_FORMAT_NAME "embassy-person-export"
#define EMB_PERSON_EXPORT_VERSION     1

JsonNode *emb_person_export_collect         (EmbDatabase            *db,
                                             const char             *employee_number,
                                             GError                **error);
char     *emb_person_export_to_json         (JsonNode               *export);
char     *emb_person_export_to_html         (JsonNode               *export);
gboolean  emb_person_export_format_for_file (GFile                  *file,
                                             EmbPersonExportFormat  *format);
gboolean  emb_person_export                 (EmbDatabase            *db,
                                             const char             *employee_number,
                                             GFile                  *file,
                                             EmbPersonExportFormat   format,
                                             GError                **error);

G_END_DECLS
