/* emb-record-private.h: for the stores that load and save records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-record.h"

G_BEGIN_DECLS

void _emb_record_set_identity (EmbRecord  *self,
                               gint64      id,
                               const char *uuid,
                               const char *created_at,
                               const char *updated_at);

/* Defines a private setter that stores a string and notifies, used by the
 * record classes for their text properties. */
gboolean _emb_set_string (char       **field,
                          const char  *value);

/* The properties of the record classes: read-write, and notified only when
 * the value changes (the setters compare). An id is a gint64, 0 for none. */
GParamSpec *_emb_param_string  (const char *name);
GParamSpec *_emb_param_id      (const char *name);
GParamSpec *_emb_param_int     (const char *name,
                                int         minimum,
                                int         maximum,
                                int         default_value);
GParamSpec *_emb_param_double  (const char *name,
                                double      minimum,
                                double      maximum,
                                double      default_value);
GParamSpec *_emb_param_boolean (const char *name,
                                gboolean    default_value);
GParamSpec *_emb_param_enum    (const char *name,
                                GType       enum_type,
                                int         default_value);

/* Installs @properties (of which [0] is unused) on a record class whose
 * every property is kept in a field of the instance struct, at @offsets
 * (G_STRUCT_OFFSET, by property id): a char * for a string (freed with the
 * record), a gint64, int, double or gboolean, an int-sized enum. The class
 * gets get_property and set_property that read and write those fields;
 * setting a property to its current value notifies nobody, as the setters
 * do. */
void _emb_record_class_install_fields (GObjectClass  *object_class,
                                       GParamSpec   **properties,
                                       guint          n_properties,
                                       const gsize   *offsets);

G_END_DECLS
