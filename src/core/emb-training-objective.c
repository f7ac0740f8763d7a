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

static const gsize fields[N_PROPS] = {
  [PROP_TITLE] = G_STRUCT_OFFSET (EmbTrainingObjective, title),
  [PROP_KNOWLEDGE] = G_STRUCT_OFFSET (EmbTrainingObjective, knowledge),
  [PROP_SKILLS] = G_STRUCT_OFFSET (EmbTrainingObjective, skills),
  [PROP_ATTITUDES] = G_STRUCT_OFFSET (EmbTrainingObjective, attitudes),
  [PROP_EXPECTED_CHANGE] = G_STRUCT_OFFSET (EmbTrainingObjective, expected_change),
  [PROP_REVIEW_ON] = G_STRUCT_OFFSET (EmbTrainingObjective, review_on),
};

static void
emb_training_objective_class_init (EmbTrainingObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_TITLE] = _emb_param_string ("title");
  properties[PROP_KNOWLEDGE] = _emb_param_string ("knowledge");
  properties[PROP_SKILLS] = _emb_param_string ("skills");
  properties[PROP_ATTITUDES] = _emb_param_string ("attitudes");
  properties[PROP_EXPECTED_CHANGE] = _emb_param_string ("expected-change");
  properties[PROP_REVIEW_ON] = _emb_param_string ("review-on");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
