/* emb-maturity-assessment.c: a CX maturity self-assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-maturity-assessment"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-record-private.h"
#include "emb-maturity-assessment.h"

/**
 * EmbMaturityAssessment:
 *
 * A CX maturity self-assessment: the nine areas scored 1 to 5, each with
 * an optional note. The scores are not properties: views read them with
 * emb_maturity_assessment_get_score() and the store saves them together.
 */
struct _EmbMaturityAssessment
{
  EmbRecord parent_instance;

  char     *assessed_on;
  int       scores[EMB_N_MATURITY_AREAS];   /* 0: not scored */
  char     *notes[EMB_N_MATURITY_AREAS];
};

G_DEFINE_FINAL_TYPE (EmbMaturityAssessment, emb_maturity_assessment, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ASSESSED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_ASSESSED_ON] = G_STRUCT_OFFSET (EmbMaturityAssessment, assessed_on),
};

static void
emb_maturity_assessment_finalize (GObject *object)
{
  EmbMaturityAssessment *self = (EmbMaturityAssessment *)object;

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    g_clear_pointer (&self->notes[i], g_free);

  G_OBJECT_CLASS (emb_maturity_assessment_parent_class)->finalize (object);
}

static void
emb_maturity_assessment_class_init (EmbMaturityAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_maturity_assessment_finalize;

  properties[PROP_ASSESSED_ON] = _emb_param_string ("assessed-on");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_maturity_assessment_init (EmbMaturityAssessment *self)
{
}

EmbMaturityAssessment *
emb_maturity_assessment_new (void)
{
  return g_object_new (EMB_TYPE_MATURITY_ASSESSMENT, NULL);
}

const char *
emb_maturity_assessment_get_assessed_on (EmbMaturityAssessment *self)
{
  g_return_val_if_fail (EMB_IS_MATURITY_ASSESSMENT (self), NULL);

  return self->assessed_on;
}

void
emb_maturity_assessment_set_assessed_on (EmbMaturityAssessment *self,
                                         const char            *assessed_on)
{
  g_return_if_fail (EMB_IS_MATURITY_ASSESSMENT (self));

  if (_emb_set_string (&self->assessed_on, assessed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSED_ON]);
}

/**
 * emb_maturity_assessment_get_score:
 *
 * Returns: the score of @area, 1 to 5, or 0 when it is not scored
 */
int
emb_maturity_assessment_get_score (EmbMaturityAssessment *self,
                                   EmbMaturityArea        area)
{
  g_return_val_if_fail (EMB_IS_MATURITY_ASSESSMENT (self), 0);
  g_return_val_if_fail (area < EMB_N_MATURITY_AREAS, 0);

  return self->scores[area];
}

/**
 * emb_maturity_assessment_set_score:
 * @score: 1 to 5, or 0 for “not scored”; the store refuses anything else
 */
void
emb_maturity_assessment_set_score (EmbMaturityAssessment *self,
                                   EmbMaturityArea        area,
                                   int                    score)
{
  g_return_if_fail (EMB_IS_MATURITY_ASSESSMENT (self));
  g_return_if_fail (area < EMB_N_MATURITY_AREAS);

  self->scores[area] = score;
}

/**
 * emb_maturity_assessment_get_note:
 *
 * Returns: (nullable): the note on @area
 */
const char *
emb_maturity_assessment_get_note (EmbMaturityAssessment *self,
                                  EmbMaturityArea        area)
{
  g_return_val_if_fail (EMB_IS_MATURITY_ASSESSMENT (self), NULL);
  g_return_val_if_fail (area < EMB_N_MATURITY_AREAS, NULL);

  return self->notes[area];
}

void
emb_maturity_assessment_set_note (EmbMaturityAssessment *self,
                                  EmbMaturityArea        area,
                                  const char            *note)
{
  g_return_if_fail (EMB_IS_MATURITY_ASSESSMENT (self));
  g_return_if_fail (area < EMB_N_MATURITY_AREAS);

  _emb_set_string (&self->notes[area], note);
}

/**
 * emb_maturity_assessment_get_mean:
 *
 * Returns: the mean score of the scored areas, or 0 when none is scored
 */
double
emb_maturity_assessment_get_mean (EmbMaturityAssessment *self)
{
  int sum = 0;
  int n = 0;

  g_return_val_if_fail (EMB_IS_MATURITY_ASSESSMENT (self), 0);

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    if (self->scores[i] > 0)
      {
        sum += self->scores[i];
        n++;
      }
  return n > 0 ? (double)sum / n : 0;
}

/**
 * emb_maturity_area_get_label:
 *
 * Returns: the translated name of @area, for a person to read
 */
const char *
emb_maturity_area_get_label (EmbMaturityArea area)
{
  switch (area)
    {
    case EMB_MATURITY_AREA_CULTURE:
      return _("Culture");
    case EMB_MATURITY_AREA_EMPLOYEE_EXPERIENCE:
      return _("Employee experience");
    case EMB_MATURITY_AREA_LISTENING:
      return _("Listening to customers");
    case EMB_MATURITY_AREA_UNDERSTANDING:
      return _("Understanding customers");
    case EMB_MATURITY_AREA_ACTING:
      return _("Acting on customers");
    case EMB_MATURITY_AREA_TECHNOLOGY:
      return _("Technology & tools");
    case EMB_MATURITY_AREA_STRATEGY:
      return _("CX strategy");
    case EMB_MATURITY_AREA_JOURNEY_MAPPING:
      return _("Journey mapping");
    case EMB_MATURITY_AREA_LEADERSHIP:
      return _("Leadership engagement");
    default:
      g_return_val_if_reached (NULL);
    }
}
