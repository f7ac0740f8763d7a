/* emb-demo-private.h: the demo organisation's parts
 *
 * The demo is built from three kinds of file:
 *  - its content, pure data: the names and texts of Northbridge Bank
 *    (emb-demo-content-organisation.c: departments, roles, people's names,
 *    the journey, values, promises and announcements;
 *    emb-demo-content-activity.c: customer remarks, stories, the pilot's
 *    scenarios, training objectives);
 *  - the generator (emb-demo.c): the seeded random draws, dates and the
 *    helpers that save records;
 *  - the writers, which draw the organisation from the content
 *    (emb-demo-write-organisation.c) and a year of its activity
 *    (emb-demo-write-activity.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-demo.h"
#include "emb-records.h"
#include "emb-tables.h"

G_BEGIN_DECLS

#define N_EMPLOYEES     400
#define N_INACTIVE      20
#define N_FEEDBACK      3000
#define N_NOMINATIONS   300
#define N_WAITING       15      /* the newest nominations, not yet decided */
#define N_DECISIONS     40
#define CEILING         20000   /* 200.00 EUR in cents */
#define WAVE_START_AGO  91      /* the running wave began this many days ago */
#define DAY_SECONDS     86400
#define EMAIL_DOMAIN    "northbridgebank.example"

/* Departments ------------------------------------------------------------ */

enum
{
  DEPT_BRANCHES,
  DEPT_CONTACT_CENTRE,
  DEPT_MORTGAGES,
  DEPT_DIGITAL,
  DEPT_OPERATIONS,
  DEPT_CREDIT_RISK,
  DEPT_IT,
  DEPT_PEOPLE,
  N_DEPARTMENTS
};

enum
{
  ROLE_BRANCH_MANAGER,
  ROLE_PERSONAL_BANKER,
  ROLE_SERVICE_ADVISER,
  ROLE_CC_TEAM_LEADER,
  ROLE_PHONE_AGENT,
  ROLE_CHAT_AGENT,
  ROLE_COMPLAINTS,
  ROLE_MORTGAGE_LEADER,
  ROLE_MORTGAGE_ADVISER,
  ROLE_MORTGAGE_PROCESSOR,
  ROLE_PRODUCT_OWNER,
  ROLE_UX_DESIGNER,
  ROLE_DIGITAL_SUPPORT,
  ROLE_OPERATIONS_MANAGER,
  ROLE_ACCOUNT_CLERK,
  ROLE_PAYMENTS,
  ROLE_CREDIT_MANAGER,
  ROLE_UNDERWRITER,
  ROLE_COLLECTIONS,
  ROLE_IT_MANAGER,
  ROLE_SERVICE_DESK,
  ROLE_FRAUD,
  ROLE_ENGINEER,        /* the gap: no touchpoint */
  ROLE_HR_PARTNER,
  ROLE_LEARNING,
  N_ROLES
};

#define N_CITIES 8

typedef struct
{
  const char *name;
  EmbOffice   office;
  int         lead_role;    /* the role whose members lead and decide */
  const char *sites;        /* indexes into cities, repeated for weight */
  double      ack_rate;     /* usual share of staff who acknowledge */
} DemoDepartment;

typedef struct
{
  int         department;
  const char *name;
  const char *attitudes;
  int         headcount;
} DemoRole;

extern const char * const     emb_demo_cities[];
extern const DemoDepartment   emb_demo_departments[N_DEPARTMENTS];
extern const DemoRole         emb_demo_roles[N_ROLES];

/* Names ------------------------------------------------------------------ */

/* A surname "male|female" has two forms; a surname without "|" has one. */
typedef struct
{
  const char * const *female;
  guint               n_female;
  const char * const *male;
  guint               n_male;
  const char * const *surnames;
  guint               n_surnames;
} DemoCulture;

#define N_CULTURES 10

extern const DemoCulture      emb_demo_cultures[];
/* The culture most people of each city come from. */
extern const int              emb_demo_city_cultures[N_CITIES];

/* The journey ------------------------------------------------------------- */

#define N_STAGES 5

enum
{
  CHANNEL_BRANCH,
  CHANNEL_PHONE,
  CHANNEL_APP,
  CHANNEL_WEB,
  CHANNEL_EMAIL,
  CHANNEL_LETTER,
  CHANNEL_CHAT,
  CHANNEL_CASH_MACHINE,
  CHANNEL_SOCIAL_MEDIA,
};

