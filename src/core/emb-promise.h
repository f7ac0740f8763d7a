/* emb-promise.h: a brand promise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_PROMISE (emb_promise_get_type ())

G_DECLARE_FINAL_TYPE (EmbPromise, emb_promise, EMB, PROMISE, EmbRecord)

EmbPromise       *emb_promise_new                      (void);
EmbPromiseStatus  emb_promise_get_status               (EmbPromise *self);
void              emb_promise_set_status               (EmbPromise      *self,
                                                         EmbPromiseStatus status);
int               emb_promise_get_position             (EmbPromise *self);
void              emb_promise_set_position             (EmbPromise *self,
                                                         int         position);
const char       *emb_promise_get_retired_at           (EmbPromise *self);
void              emb_promise_set_retired_at           (EmbPromise  *self,
                                                         const char  *retired_at);
const char       *emb_promise_get_statement            (EmbPromise *self);
void              emb_promise_set_statement            (EmbPromise  *self,
                                                         const char  *statement);
const char       *emb_promise_get_customer_expectation (EmbPromise *self);
void              emb_promise_set_customer_expectation (EmbPromise  *self,
                                                         const char  *customer_expectation);
int               emb_promise_get_version_number       (EmbPromise *self);
void              emb_promise_set_version_number       (EmbPromise *self,
                                                         int         version_number);
gint64            emb_promise_get_published_version_id (EmbPromise *self);
void              emb_promise_set_published_version_id (EmbPromise *self,
                                                         gint64      published_version_id);
gint64            emb_promise_get_draft_version_id     (EmbPromise *self);
void              emb_promise_set_draft_version_id     (EmbPromise *self,
                                                         gint64      draft_version_id);
const char       *emb_promise_get_published_at         (EmbPromise *self);
void              emb_promise_set_published_at         (EmbPromise  *self,
                                                         const char  *published_at);
const char       *emb_promise_get_link                 (EmbPromise *self);
void              emb_promise_set_link                 (EmbPromise  *self,
                                                         const char  *link);

G_END_DECLS
