/* emb-staff-draft.h: what a staff dialog holds, kept while it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_DRAFT (emb_staff_draft_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffDraft, emb_staff_draft, EMB, STAFF_DRAFT, GObject)

/**
 * EmbStaffDraftCollect:
 * @owner: the dialog
 * @dict: where to add what it holds now
 *
 * Adds the fields of @owner to @dict, each under its name.
 */
typedef void (*EmbStaffDraftCollect) (GtkWidget    *owner,
                                      GVariantDict *dict);

EmbStaffDraft *emb_staff_draft_new     (EmbStaffSession      *session,
                                        const char           *name,
                                        GtkWidget            *owner,
                                        EmbStaffDraftCollect  collect);
GVariantDict  *emb_staff_draft_load    (EmbStaffDraft        *self);
void           emb_staff_draft_changed (EmbStaffDraft        *self);
void           emb_staff_draft_save    (EmbStaffDraft        *self);
void           emb_staff_draft_discard (EmbStaffDraft        *self);

G_END_DECLS
