/* emb-training-objective.c: a training objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-training-objective"

#include "config.h"

#include "emb-record-private.h"
#include "emb-training-objective.h"

/**
 * EmbTrainingObjective:
 *
 * A training objective: knowledge, skills and attitudes, and the behaviour change expected.
 */
struct _EmbTrainingObjective
{
  EmbRecord parent_instance;

  char     *title;
  char     *knowledge;
  char     *skills;
  char     *attitudes;
  char     *expected_change;
  char     *review_on;
};

G_DEFINE_FINAL_TYPE (EmbTrainingObjective, emb_training_objective, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KNOWLEDGE,
  PROP_SKILLS,
  PROP_ATTITUDES,
  PROP_EXPECTED_CHANGE,
  PROP_REVIEW_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_training_objective_finalize (GObject *object)
{
  EmbTrainingObjective *self = (EmbTrainingObjective *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->knowledge, g_free);
  g_clear_pointer (&self->skills, g_free);
  g_clear_pointer (&self->attitudes, g_free);
  g_clear_pointer (&self->expected_change, g_free);
  g_clear_pointer (&self->review_on, g_free);

  G_OBJECT_CLASS (emb_training_objective_parent_class)->finalize (object);
}

static void
emb_training_objective_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EmbTrainingObjective *self = EMB_TRAINING_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KNOWLEDGE:
      g_value_set_string (value, self->knowledge);
      break;

    case PROP_SKILLS:
      g_value_set_string (value, self->skills);
      break;

    case PROP_ATTITUDES:
      g_value_set_string (value, self->attitudes);
      break;

    case PROP_EXPECTED_CHANGE:
      g_value_set_string (value, self->expected_change);
      break;

    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_training_objective_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EmbTrainingObjective *self = EMB_TRAINING_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      emb_training_objective_set_title (self, g_value_get_string (value));
      break;

    case PROP_KNOWLEDGE:
      emb_training_objective_set_knowledge (self, g_value_get_string (value));
      break;

    case PROP_SKILLS:
      emb_training_objective_set_skills (self, g_value_get_string (value));
      break;

    case PROP_ATTITUDES:
      emb_training_objective_set_attitudes (self, g_value_get_string (value));
      break;

    case PROP_EXPECTED_CHANGE:
      emb_training_objective_set_expected_change (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_ON:
      emb_training_objective_set_review_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_training_objective_class_init (EmbTrainingObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_training_objective_finalize;
  object_class->get_property = emb_training_objective_get_property;
  object_class->set_property = emb_training_objective_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KNOWLEDGE] =
    g_param_spec_string ("knowledge", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SKILLS] =
    g_param_spec_string ("skills", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ATTITUDES] =
    g_param_spec_string ("attitudes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXPECTED_CHANGE] =
    g_param_spec_string ("expected-change", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVIEW_ON] =
    g_param_spec_string ("review-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_training_objective_init (EmbTrainingObjective *self)
{
}

EmbTrainingObjective *
emb_training_objective_new (void)
{
  return g_object_new (EMB_TYPE_TRAINING_OBJECTIVE, NULL);
}

const char *
emb_training_objective_get_title (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->title;
}

void
emb_training_objective_set_title (EmbTrainingObjective *self,
                                  const char           *title)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
emb_training_objective_get_knowledge (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->knowledge;
}

void
emb_training_objective_set_knowledge (EmbTrainingObjective *self,
                                      const char           *knowledge)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->knowledge, knowledge))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE]);
}

const char *
emb_training_objective_get_skills (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->skills;
}

void
emb_training_objective_set_skills (EmbTrainingObjective *self,
                                   const char           *skills)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->skills, skills))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKILLS]);
}

const char *
emb_training_objective_get_attitudes (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->attitudes;
}

void
emb_training_objective_set_attitudes (EmbTrainingObjective *self,
                                      const char           *attitudes)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->attitudes, attitudes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTITUDES]);
}

const char *
emb_training_objective_get_expected_change (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->expected_change;
}

void
emb_training_objective_set_expected_change (EmbTrainingObjective *self,
                                            const char           *expected_change)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->expected_change, expected_change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTED_CHANGE]);
}

const char *
emb_training_objective_get_review_on (EmbTrainingObjective *self)
{
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (self), NULL);

  return self->review_on;
}

void
emb_training_objective_set_review_on (EmbTrainingObjective *self,
                                      const char           *review_on)
{
  g_return_if_fail (EMB_IS_TRAINING_OBJECTIVE (self));

  if (_emb_set_string (&self->review_on, review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ON]);
}
