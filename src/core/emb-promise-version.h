/* emb-promise-version.h: one version of a brand promise; a published version is frozen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_PROMISE_VERSION (emb_promise_version_get_type ())

G_DECLARE_FINAL_TYPE (EmbPromiseVersion, emb_promise_version, EMB, PROMISE_VERSION, EmbRecord)

EmbPromiseVersion      *emb_promise_version_new                      (void);
gint64                  emb_promise_version_get_promise_id           (EmbPromiseVersion *self);
void                    emb_promise_version_set_promise_id           (EmbPromiseVersion *self,
                                                                       gint64             promise_id);
int                     emb_promise_version_get_number               (EmbPromiseVersion *self);
void                    emb_promise_version_set_number               (EmbPromiseVersion *self,
                                                                       int                number);
const char             *emb_promise_version_get_statement            (EmbPromiseVersion *self);
void                    emb_promise_version_set_statement            (EmbPromiseVersion *self,
                                                                       const char        *statement);
const char             *emb_promise_version_get_customer_expectation (EmbPromiseVersion *self);
void                    emb_promise_version_set_customer_expectation (EmbPromiseVersion *self,
                                                                       const char        *customer_expectation);
EmbPromiseVersionState  emb_promise_version_get_state                (EmbPromiseVersion *self);
void                    emb_promise_version_set_state                (EmbPromiseVersion     *self,
                                                                       EmbPromiseVersionState state);
const char             *emb_promise_version_get_published_at         (EmbPromiseVersion *self);
void                    emb_promise_version_set_published_at         (EmbPromiseVersion *self,
                                                                       const char        *published_at);

G_END_DECLS