enum
{
  SOURCE_SURVEY,
  SOURCE_BRANCH_CARD,
  SOURCE_APP_REVIEW,
  SOURCE_EMAIL,
};

enum
{
  TP_WEBSITE,
  TP_BRANCH_WELCOME,
  TP_PHONE_ENQUIRY,
  TP_SOCIAL_MEDIA,
  TP_MORTGAGE_MEETING,
  TP_ACCOUNT_OPENING,
  TP_IDENTITY_CHECK,
  TP_MORTGAGE_APPLICATION,
  TP_LOAN_DECISION,
  TP_WELCOME_PACK,
  TP_MOBILE_APP,
  TP_ONLINE_BANKING,
  TP_CARDS_CASH,
  TP_TRANSFERS,
  TP_STATEMENTS,
  TP_HELPLINE,
  TP_CHAT_EMAIL,
  TP_BRANCH_DESK,
  TP_LOST_CARD,
  TP_COMPLAINTS,
  TP_HEALTH_CHECK,
  TP_SAVINGS_ADVICE,
  TP_MORTGAGE_RENEWAL,
  TP_CREDIT_LIMIT,
  TP_CLOSING,           /* the gap: nobody owns it */
  N_TOUCHPOINTS
};

typedef struct
{
  int         stage;
  const char *name;
  int         channel;
  const char *description;
  double      quality;      /* how satisfied customers usually are, 0-1 */
  int         weight;       /* how much feedback it gets */
} DemoTouchpoint;

/* Feedback without a touchpoint: general remarks about the bank. */
#define NO_TOUCHPOINT_WEIGHT  3
#define NO_TOUCHPOINT_QUALITY 0.75

typedef struct
{
  int                    touchpoint;
  int                    role;
  EmbResponsibilityLevel level;
} DemoResponsibility;

#define OWNS     EMB_RESPONSIBILITY_LEVEL_OWNS
#define DELIVERS EMB_RESPONSIBILITY_LEVEL_DELIVERS
#define SUPPORTS EMB_RESPONSIBILITY_LEVEL_SUPPORTS
#define INFORMED EMB_RESPONSIBILITY_LEVEL_INFORMED

#define N_RESPONSIBILITIES 80

extern const char * const       emb_demo_stages[N_STAGES][2];
extern const char * const       emb_demo_channels[];
extern const char * const       emb_demo_sources[];
extern const DemoTouchpoint     emb_demo_touchpoints[N_TOUCHPOINTS];
extern const DemoResponsibility emb_demo_responsibilities[];

/* Values and promises ------------------------------------------------------ */

enum
{
  VALUE_CUSTOMER_FIRST,
  VALUE_OWN_IT,
  VALUE_SPEAK_PLAINLY,
  VALUE_KEEP_OUR_WORD,
  VALUE_ONE_TEAM,
  VALUE_KEEP_LEARNING,
  N_VALUES
};

typedef struct
{
  const char       *statement;
  const char       *expectation;
  EmbPromiseStatus  status;
  int               published_ago;   /* days before the reference date */
  int               touchpoints[5];  /* ends with -1 */
  const char       *link;            /* where to read more, or NULL */
} DemoPromise;

#define PROMISE_LAUNCH_AGO   300
#define PROMISE_REVISED_AGO  120     /* the first promise got a second version */
#define PROMISE_RETIRED_AGO  150

#define N_PROMISES 8

extern const char * const     emb_demo_values[N_VALUES][4];
extern const DemoPromise      emb_demo_promises[];
/* The first promise was published as "three minutes" and revised. */
extern const char * const     emb_demo_promise_first_statement;

/* Announcements ------------------------------------------------------------ */

#define EVERYONE ((1u << N_DEPARTMENTS) - 1)

typedef struct
{
  const char  *title;
  const char  *body;
  EmbAudience  audience;
  gboolean     needs_ack;
  int          published_ago; /* days; a draft when negative */
  double       ack_factor;
  guint32      departments;   /* bit mask, for EMB_AUDIENCE_DEPARTMENTS and everyone */
  guint32      roles;         /* bit mask, for EMB_AUDIENCE_ROLES */
  gboolean     on_kiosk;
  const char  *link;          /* where to read more, or NULL */
} DemoAnnouncement;

