/* emb-record.h: base class of every programme record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "emb-types.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECORD (emb_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (EmbRecord, emb_record, EMB, RECORD, GObject)

struct _EmbRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

gint64      emb_record_get_id         (EmbRecord *self);
const char *emb_record_get_uuid       (EmbRecord *self);
const char *emb_record_get_created_at (EmbRecord *self);
const char *emb_record_get_updated_at (EmbRecord *self);
gboolean    emb_record_is_saved       (EmbRecord *self);

G_END_DECLS
