/* emb-enums.h: enumerations of the model layer
 *
 * The nick of each value (derived by glib-mkenums, such as "rolled-out") is
 * the text stored in the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * EmbRecordKind:
 *
 * What kind of record a change notification is about. %EMB_RECORD_KIND_ANY
 * means "anything may have changed" (a bulk import, or a change made by
 * another process on the same file).
 */
typedef enum
{
  EMB_RECORD_KIND_ANY,
  EMB_RECORD_KIND_ORGANISATION,
  EMB_RECORD_KIND_DEPARTMENT,
  EMB_RECORD_KIND_ROLE,
  EMB_RECORD_KIND_EMPLOYEE,
  EMB_RECORD_KIND_VALUE,
  EMB_RECORD_KIND_VALUE_SET,
  EMB_RECORD_KIND_STAGE,
  EMB_RECORD_KIND_TOUCHPOINT,
  EMB_RECORD_KIND_RESPONSIBILITY,
  EMB_RECORD_KIND_PROMISE,
  EMB_RECORD_KIND_ANNOUNCEMENT,
  EMB_RECORD_KIND_ACKNOWLEDGEMENT,
  EMB_RECORD_KIND_NOMINATION,
  EMB_RECORD_KIND_PILOT,
  EMB_RECORD_KIND_WAVE,
  EMB_RECORD_KIND_DECISION,
  EMB_RECORD_KIND_FEEDBACK,
  EMB_RECORD_KIND_TRAINING_OBJECTIVE,
  EMB_RECORD_KIND_OBSERVATION,
  EMB_RECORD_KIND_MATURITY_ASSESSMENT,
  EMB_RECORD_KIND_CONSISTENCY_AUDIT,
  EMB_RECORD_KIND_PULSE,
} EmbRecordKind;

/**
 * EmbChangeType:
 *
 * What happened to the record named in a change notification.
 */
typedef enum
{
  EMB_CHANGE_CREATED,
  EMB_CHANGE_UPDATED,
  EMB_CHANGE_DELETED,
  EMB_CHANGE_MANY,
} EmbChangeType;

/**
 * EmbOffice:
 *
 * Whether a department or role meets customers (front office) or supports
 * those who do (back office).
 */
typedef enum
{
  EMB_OFFICE_FRONT,
  EMB_OFFICE_BACK,
} EmbOffice;

typedef enum
{
  EMB_RESPONSIBILITY_LEVEL_NONE,
  EMB_RESPONSIBILITY_LEVEL_OWNS,
  EMB_RESPONSIBILITY_LEVEL_DELIVERS,
  EMB_RESPONSIBILITY_LEVEL_SUPPORTS,
  EMB_RESPONSIBILITY_LEVEL_INFORMED,
} EmbResponsibilityLevel;

typedef enum
{
  EMB_PROMISE_STATUS_DRAFT,
  EMB_PROMISE_STATUS_PUBLISHED,
  EMB_PROMISE_STATUS_RETIRED,
} EmbPromiseStatus;

typedef enum
{
  EMB_PROMISE_VERSION_STATE_DRAFT,
  EMB_PROMISE_VERSION_STATE_PUBLISHED,
  EMB_PROMISE_VERSION_STATE_SUPERSEDED,
  EMB_PROMISE_VERSION_STATE_RETIRED,
} EmbPromiseVersionState;

typedef enum
{
  EMB_AUDIENCE_EVERYONE,
  EMB_AUDIENCE_DEPARTMENTS,
  EMB_AUDIENCE_ROLES,
} EmbAudience;

typedef enum
{
  EMB_NOMINATION_STATUS_SUBMITTED,
  EMB_NOMINATION_STATUS_APPROVED,
  EMB_NOMINATION_STATUS_DECLINED,
  EMB_NOMINATION_STATUS_CELEBRATED,
} EmbNominationStatus;

typedef enum
{
  EMB_WAVE_STATUS_PLANNED,
  EMB_WAVE_STATUS_RUNNING,
  EMB_WAVE_STATUS_EVALUATED,
  EMB_WAVE_STATUS_ROLLED_OUT,
} EmbWaveStatus;

typedef enum
{
  EMB_REVIEW_STATUS_PENDING,
  EMB_REVIEW_STATUS_REVIEWED,
  EMB_REVIEW_STATUS_ESCALATED,
} EmbReviewStatus;

typedef enum
{
  EMB_FEEDBACK_KIND_PRAISE,
  EMB_FEEDBACK_KIND_COMPLAINT,
  EMB_FEEDBACK_KIND_SUGGESTION,
  EMB_FEEDBACK_KIND_SURVEY,
  EMB_FEEDBACK_KIND_NEUTRAL,
} EmbFeedbackKind;

typedef enum
{
  EMB_SCORE_TYPE_NONE,
  EMB_SCORE_TYPE_NPS,
  EMB_SCORE_TYPE_CSAT,
  EMB_SCORE_TYPE_CES,
} EmbScoreType;

typedef enum
{
  EMB_FOLLOW_UP_NEW,
  EMB_FOLLOW_UP_ACKNOWLEDGED,
  EMB_FOLLOW_UP_IN_PROGRESS,
  EMB_FOLLOW_UP_CLOSED,
} EmbFollowUp;

/**
 * EmbMaturityArea:
 *
 * The nine areas of the CX maturity model.
 */
typedef enum
{
  EMB_MATURITY_AREA_CULTURE,
  EMB_MATURITY_AREA_EMPLOYEE_EXPERIENCE,
  EMB_MATURITY_AREA_LISTENING,
  EMB_MATURITY_AREA_UNDERSTANDING,
  EMB_MATURITY_AREA_ACTING,
  EMB_MATURITY_AREA_TECHNOLOGY,
  EMB_MATURITY_AREA_STRATEGY,
  EMB_MATURITY_AREA_JOURNEY_MAPPING,
  EMB_MATURITY_AREA_LEADERSHIP,
} EmbMaturityArea;

#define EMB_N_MATURITY_AREAS (EMB_MATURITY_AREA_LEADERSHIP + 1)

const char *emb_enum_to_nick   (GType       enum_type,
                                int         value);
gboolean    emb_enum_from_nick (GType       enum_type,
                                const char *nick,
                                int        *value);

G_END_DECLS

#include "emb-enum-types.h"