#define N_ANNOUNCEMENTS 6
/* The announcements after the first ones draw their acknowledgements and
 * UUIDs from random sequences of their own, so that the content written
 * after them stays as it was before they were added. */
#define N_FIRST_ANNOUNCEMENTS 4

extern const DemoAnnouncement emb_demo_announcements[];

/* The organisation's own texts --------------------------------------------- */

extern const char * const     emb_demo_organisation_name;
extern const char * const     emb_demo_vision;
extern const char * const     emb_demo_cx_strategy;
extern const char * const     emb_demo_value_set_summary;

/* Recognition -------------------------------------------------------------- */

typedef struct
{
  const char *text;
  int         touchpoint;
  int         value;
} DemoStory;

#define N_STORIES       10
#define N_THANKS        3
#define N_DECLINE_NOTES 2

extern const DemoStory        emb_demo_stories[];
extern const char * const     emb_demo_department_story;
extern const char * const     emb_demo_thanks[];
extern const char * const     emb_demo_decline_notes[];
extern const char * const     emb_demo_approve_note;

/* Feedback ----------------------------------------------------------------- */

/* Each remark fits some channels (a bit mask of CHANNEL_*), or any (0), and
 * has the category a survey tool gives it (its "reason"). */
typedef struct
{
  const char *text;
  guint       channels;
  const char *category;
} DemoPhrase;

#define N_PRAISE_PHRASES     10
#define N_COMPLAINT_PHRASES  10
#define N_SUGGESTION_PHRASES 5

extern const DemoPhrase       emb_demo_praise_phrases[];
extern const DemoPhrase       emb_demo_complaint_phrases[];
extern const DemoPhrase       emb_demo_suggestion_phrases[];

/* The autonomy pilot ------------------------------------------------------- */

typedef struct
{
  int         kind;
  const char *situation;
  const char *decision;
  const char *outcome;
  gint64      cost;      /* typical cost in cents */
} DemoScenario;

#define N_SCENARIOS 5
#define SCENARIO_COSTLY 4

extern const char * const     emb_demo_decision_kinds[];
extern const DemoScenario     emb_demo_scenarios[];
extern const char * const     emb_demo_review_note_ok;
extern const char * const     emb_demo_review_note_over;
extern const char * const     emb_demo_over_ceiling_reason;
extern const char * const     emb_demo_pilot_name;
extern const char * const     emb_demo_pilot_principle;
extern const char * const     emb_demo_pilot_allowed_decisions;
extern const char * const     emb_demo_pilot_escalation_rule;

/* Training and assessments ------------------------------------------------- */

typedef struct
{
  const char *title;
  const char *knowledge;
  const char *skills;
  const char *attitudes;
  const char *expected_change;
  const char *note;
  int         review_in;      /* days after the reference date */
  int         roles[3];
  int         touchpoints[3];
} DemoObjective;

#define N_OBJECTIVES 2

extern const DemoObjective    emb_demo_objectives[];
extern const char * const     emb_demo_audit_note_contact_centre;
extern const char * const     emb_demo_audit_note_it;

/* The generator ------------------------------------------------------------ */

typedef struct
{
  gint64   id;
  guint32  hired;       /* Julian day */
  int      role;
  int      department;
  gboolean active;
} DemoPerson;

typedef struct
{
  gint64  id;
  guint32 day;
  int     touchpoint;
} DemoPraise;

typedef struct
{
  EmbDatabase *db;
  GRand       *rand;           /* every choice of content */
  GRand       *uuid_rand;      /* the UUIDs, so that they do not shift content */
  guint32      today;          /* the reference date, as a Julian day */
  char         uuid[40];

  gint64       department_ids[N_DEPARTMENTS];
  gint64       role_ids[N_ROLES];
  gint64       stage_ids[N_STAGES];
  gint64       touchpoint_ids[N_TOUCHPOINTS];
  gint64       value_ids[N_VALUES];

  DemoPerson   people[N_EMPLOYEES];
  GArray      *role_members[N_ROLES];          /* active people, by index */

  int          owner[N_TOUCHPOINTS];           /* role, or -1 */
  gboolean     pilot_touchpoint[N_TOUCHPOINTS];
  int          touchpoint_roles[N_TOUCHPOINTS][8];  /* owns, delivers or supports */
  int          n_touchpoint_roles[N_TOUCHPOINTS];
  int          role_touchpoints[N_ROLES][N_TOUCHPOINTS];
  int          n_role_touchpoints[N_ROLES];

  GArray      *praise;                         /* DemoPraise */
} EmbDemo;

