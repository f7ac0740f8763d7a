/* emb-organisation.h: the organisation running the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_ORGANISATION (emb_organisation_get_type ())

G_DECLARE_FINAL_TYPE (EmbOrganisation, emb_organisation, EMB, ORGANISATION, EmbRecord)

EmbOrganisation *emb_organisation_new             (void);
const char      *emb_organisation_get_name        (EmbOrganisation *self);
void             emb_organisation_set_name        (EmbOrganisation *self,
                                                    const char      *name);
const char      *emb_organisation_get_vision      (EmbOrganisation *self);
void             emb_organisation_set_vision      (EmbOrganisation *self,
                                                    const char      *vision);
const char      *emb_organisation_get_cx_strategy (EmbOrganisation *self);
void             emb_organisation_set_cx_strategy (EmbOrganisation *self,
                                                    const char      *cx_strategy);

G_END_DECLS
