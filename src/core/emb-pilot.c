/* emb-pilot.c: an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-record-private.h"
#include "emb-pilot.h"

/**
 * EmbPilot:
 *
 * An autonomy pilot: a principle and its guardrails, tried department by department.
 */
struct _EmbPilot
{
  EmbRecord parent_instance;

  char     *name;
  char     *principle;
  gint64    spending_ceiling;
  char     *currency;
  char     *allowed_decisions;
  char     *escalation_rule;
};

G_DEFINE_FINAL_TYPE (EmbPilot, emb_pilot, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PRINCIPLE,
  PROP_SPENDING_CEILING,
  PROP_CURRENCY,
  PROP_ALLOWED_DECISIONS,
  PROP_ESCALATION_RULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_pilot_finalize (GObject *object)
{
  EmbPilot *self = (EmbPilot *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->principle, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->allowed_decisions, g_free);
  g_clear_pointer (&self->escalation_rule, g_free);

  G_OBJECT_CLASS (emb_pilot_parent_class)->finalize (object);
}

static void
emb_pilot_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EmbPilot *self = EMB_PILOT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PRINCIPLE:
      g_value_set_string (value, self->principle);
      break;

    case PROP_SPENDING_CEILING:
      g_value_set_int64 (value, self->spending_ceiling);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_ALLOWED_DECISIONS:
      g_value_set_string (value, self->allowed_decisions);
      break;

    case PROP_ESCALATION_RULE:
      g_value_set_string (value, self->escalation_rule);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pilot_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EmbPilot *self = EMB_PILOT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      emb_pilot_set_name (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLE:
      emb_pilot_set_principle (self, g_value_get_string (value));
      break;

    case PROP_SPENDING_CEILING:
      emb_pilot_set_spending_ceiling (self, g_value_get_int64 (value));
      break;

    case PROP_CURRENCY:
      emb_pilot_set_currency (self, g_value_get_string (value));
      break;

    case PROP_ALLOWED_DECISIONS:
      emb_pilot_set_allowed_decisions (self, g_value_get_string (value));
      break;

    case PROP_ESCALATION_RULE:
      emb_pilot_set_escalation_rule (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pilot_class_init (EmbPilotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_pilot_finalize;
  object_class->get_property = emb_pilot_get_property;
  object_class->set_property = emb_pilot_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRINCIPLE] =
    g_param_spec_string ("principle", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SPENDING_CEILING] =
    g_param_spec_int64 ("spending-ceiling", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALLOWED_DECISIONS] =
    g_param_spec_string ("allowed-decisions", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ESCALATION_RULE] =
    g_param_spec_string ("escalation-rule", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_pilot_init (EmbPilot *self)
{
  /* The principle of the articles, until the programme words its own. */
  self->principle = g_strdup (_("Decide yourself, but always to the customer’s benefit."));
  self->currency = g_strdup ("EUR");
}

EmbPilot *
emb_pilot_new (void)
{
  return g_object_new (EMB_TYPE_PILOT, NULL);
}

const char *
emb_pilot_get_name (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->name;
}

void
emb_pilot_set_name (EmbPilot    *self,
                    const char  *name)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_pilot_get_principle (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->principle;
}

void
emb_pilot_set_principle (EmbPilot    *self,
                         const char  *principle)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->principle, principle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}

gint64
emb_pilot_get_spending_ceiling (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), 0);

  return self->spending_ceiling;
}

void
emb_pilot_set_spending_ceiling (EmbPilot *self,
                                gint64    spending_ceiling)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (self->spending_ceiling == spending_ceiling)
    return;
  self->spending_ceiling = spending_ceiling;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPENDING_CEILING]);
}

const char *
emb_pilot_get_currency (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->currency;
}

void
emb_pilot_set_currency (EmbPilot    *self,
                        const char  *currency)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

const char *
emb_pilot_get_allowed_decisions (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->allowed_decisions;
}

void
emb_pilot_set_allowed_decisions (EmbPilot    *self,
                                 const char  *allowed_decisions)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->allowed_decisions, allowed_decisions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOWED_DECISIONS]);
}

const char *
emb_pilot_get_escalation_rule (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->escalation_rule;
}

void
emb_pilot_set_escalation_rule (EmbPilot    *self,
                               const char  *escalation_rule)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->escalation_rule, escalation_rule))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESCALATION_RULE]);
}
