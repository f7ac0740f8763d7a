/* emb-feedback.c: a piece of customer feedback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback"

#include "config.h"

#include "emb-record-private.h"
#include "emb-feedback.h"

/**
 * EmbFeedback:
 *
 * A piece of customer feedback: praise, a complaint, a suggestion or a survey answer.
 */
struct _EmbFeedback
{
  EmbRecord parent_instance;

  char           *received_at;
  char           *channel;
  gint64          touchpoint_id;
  EmbFeedbackKind kind;
  EmbScoreType    score_type;
  int             score;
  char           *text;
  char           *customer_ref;
  char           *category;
  gboolean        triage;
  EmbFollowUp     follow_up;
  gint64          assignee_id;
  char           *source;
  char           *source_id;
};

G_DEFINE_FINAL_TYPE (EmbFeedback, emb_feedback, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_RECEIVED_AT,
  PROP_CHANNEL,
  PROP_TOUCHPOINT_ID,
  PROP_KIND,
  PROP_SCORE_TYPE,
  PROP_SCORE,
  PROP_TEXT,
  PROP_CUSTOMER_REF,
  PROP_CATEGORY,
  PROP_TRIAGE,
  PROP_FOLLOW_UP,
  PROP_ASSIGNEE_ID,
  PROP_SOURCE,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_RECEIVED_AT] = G_STRUCT_OFFSET (EmbFeedback, received_at),
  [PROP_CHANNEL] = G_STRUCT_OFFSET (EmbFeedback, channel),
  [PROP_TOUCHPOINT_ID] = G_STRUCT_OFFSET (EmbFeedback, touchpoint_id),
  [PROP_KIND] = G_STRUCT_OFFSET (EmbFeedback, kind),
  [PROP_SCORE_TYPE] = G_STRUCT_OFFSET (EmbFeedback, score_type),
  [PROP_SCORE] = G_STRUCT_OFFSET (EmbFeedback, score),
  [PROP_TEXT] = G_STRUCT_OFFSET (EmbFeedback, text),
  [PROP_CUSTOMER_REF] = G_STRUCT_OFFSET (EmbFeedback, customer_ref),
  [PROP_CATEGORY] = G_STRUCT_OFFSET (EmbFeedback, category),
  [PROP_TRIAGE] = G_STRUCT_OFFSET (EmbFeedback, triage),
  [PROP_FOLLOW_UP] = G_STRUCT_OFFSET (EmbFeedback, follow_up),
  [PROP_ASSIGNEE_ID] = G_STRUCT_OFFSET (EmbFeedback, assignee_id),
  [PROP_SOURCE] = G_STRUCT_OFFSET (EmbFeedback, source),
  [PROP_SOURCE_ID] = G_STRUCT_OFFSET (EmbFeedback, source_id),
};

static void
emb_feedback_class_init (EmbFeedbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_RECEIVED_AT] = _emb_param_string ("received-at");
  properties[PROP_CHANNEL] = _emb_param_string ("channel");
  properties[PROP_TOUCHPOINT_ID] = _emb_param_id ("touchpoint-id");
  properties[PROP_KIND] =
    _emb_param_enum ("kind", EMB_TYPE_FEEDBACK_KIND, EMB_FEEDBACK_KIND_PRAISE);
  properties[PROP_SCORE_TYPE] =
    _emb_param_enum ("score-type", EMB_TYPE_SCORE_TYPE, EMB_SCORE_TYPE_NONE);
  properties[PROP_SCORE] = _emb_param_int ("score", -1, G_MAXINT, -1);
  properties[PROP_TEXT] = _emb_param_string ("text");
  properties[PROP_CUSTOMER_REF] = _emb_param_string ("customer-ref");
  properties[PROP_CATEGORY] = _emb_param_string ("category");
  properties[PROP_TRIAGE] = _emb_param_boolean ("triage", FALSE);
  properties[PROP_FOLLOW_UP] = _emb_param_enum ("follow-up", EMB_TYPE_FOLLOW_UP, EMB_FOLLOW_UP_NEW);
  properties[PROP_ASSIGNEE_ID] = _emb_param_id ("assignee-id");
  properties[PROP_SOURCE] = _emb_param_string ("source");
  properties[PROP_SOURCE_ID] = _emb_param_string ("source-id");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_feedback_init (EmbFeedback *self)
{
  self->kind = EMB_FEEDBACK_KIND_PRAISE;
  self->score_type = EMB_SCORE_TYPE_NONE;
  self->score = -1;
  self->follow_up = EMB_FOLLOW_UP_NEW;
}

