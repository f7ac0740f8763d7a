/* emb-staff-test-util.h: the small organisation of the staff session tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-session.h"
#include "emb-test-util.h"

G_BEGIN_DECLS

#define ANNA_PIN "1357"
#define BERT_PIN "2468"
#define CARL_PIN "97531"

/* Sales (Anna, cashier, at the till) and Support (Bert, agent, at the
 * hotline; Carl, no role); Dora has left. Everyone active has a PIN. */
typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64 sales;
  gint64 support;
  gint64 cashier;
  gint64 agent;
  gint64 stage;
  gint64 till;
  gint64 hotline;
  gint64 anna;
  gint64 bert;
  gint64 carl;
  gint64 dora;
  gint64 kindness;   /* a value */
} Fixture;

/* emb_test_init(), and PINs hashed with the least limits: the interactive
 * ones are tested in test-pin.c, here they would only slow every sign-in. */
void             staff_test_init   (int            *argc,
                                    char         ***argv);
/* Adds a test on a fresh Fixture. */
#define STAFF_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

void             fixture_set_up    (Fixture        *f,
                                    gconstpointer   data);
void             fixture_tear_down (Fixture        *f,
                                    gconstpointer   data);
/* Signs in, which must succeed. */
EmbStaffSession *sign_in           (Fixture        *f,
                                    gint64          employee_id,
                                    const char     *pin);
/* The error of a call after sign-out. */
void             assert_denied     (GError         *error);

/* A nomination of @nominee for @value. */
EmbNomination   *new_nomination    (gint64          nominee,
                                    gint64          value,
                                    const char     *story);
/* Nominates through @session, which must succeed, without caps; the id. */
gint64           nominate          (EmbStaffSession *session,
                                    EmbNomination   *nomination,
                                    gboolean         anonymous);
void             approve           (EmbDatabase    *db,
                                    gint64          id);
gboolean         model_has_id      (GListModel     *model,
                                    gint64          id);

G_END_DECLS
