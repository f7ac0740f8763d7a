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

/* The anonymity threshold: fewer answers than this and a figure of a pulse
 * or of a feedback sample is not shown to staff. Kept in the database
 * ("anonymity-threshold" in the setting table) because the staff window and
 * the kiosk may run in other processes. */
#define EMB_ANONYMITY_THRESHOLD_DEFAULT 5
#define EMB_ANONYMITY_THRESHOLD_MIN     3

guint            emb_programme_get_anonymity_threshold    (EmbDatabase      *db);
gboolean         emb_programme_set_anonymity_threshold    (EmbDatabase      *db,
                                                           guint             threshold,
                                                           GError          **error);

G_END_DECLS