EmbFeedback *
emb_feedback_new (void)
{
  return g_object_new (EMB_TYPE_FEEDBACK, NULL);
}

const char *
emb_feedback_get_received_at (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->received_at;
}

void
emb_feedback_set_received_at (EmbFeedback *self,
                              const char  *received_at)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->received_at, received_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED_AT]);
}

const char *
emb_feedback_get_channel (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->channel;
}

void
emb_feedback_set_channel (EmbFeedback *self,
                          const char  *channel)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

gint64
emb_feedback_get_touchpoint_id (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->touchpoint_id;
}

void
emb_feedback_set_touchpoint_id (EmbFeedback *self,
                                gint64       touchpoint_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->touchpoint_id == touchpoint_id)
    return;
  self->touchpoint_id = touchpoint_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHPOINT_ID]);
}

EmbFeedbackKind
emb_feedback_get_kind (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->kind;
}

void
emb_feedback_set_kind (EmbFeedback    *self,
                       EmbFeedbackKind kind)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

EmbScoreType
emb_feedback_get_score_type (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->score_type;
}

void
emb_feedback_set_score_type (EmbFeedback *self,
                             EmbScoreType score_type)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->score_type == score_type)
    return;
  self->score_type = score_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE_TYPE]);
}

int
emb_feedback_get_score (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->score;
}

void
emb_feedback_set_score (EmbFeedback *self,
                        int          score)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->score == score)
    return;
  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

const char *
emb_feedback_get_text (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->text;
}

void
emb_feedback_set_text (EmbFeedback *self,
                       const char  *text)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
emb_feedback_get_customer_ref (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->customer_ref;
}

void
emb_feedback_set_customer_ref (EmbFeedback *self,
                               const char  *customer_ref)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->customer_ref, customer_ref))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_REF]);
}

EmbFollowUp
emb_feedback_get_follow_up (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->follow_up;
}

void
emb_feedback_set_follow_up (EmbFeedback *self,
                            EmbFollowUp  follow_up)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->follow_up == follow_up)
    return;
  self->follow_up = follow_up;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP]);
}

gint64
emb_feedback_get_assignee_id (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), 0);

  return self->assignee_id;
}

void
emb_feedback_set_assignee_id (EmbFeedback *self,
                              gint64       assignee_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (self->assignee_id == assignee_id)
    return;
  self->assignee_id = assignee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNEE_ID]);
}

const char *
emb_feedback_get_source (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->source;
}

void
emb_feedback_set_source (EmbFeedback *self,
                         const char  *source)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
emb_feedback_get_category (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->category;
}

void
emb_feedback_set_category (EmbFeedback *self,
                           const char  *category)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->category, category))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

gboolean
emb_feedback_get_triage (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), FALSE);

  return self->triage;
}

void
emb_feedback_set_triage (EmbFeedback *self,
                         gboolean     triage)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  triage = !!triage;
  if (self->triage == triage)
    return;
  self->triage = triage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAGE]);
}

const char *
emb_feedback_get_source_id (EmbFeedback *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK (self), NULL);

  return self->source_id;
}

void
emb_feedback_set_source_id (EmbFeedback *self,
                            const char  *source_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK (self));

  if (_emb_set_string (&self->source_id, source_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}
