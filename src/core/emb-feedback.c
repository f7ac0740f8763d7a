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
  EmbFollowUp     follow_up;
  gint64          assignee_id;
  char           *source;
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
  PROP_FOLLOW_UP,
  PROP_ASSIGNEE_ID,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_feedback_finalize (GObject *object)
{
  EmbFeedback *self = (EmbFeedback *)object;

  g_clear_pointer (&self->received_at, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->customer_ref, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (emb_feedback_parent_class)->finalize (object);
}

static void
emb_feedback_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EmbFeedback *self = EMB_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_RECEIVED_AT:
      g_value_set_string (value, self->received_at);
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;

    case PROP_TOUCHPOINT_ID:
      g_value_set_int64 (value, self->touchpoint_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SCORE_TYPE:
      g_value_set_enum (value, self->score_type);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CUSTOMER_REF:
      g_value_set_string (value, self->customer_ref);
      break;

    case PROP_FOLLOW_UP:
      g_value_set_enum (value, self->follow_up);
      break;

    case PROP_ASSIGNEE_ID:
      g_value_set_int64 (value, self->assignee_id);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_feedback_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EmbFeedback *self = EMB_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_RECEIVED_AT:
      emb_feedback_set_received_at (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL:
      emb_feedback_set_channel (self, g_value_get_string (value));
      break;

    case PROP_TOUCHPOINT_ID:
      emb_feedback_set_touchpoint_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      emb_feedback_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SCORE_TYPE:
      emb_feedback_set_score_type (self, g_value_get_enum (value));
      break;

    case PROP_SCORE:
      emb_feedback_set_score (self, g_value_get_int (value));
      break;

    case PROP_TEXT:
      emb_feedback_set_text (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_REF:
      emb_feedback_set_customer_ref (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP:
      emb_feedback_set_follow_up (self, g_value_get_enum (value));
      break;

    case PROP_ASSIGNEE_ID:
      emb_feedback_set_assignee_id (self, g_value_get_int64 (value));
      break;

    case PROP_SOURCE:
      emb_feedback_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_feedback_class_init (EmbFeedbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_feedback_finalize;
  object_class->get_property = emb_feedback_get_property;
  object_class->set_property = emb_feedback_set_property;

  properties[PROP_RECEIVED_AT] =
    g_param_spec_string ("received-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOUCHPOINT_ID] =
    g_param_spec_int64 ("touchpoint-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       EMB_TYPE_FEEDBACK_KIND, EMB_FEEDBACK_KIND_PRAISE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCORE_TYPE] =
    g_param_spec_enum ("score-type", NULL, NULL,
                       EMB_TYPE_SCORE_TYPE, EMB_SCORE_TYPE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER_REF] =
    g_param_spec_string ("customer-ref", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FOLLOW_UP] =
    g_param_spec_enum ("follow-up", NULL, NULL,
                       EMB_TYPE_FOLLOW_UP, EMB_FOLLOW_UP_NEW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ASSIGNEE_ID] =
    g_param_spec_int64 ("assignee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
