/* emb-programme-store.h: the organisation, its vision and its values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-organisation.h"
#include "emb-value.h"
#include "emb-value-set.h"

G_BEGIN_DECLS

/* Organisation: a single row */
EmbOrganisation *emb_programme_store_get_organisation     (EmbDatabase      *db,
                                                           GError          **error);
gboolean         emb_programme_store_save_organisation    (EmbDatabase      *db,
                                                           EmbOrganisation  *organisation,
                                                           GError          **error);

/* Values */
GListModel      *emb_programme_store_list_values          (EmbDatabase      *db,
                                                           GError          **error);
EmbValue        *emb_programme_store_get_value            (EmbDatabase      *db,
                                                           gint64            id,
                                                           GError          **error);
gboolean         emb_programme_store_save_value           (EmbDatabase      *db,
                                                           EmbValue         *value,
                                                           GError          **error);
gboolean         emb_programme_store_delete_value         (EmbDatabase      *db,
                                                           gint64            id,
                                                           GError          **error);
gboolean         emb_programme_store_move_value           (EmbDatabase      *db,
                                                           gint64            id,
                                                           int               new_position,
                                                           GError          **error);
gint64           emb_programme_store_count_values         (EmbDatabase      *db);
GStrv            emb_programme_store_split_behaviours     (const char       *behaviours);

/* Published sets of values */
EmbValueSet     *emb_programme_store_publish_values       (EmbDatabase      *db,
                                                           GError          **error);
EmbValueSet     *emb_programme_store_get_current_value_set (EmbDatabase     *db,
                                                           GError          **error);

G_END_DECLS