static inline int
rnd (EmbDemo *demo,
     int      begin,
     int      end)
{
  return g_rand_int_range (demo->rand, begin, end);
}

static inline gboolean
chance (EmbDemo *demo,
        double   p)
{
  return g_rand_double (demo->rand) < p;
}

/* Unlike CLAMP(), evaluates @x once: it often holds a random draw. */
static inline double
clamp_double (double x,
              double low,
              double high)
{
  return x < low ? low : x > high ? high : x;
}

static inline gint64
moment_of (guint32 day,
           int     seconds)
{
  return (gint64)day * DAY_SECONDS + seconds;
}

static inline gint64
person_id (EmbDemo *demo,
           int      i)
{
  return i >= 0 ? demo->people[i].id : 0;
}

/* A version-4-shaped UUID from the seeded generator; valid until the next call. */
static inline const char *
next_uuid (EmbDemo *demo)
{
  guint32 a = g_rand_int (demo->uuid_rand);
  guint32 b = g_rand_int (demo->uuid_rand);
  guint32 c = g_rand_int (demo->uuid_rand);
  guint32 d = g_rand_int (demo->uuid_rand);

  b = (b & 0xffff0fffu) | 0x00004000u;
  c = (c & 0x3fffffffu) | 0x80000000u;
  g_snprintf (demo->uuid, sizeof demo->uuid, "%08x-%04x-%04x-%04x-%04x%08x",
              a, b >> 16, b & 0xffffu, c >> 16, c & 0xffffu, d);
  return demo->uuid;
}

/* @buf holds at least 16 bytes. */
static inline const char *
format_day (guint32  day,
            char    *buf)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buf, 16, "%04d-%02d-%02d",
              (int)g_date_get_year (&date), (int)g_date_get_month (&date),
              (int)g_date_get_day (&date));
  return buf;
}

/* @moment counts seconds from the start of Julian day 0; @buf holds at
 * least 32 bytes. */
static inline const char *
format_time (gint64  moment,
             char   *buf)
{
  char day[16];
  int secs = (int)(moment % DAY_SECONDS);

  format_day ((guint32)(moment / DAY_SECONDS), day);
  g_snprintf (buf, 32, "%sT%02d:%02d:%02d.000Z", day, secs / 3600, secs / 60 % 60, secs % 60);
  return buf;
}

/* Saves and drops @record; returns its new id, or 0 with @error set. */
static inline gint64
save (EmbDemo        *demo,
      const EmbTable *table,
      gpointer        record,
      GError        **error)
{
  g_autoptr(EmbRecord) owned = record;

  if (!_emb_table_save (demo->db, table, owned, error))
    return 0;
  return emb_record_get_id (owned);
}

/* For the link tables, which have no record class. */
static inline gboolean
link_ids (EmbDemo     *demo,
          const char  *sql,
          gint64       a,
          gint64       b,
          GError     **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (demo->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return _emb_database_step_done (demo->db, stmt, error);
}

/* The generator's larger draws (emb-demo.c). */
double    _emb_demo_noise          (EmbDemo    *demo,
                                    double      sd);
int       _emb_demo_pick_weighted  (EmbDemo    *demo,
                                    const int  *weights,
                                    int         n);
int       _emb_demo_pick_member    (EmbDemo    *demo,
                                    int         role,
                                    guint32     day,
                                    int         exclude);
int       _emb_demo_pick_person    (EmbDemo    *demo,
                                    int         department,
                                    guint32     day,
                                    int         exclude);
gint64   *_emb_demo_make_moments   (EmbDemo    *demo,
                                    int         n,
                                    int         days,
                                    gboolean    recent,
                                    int         from_hour,
                                    int         to_hour);

/* The writers: in one transaction, the organisation first, then its
 * activity. */
gboolean  _emb_demo_write_organisation  (EmbDemo  *demo,
                                         GError  **error);
gboolean  _emb_demo_write_activity      (EmbDemo  *demo,
                                         GError  **error);

G_END_DECLS
