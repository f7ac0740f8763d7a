/* emb-kiosk-test-util.h: the small organisation of the kiosk content tests
 *
 * Customer Care (Anna, Bert, Carl, Dora and Eva, agents at the hotline),
 * Branches (Finn, Gina and Hugo, tellers at the branch desk) and Legal
 * (Lena, no role), seen on 30 June 2026 at noon: two published promises and
 * their acknowledgements, published values, nominations public and
 * private, anonymous and named, old and new, customer feedback and NPS
 * answers month by month, a running pilot and one not started,
 * announcements on the kiosk and not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-kiosk-content.h"
#include "emb-records.h"
#include "emb-test-util.h"

G_BEGIN_DECLS

#define NOW "2026-06-30T12:00:00Z"

typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64 care, branches, legal;
  gint64 agent, teller;
  gint64 hotline, desk;
  gint64 anna, bert, carl, dora, eva;   /* agents */
  gint64 finn, gina, hugo;              /* tellers */
  gint64 kindness, courage;
  gint64 answer_fast, next_step;        /* published promise versions */
} Fixture;

typedef struct
{
  gint64               nominee;
  gint64               team;
  gint64               nominator;
  const char          *story;
  gboolean             private;
  gboolean             anonymous;
  EmbNominationStatus  status;
  const char          *submitted_at;
  const char          *decided_at;
} NominationSpec;

/* Building: records saved as they are, or through their store. */
void                  add_people        (Fixture *f);
gint64                add_value         (Fixture    *f,
                                         const char *name,
                                         const char *description,
                                         const char *behaviours);
gint64                add_promise       (Fixture      *f,
                                         const char   *statement,
                                         const char   *expectation,
                                         const gint64 *touchpoints,
                                         guint         n_touchpoints,
                                         gboolean      draft);
void                  acknowledge       (Fixture *f,
                                         gint64   employee,
                                         gint64   version);
gint64                add_nomination    (Fixture              *f,
                                         const NominationSpec *spec);
gint64                add_feedback      (Fixture         *f,
                                         const char      *received_at,
                                         EmbFeedbackKind  kind,
                                         int              nps,
                                         gint64           touchpoint,
                                         const char      *text,
                                         const char      *customer_ref);
void                  add_answers       (Fixture    *f,
                                         const char *month,
                                         const int  *scores,
                                         guint       n_scores);
gint64                add_pilot         (Fixture    *f,
                                         const char *name);
void                  add_wave          (Fixture       *f,
                                         gint64         pilot,
                                         gint64         department,
                                         int            position,
                                         const char    *starts_on,
                                         const char    *ends_on,
                                         EmbWaveStatus  status);
void                  add_announcement  (Fixture    *f,
                                         const char *title,
                                         const char *published_at,
                                         gboolean    on_kiosk);

/* The whole organisation, for KIOSK_TEST_ADD(). */
void                  fixture_set_up    (Fixture       *f,
                                         gconstpointer  data);
void                  fixture_tear_down (Fixture       *f,
                                         gconstpointer  data);

/* Reading the deck at NOW (with the programme's threshold for 0). */
GPtrArray            *load_full         (EmbDatabase *db,
                                         guint        kinds,
                                         gboolean     names,
                                         guint        threshold,
                                         guint        max_items);
GPtrArray            *load              (Fixture *f,
                                         guint    kinds);

/* The only slide of @kind, item @i (which must exist), every word shown,
 * and none of @words anywhere. */
EmbKioskSlide        *only_slide        (GPtrArray         *slides,
                                         EmbKioskSlideKind  kind);
const EmbKioskItem   *item              (EmbKioskSlide *slide,
                                         guint          i);
char                 *deck_text         (GPtrArray *slides);
void                  assert_shows_none (GPtrArray         *slides,
                                         const char *const *words);

#define KIOSK_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

G_END_DECLS
