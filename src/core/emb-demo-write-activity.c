/* emb-demo-write-activity.c: writing a year of the demo organisation
 *
 * Draws, from the content of emb-demo-content-activity.c, what happened at
 * Northbridge Bank in the year before the reference date and writes it: a
 * year of customer feedback, recognition, an autonomy pilot running in the
 * contact centre, training with its observations, maturity assessments,
 * consistency audits and pulse surveys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-demo-private.h"

/* Customer feedback --------------------------------------------------------- */

/* A remark (now and then two) that fits @channel; @category is the first
 * remark's. */
static const char *
pick_text (EmbDemo           *demo,
           const DemoPhrase  *phrases,
           guint              n,
           int                channel,
           char             **owned,
           const char       **category)
{
  guint first;
  guint second;

  do
    first = rnd (demo, 0, n);
  while (phrases[first].channels != 0 && !(phrases[first].channels & (1u << channel)));
  *category = _(phrases[first].category);

  if (!chance (demo, 0.3))
    return _(phrases[first].text);

  for (int attempt = 0; attempt < 20; attempt++)
    {
      second = rnd (demo, 0, n);
      if (second != first &&
          (phrases[second].channels == 0 || (phrases[second].channels & (1u << channel))))
        {
          *owned = g_strconcat (_(phrases[first].text), " ", _(phrases[second].text), NULL);
          return *owned;
        }
    }
  return _(phrases[first].text);
}

static gboolean
add_feedback (EmbDemo  *demo,
              GError  **error)
{
  g_autofree gint64 *moments = _emb_demo_make_moments (demo, N_FEEDBACK, 365, FALSE, 7, 22);
  guint32 wave_start = demo->today - WAVE_START_AGO;
  guint32 year_ago = demo->today - 365;
  int weights[N_TOUCHPOINTS + 1];

  for (int t = 0; t < N_TOUCHPOINTS; t++)
    weights[t] = emb_demo_touchpoints[t].weight;
  weights[N_TOUCHPOINTS] = NO_TOUCHPOINT_WEIGHT;

  for (int i = 0; i < N_FEEDBACK; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      int age = demo->today - day;
      int t = _emb_demo_pick_weighted (demo, weights, G_N_ELEMENTS (weights));
      gboolean has_tp = t < N_TOUCHPOINTS;
      double q = has_tp ? emb_demo_touchpoints[t].quality : NO_TOUCHPOINT_QUALITY;
      double u = g_rand_double (demo->rand);
      EmbFeedbackKind kind = EMB_FEEDBACK_KIND_SURVEY;
      EmbScoreType score_type = EMB_SCORE_TYPE_NONE;
      int score = -1;
      gboolean problem, positive, with_text;
      const char *text = "";
      const char *category = "";
      gboolean triage;
      g_autofree char *owned_text = NULL;
      EmbFollowUp follow_up;
      int assignee = -1;
      int source;
      int channel = has_tp ? emb_demo_touchpoints[t].channel : CHANNEL_EMAIL;
      char customer_ref[16] = "";
      char at[32];
      gint64 id;

      /* The programme slowly lifts everything; the pilot lifts its
       * touchpoints clearly once it starts. */
      q += 0.04 * (day - year_ago) / 365.0;
      if (has_tp && demo->pilot_touchpoint[t] && day >= wave_start)
        q += 0.07;
      q = clamp_double (q + _emb_demo_noise (demo, 0.15), 0.0, 1.0);

      if (u < 0.55)
        {
          score_type = EMB_SCORE_TYPE_NPS;
          score = (int)(q * 10 + 0.5);
          problem = score <= 6;
          positive = score >= 9;
        }
      else if (u < 0.80)
        {
          score_type = EMB_SCORE_TYPE_CSAT;
          score = 1 + (int)(q * 4 + 0.5);
          problem = score <= 2;
          positive = score == 5;
        }
      else if (u < 0.90)
        {
          score_type = EMB_SCORE_TYPE_CES;
          /* Effort is judged more harshly than satisfaction. */
          score = 1 + (int)(clamp_double ((q - 0.1) * 6.6, 0.0, 6.0) + 0.5);
          problem = score <= 3;
          positive = score >= 6;
        }
      else
        {
          kind = q >= 0.8 ? EMB_FEEDBACK_KIND_PRAISE
                          : q < 0.66 ? EMB_FEEDBACK_KIND_COMPLAINT
                                     : EMB_FEEDBACK_KIND_SUGGESTION;
          problem = kind == EMB_FEEDBACK_KIND_COMPLAINT;
          positive = kind == EMB_FEEDBACK_KIND_PRAISE;
        }

      with_text = kind != EMB_FEEDBACK_KIND_SURVEY || chance (demo, 0.35);
      if (with_text)
        {
          if (problem)
            text = pick_text (demo, emb_demo_complaint_phrases, N_COMPLAINT_PHRASES,
                              channel, &owned_text, &category);
          else if (positive)
            text = pick_text (demo, emb_demo_praise_phrases, N_PRAISE_PHRASES,
                              channel, &owned_text, &category);
          else
            text = pick_text (demo, emb_demo_suggestion_phrases, N_SUGGESTION_PHRASES,
                              channel, &owned_text, &category);
        }

      if (kind == EMB_FEEDBACK_KIND_SURVEY)
        source = SOURCE_SURVEY;
      else if (channel == CHANNEL_APP)
        source = SOURCE_APP_REVIEW;
      else if (channel == CHANNEL_BRANCH)
        source = SOURCE_BRANCH_CARD;
      else
        source = SOURCE_EMAIL;

      if ((source == SOURCE_SURVEY && chance (demo, 0.7)) ||
          (source == SOURCE_BRANCH_CARD && chance (demo, 0.4)) ||
          source == SOURCE_EMAIL)
        g_snprintf (customer_ref, sizeof customer_ref, "C%07d", rnd (demo, 1000000, 10000000));

      /* Problems are assigned to the owner of the touchpoint and resolved
       * within weeks; everything else is simply read. */
      if (problem)
        {
          if (age > 30)
            follow_up = chance (demo, 0.92) ? EMB_FOLLOW_UP_CLOSED : EMB_FOLLOW_UP_IN_PROGRESS;
          else if (age > 7)
            follow_up = chance (demo, 0.5) ? EMB_FOLLOW_UP_CLOSED
                                           : chance (demo, 0.8) ? EMB_FOLLOW_UP_IN_PROGRESS
                                                                : EMB_FOLLOW_UP_NEW;
          else
            follow_up = chance (demo, 0.4) ? EMB_FOLLOW_UP_IN_PROGRESS : EMB_FOLLOW_UP_NEW;

          if (follow_up != EMB_FOLLOW_UP_NEW)
            {
              int role = has_tp && demo->owner[t] >= 0 ? demo->owner[t] : ROLE_COMPLAINTS;

              assignee = _emb_demo_pick_member (demo, role, day, -1);
            }
        }
      else
        follow_up = age > 14 ? EMB_FOLLOW_UP_CLOSED : EMB_FOLLOW_UP_NEW;

      /* What was read in the days after it came but not yet taken on is
       * acknowledged: a problem after a day, the rest after a week.
       * (Derived, with no draw of its own, so that the rest of the year
       * stays as it was.) */
      if (follow_up == EMB_FOLLOW_UP_NEW && age > (problem ? 1 : 7))
        follow_up = EMB_FOLLOW_UP_ACKNOWLEDGED;

      /* The general remarks of the last months came in under the survey
       * tool's reasons, which name no touchpoint: they wait for triage. */
      triage = !has_tp && with_text && age <= 120;

      id = save (demo, &emb_table_feedback,
                 g_object_new (EMB_TYPE_FEEDBACK,
                               "uuid", next_uuid (demo),
                               "received-at", format_time (moments[i], at),
                               "channel", _(emb_demo_channels[channel]),
                               "touchpoint-id", has_tp ? demo->touchpoint_ids[t] : (gint64)0,
                               "kind", kind,
                               "score-type", score_type,
                               "score", score,
                               "text", text,
                               "customer-ref", customer_ref,
                               "category", category,
                               "triage", triage,
                               "follow-up", follow_up,
                               "assignee-id", person_id (demo, assignee),
                               "source", _(emb_demo_sources[source]),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      if (positive && with_text && has_tp)
        {
          DemoPraise praise = { id, day, t };

          g_array_append_val (demo->praise, praise);
        }
    }

  return TRUE;
}

/* Recognition -------------------------------------------------------------- */

/* Praise about @touchpoint received in the two months before @day, or 0. */
static gint64
find_praise (EmbDemo *demo,
             int      touchpoint,
             guint32  day)
{
  gint64 found = 0;

  for (guint i = 0; i < demo->praise->len; i++)
    {
      const DemoPraise *p = &g_array_index (demo->praise, DemoPraise, i);

      if (p->day > day)
        break;
      if (p->touchpoint == touchpoint && p->day + 60 >= day)
        found = p->id;
    }
  return found;
}

static gboolean
add_nominations (EmbDemo  *demo,
                 GError  **error)
{
  g_autofree gint64 *moments = _emb_demo_make_moments (demo, N_NOMINATIONS, 365, TRUE, 8, 20);
  gint64 end = moment_of (demo->today, 0) - 1;

  for (int i = 0; i < N_NOMINATIONS; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      EmbNominationStatus status;
      int nominee = -1;
      int nominee_department = -1;
      int department;
      int nominator = -1;
      int decider = -1;
      int touchpoint = -1;
      int value;
      const char *story;
      const char *note = "";
      gint64 feedback_id = 0;
      gint64 decided = 0;
      gint64 celebrated = 0;
      gboolean is_public;
      char submitted_at[32];
      char decided_at[32];
      char celebrated_at[32];

      /* Who and what. */
      if (chance (demo, 0.08))
        {
          nominee_department = rnd (demo, 0, N_DEPARTMENTS);
          department = nominee_department;
          story = _(emb_demo_department_story);
          value = VALUE_ONE_TEAM;
        }
      else
        {
          if (chance (demo, 0.75))
            {
              const DemoStory *s = &emb_demo_stories[rnd (demo, 0, N_STORIES)];
              int t = s->touchpoint;
              int role = demo->touchpoint_roles[t][rnd (demo, 0, demo->n_touchpoint_roles[t])];

              touchpoint = t;
              value = s->value;
              story = _(s->text);
              nominee = _emb_demo_pick_member (demo, role, day, -1);
            }
          else
            {
              value = rnd (demo, 0, N_VALUES);
              story = _(emb_demo_thanks[rnd (demo, 0, N_THANKS)]);
            }

          if (nominee < 0)
            nominee = _emb_demo_pick_person (demo, -1, day, -1);
          g_assert (nominee >= 0);
          department = demo->people[nominee].department;

          if (touchpoint < 0 && chance (demo, 0.5))
            {
              int role = demo->people[nominee].role;
              int n = demo->n_role_touchpoints[role];

              if (n > 0)
                touchpoint = demo->role_touchpoints[role][rnd (demo, 0, n)];
            }
        }

      /* Who nominated: a manager, a peer, or someone anonymous. */
      if (!chance (demo, 0.08))
        {
          if (chance (demo, 0.3))
            nominator = _emb_demo_pick_member (demo, emb_demo_departments[department].lead_role,
                                               day, nominee);
          else
            nominator = _emb_demo_pick_person (demo, chance (demo, 0.7) ? department : -1,
                                               day, nominee);
        }

      /* What became of it: the newest wait for a decision. */
      if (i >= N_NOMINATIONS - N_WAITING)
        status = EMB_NOMINATION_STATUS_SUBMITTED;
      else
        {
          double u = g_rand_double (demo->rand);

          status = u < 0.05 ? EMB_NOMINATION_STATUS_DECLINED
                            : u < 0.32 ? EMB_NOMINATION_STATUS_CELEBRATED
                                       : EMB_NOMINATION_STATUS_APPROVED;
          decided = moments[i] + rnd (demo, 1, 6) * DAY_SECONDS;
          decided += rnd (demo, -3 * 3600, 3 * 3600);
          decided = MIN (decided, end);
          if (decided <= moments[i])
            decided = moments[i] + 600;
          decider = _emb_demo_pick_member (demo,
                                           nominee_department >= 0
                                           ? ROLE_HR_PARTNER
                                           : emb_demo_departments[department].lead_role,
                                           decided / DAY_SECONDS + 1, nominee);

          if (status == EMB_NOMINATION_STATUS_CELEBRATED)
            {
              celebrated = decided + rnd (demo, 1, 10) * DAY_SECONDS;
              if (celebrated > end)
                status = EMB_NOMINATION_STATUS_APPROVED;
            }

          if (status == EMB_NOMINATION_STATUS_DECLINED)
            note = _(emb_demo_decline_notes[rnd (demo, 0, N_DECLINE_NOTES)]);
          else if (chance (demo, 0.15))
            note = _(emb_demo_approve_note);

          /* Customer praise as evidence. */
          if (status != EMB_NOMINATION_STATUS_DECLINED && touchpoint >= 0 && chance (demo, 0.3))
            feedback_id = find_praise (demo, touchpoint, day);
        }

      /* Every draw is made before the record is built, in a fixed order. */
      is_public = chance (demo, 0.9);

      if (save (demo, &emb_table_nomination,
                g_object_new (EMB_TYPE_NOMINATION,
                              "uuid", next_uuid (demo),
                              "nominee-employee-id", person_id (demo, nominee),
                              "nominee-department-id", nominee_department >= 0
                                                       ? demo->department_ids[nominee_department]
                                                       : (gint64)0,
                              "nominator-id", person_id (demo, nominator),
                              "value-id", demo->value_ids[value],
                              "touchpoint-id",
                              touchpoint >= 0 ? demo->touchpoint_ids[touchpoint] : (gint64)0,
                              "feedback-id", feedback_id,
                              "story", story,
                              "is-public", is_public,
                              "status", status,
                              "decider-id", person_id (demo, decider),
                              "decision-note", note,
                              "submitted-at", format_time (moments[i], submitted_at),
                              "decided-at", decided > 0 ? format_time (decided, decided_at) : NULL,
                              "celebrated-at", status == EMB_NOMINATION_STATUS_CELEBRATED
                                               ? format_time (celebrated, celebrated_at) : NULL,
                              /* Some were sent without the sender's name, which
                               * the sender alone still sees; by a fixed rule, so
                               * that no random draw moves. */
                              "anonymous", nominator >= 0 && i % 17 == 5,
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* The autonomy pilot ------------------------------------------------------- */

static gboolean
add_pilot (EmbDemo  *demo,
           GError  **error)
{
  static const struct
  {
    int           department;
    int           starts;       /* days after the reference date */
    int           ends;
    EmbWaveStatus status;
  } waves[] = {
    { DEPT_CONTACT_CENTRE, -WAVE_START_AGO, 91, EMB_WAVE_STATUS_RUNNING },
    { DEPT_BRANCHES, 120, 300, EMB_WAVE_STATUS_PLANNED },
    { DEPT_MORTGAGES, 330, 510, EMB_WAVE_STATUS_PLANNED },
  };
  /* Contact-centre roles, weighted by how often they meet the situation. */
  static const int decider_roles[] = {
    ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_PHONE_AGENT,
    ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_CHAT_AGENT, ROLE_CHAT_AGENT,
    ROLE_COMPLAINTS, ROLE_CC_TEAM_LEADER,
  };
  guint32 wave_start = demo->today - WAVE_START_AGO;
  g_autofree gint64 *moments = _emb_demo_make_moments (demo, N_DECISIONS, WAVE_START_AGO - 1,
                                                       FALSE, 8, 20);
  gint64 pilot_id;

  pilot_id = save (demo, &emb_table_pilot,
                   g_object_new (EMB_TYPE_PILOT,
                                 "uuid", next_uuid (demo),
                                 "name", _(emb_demo_pilot_name),
                                 "principle", _(emb_demo_pilot_principle),
                                 "spending-ceiling", (gint64)CEILING,
                                 "currency", "EUR",
                                 "allowed-decisions", _(emb_demo_pilot_allowed_decisions),
                                 "escalation-rule", _(emb_demo_pilot_escalation_rule),
                                 NULL),
                   error);
  if (pilot_id == 0)
    return FALSE;

  for (guint w = 0; w < G_N_ELEMENTS (waves); w++)
    {
      char starts[16];
      char ends[16];

      if (save (demo, &emb_table_wave,
                g_object_new (EMB_TYPE_WAVE,
                              "uuid", next_uuid (demo),
                              "pilot-id", pilot_id,
                              "department-id", demo->department_ids[waves[w].department],
                              "position", (int)w,
                              "starts-on", format_day (demo->today + waves[w].starts, starts),
                              "ends-on", format_day (demo->today + waves[w].ends, ends),
                              "status", waves[w].status,
                              NULL),
                error) == 0)
        return FALSE;
    }

  for (int i = 0; i < N_DECISIONS; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      int age = demo->today - day;
      /* Three decisions went over the ceiling: one reviewed, one escalated,
       * one (the newest) still pending. */
      gboolean over = (i == 9 || i == 24 || i == N_DECISIONS - 2);
      const DemoScenario *s = &emb_demo_scenarios[over ? SCENARIO_COSTLY
                                                       : rnd (demo, 0, SCENARIO_COSTLY)];
      EmbReviewStatus review = age > 10 ? EMB_REVIEW_STATUS_REVIEWED : EMB_REVIEW_STATUS_PENDING;
      const char *review_note = "";
      gint64 cost;
      char decided_on[16];
      int employee;

      if (over)
        {
          cost = rnd (demo, 240, 421) * 100;
          if (i == 9)
            review_note = _(emb_demo_review_note_over);
          else if (i == 24)
            review = EMB_REVIEW_STATUS_ESCALATED;
          else
            review = EMB_REVIEW_STATUS_PENDING;
        }
      else
        {
          cost = s->cost * rnd (demo, 60, 141) / 100 / 100 * 100;   /* whole euros */
          if (review == EMB_REVIEW_STATUS_REVIEWED && chance (demo, 0.3))
            review_note = _(emb_demo_review_note_ok);
        }

      employee = _emb_demo_pick_member (demo,
                                        decider_roles[rnd (demo, 0, G_N_ELEMENTS (decider_roles))],
                                        wave_start, -1);
      if (employee < 0)
        employee = _emb_demo_pick_person (demo, DEPT_CONTACT_CENTRE, wave_start, -1);

      if (save (demo, &emb_table_decision,
                g_object_new (EMB_TYPE_DECISION,
                              "uuid", next_uuid (demo),
                              "pilot-id", pilot_id,
                              "employee-id", person_id (demo, employee),
                              "decided-on", format_day (day, decided_on),
                              "kind", _(emb_demo_decision_kinds[s->kind]),
                              "situation", _(s->situation),
                              "decision", _(s->decision),
                              "cost", cost,
                              "customer-outcome", _(s->outcome),
                              "review-status", review,
                              "review-note", review_note,
                              "over-ceiling-reason", over ? _(emb_demo_over_ceiling_reason) : "",
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Training, assessments and pulses ----------------------------------------- */

static gboolean
add_training (EmbDemo  *demo,
              GError  **error)
{
  for (guint o = 0; o < N_OBJECTIVES; o++)
    {
      const DemoObjective *objective = &emb_demo_objectives[o];
      g_autofree gint64 *moments = _emb_demo_make_moments (demo, 6, 80, FALSE, 9, 17);
      char review_on[16];
      gint64 id;

      id = save (demo, &emb_table_training_objective,
                 g_object_new (EMB_TYPE_TRAINING_OBJECTIVE,
                               "uuid", next_uuid (demo),
                               "title", _(objective->title),
                               "knowledge", _(objective->knowledge),
                               "skills", _(objective->skills),
                               "attitudes", _(objective->attitudes),
                               "expected-change", _(objective->expected_change),
                               "review-on",
                               format_day (demo->today + objective->review_in, review_on),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      for (int k = 0; k < 3; k++)
        if (!link_ids (demo,
                       "INSERT INTO training_objective_role (objective_id, role_id)"
                       " VALUES (?1, ?2)",
                       id, demo->role_ids[objective->roles[k]], error) ||
            !link_ids (demo,
                       "INSERT INTO training_objective_touchpoint (objective_id, touchpoint_id)"
                       " VALUES (?1, ?2)",
                       id, demo->touchpoint_ids[objective->touchpoints[k]], error))
          return FALSE;

      /* Observations, getting better as the weeks go by. */
      for (int k = 0; k < 6; k++)
        {
          guint32 day = moments[k] / DAY_SECONDS;
          int employee = _emb_demo_pick_member (demo, objective->roles[k % 3], day, -1);
          int rating = MIN (5, 2 + k / 2) + rnd (demo, 0, 2);
          const char *note = chance (demo, 0.5) ? _(objective->note) : "";
          char observed_on[16];

          if (save (demo, &emb_table_observation,
                    g_object_new (EMB_TYPE_OBSERVATION,
                                  "uuid", next_uuid (demo),
                                  "objective-id", id,
                                  "employee-id", person_id (demo, employee),
                                  "observed-on", format_day (day, observed_on),
                                  "rating", rating,
                                  "note", note,
                                  NULL),
                    error) == 0)
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_maturity (EmbDemo  *demo,
              GError  **error)
{
  static const int ago[] = { 190, 99, 8 };
  static const int scores[][EMB_N_MATURITY_AREAS] = {
    { 3, 2, 2, 2, 2, 3, 3, 2, 2 },
    { 3, 2, 3, 2, 2, 3, 3, 3, 2 },
    { 3, 3, 3, 3, 2, 3, 4, 3, 3 },
  };

  for (guint a = 0; a < G_N_ELEMENTS (ago); a++)
    {
      char assessed_on[16];
      gint64 id;

      id = save (demo, &emb_table_maturity_assessment,
                 g_object_new (EMB_TYPE_MATURITY_ASSESSMENT,
                               "uuid", next_uuid (demo),
                               "assessed-on", format_day (demo->today - ago[a], assessed_on),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      for (int area = 0; area < EMB_N_MATURITY_AREAS; area++)
        {
          g_autoptr(EmbStatement) stmt = NULL;

          stmt = _emb_database_prepare (demo->db,
                                        "INSERT INTO maturity_score"
                                        " (assessment_id, area, score, note)"
                                        " VALUES (?1, ?2, ?3, '')",
                                        error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, area));
          sqlite3_bind_int (stmt, 3, scores[a][area]);
          if (!_emb_database_step_done (demo->db, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static double
round2 (double x)
{
  return (int)(x * 100 + 0.5) / 100.0;
}

static gboolean
add_audits_and_pulses (EmbDemo  *demo,
                       GError  **error)
{
  static const int pulse_ago[] = { 280, 190, 100, 10 };

  for (int d = 0; d < N_DEPARTMENTS; d++)
    {
      gboolean front = emb_demo_departments[d].office == EMB_OFFICE_FRONT;
      int declarations = rnd (demo, 78, 93);
      int behaviours = front ? rnd (demo, 58, 71) : rnd (demo, 45, 61);
      int resources = rnd (demo, 45, 66);
      int headcount = 0;

      /* Declarations run ahead of behaviours and resources; the second audit
       * shows the gap closing a little. */
      for (int a = 0; a < 2; a++)
        {
          const char *note = "";
          char audited_on[16];

          format_day (demo->today - (a == 0 ? 200 : 20), audited_on);

          if (a == 0 && d == DEPT_CONTACT_CENTRE)
            note = _(emb_demo_audit_note_contact_centre);
          else if (a == 0 && d == DEPT_IT)
            note = _(emb_demo_audit_note_it);

          if (save (demo, &emb_table_consistency_audit,
                    g_object_new (EMB_TYPE_CONSISTENCY_AUDIT,
                                  "uuid", next_uuid (demo),
                                  "department-id", demo->department_ids[d],
                                  "audited-on", audited_on,
                                  "declarations", declarations,
                                  "behaviours", behaviours,
                                  "resources", resources,
                                  "note", note,
                                  NULL),
                    error) == 0)
            return FALSE;

          declarations += rnd (demo, 0, 4);
          behaviours += rnd (demo, 3, 8);
          resources += rnd (demo, 2, 7);
        }

      for (int r = 0; r < N_ROLES; r++)
        if (emb_demo_roles[r].department == d)
          headcount += demo->role_members[r]->len;

      for (guint k = 0; k < G_N_ELEMENTS (pulse_ago); k++)
        {
          double growth = 0.08 * k;
          double base = front ? 3.8 : 3.4;
          double customer = (front ? 4.0 : 3.2) + growth;
          double company = base + growth;
          double proposition = base - 0.1 + growth;
          int respondents;
          char taken_on[16];

          /* The pilot shows in the contact centre's last pulse. */
          if (d == DEPT_CONTACT_CENTRE && pulse_ago[k] < WAVE_START_AGO)
            {
              customer += 0.3;
              company += 0.2;
            }

          company = round2 (clamp_double (company + _emb_demo_noise (demo, 0.1), 1.0, 5.0));
          proposition = round2 (clamp_double (proposition + _emb_demo_noise (demo, 0.1), 1.0, 5.0));
          customer = round2 (clamp_double (customer + _emb_demo_noise (demo, 0.1), 1.0, 5.0));
          respondents = headcount * rnd (demo, 55, 86) / 100;
          respondents = MAX (1, respondents);

          if (save (demo, &emb_table_pulse,
                    g_object_new (EMB_TYPE_PULSE,
                                  "uuid", next_uuid (demo),
                                  "department-id", demo->department_ids[d],
                                  "taken-on", format_day (demo->today - pulse_ago[k], taken_on),
                                  "company", company,
                                  "value-proposition", proposition,
                                  "customer", customer,
                                  "respondents", respondents,
                                  NULL),
                    error) == 0)
            return FALSE;
        }
    }

  return TRUE;
}

/* Writing ------------------------------------------------------------------ */

gboolean
_emb_demo_write_activity (EmbDemo  *demo,
                          GError  **error)
{
  return add_feedback (demo, error) &&
         add_nominations (demo, error) &&
         add_pilot (demo, error) &&
         add_training (demo, error) &&
         add_maturity (demo, error) &&
         add_audits_and_pulses (demo, error);
}
