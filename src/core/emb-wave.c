/* emb-wave.c: one department's wave of an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-wave"

#include "config.h"

#include "emb-record-private.h"
#include "emb-wave.h"

/**
 * EmbWave:
 *
 * One department's wave of an autonomy pilot.
 */
struct _EmbWave
{
  EmbRecord parent_instance;

  gint64        pilot_id;
  gint64        department_id;
  int           position;
  char         *starts_on;
  char         *ends_on;
  EmbWaveStatus status;
  char         *evaluation_note;
};

G_DEFINE_FINAL_TYPE (EmbWave, emb_wave, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PILOT_ID,
  PROP_DEPARTMENT_ID,
  PROP_POSITION,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_STATUS,
  PROP_EVALUATION_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_wave_finalize (GObject *object)
{
  EmbWave *self = (EmbWave *)object;

  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->evaluation_note, g_free);

  G_OBJECT_CLASS (emb_wave_parent_class)->finalize (object);
}

static void
emb_wave_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  EmbWave *self = EMB_WAVE (object);

  switch (prop_id)
    {
    case PROP_PILOT_ID:
      g_value_set_int64 (value, self->pilot_id);
      break;

    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_STARTS_ON:
      g_value_set_string (value, self->starts_on);
      break;

    case PROP_ENDS_ON:
      g_value_set_string (value, self->ends_on);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_EVALUATION_NOTE:
      g_value_set_string (value, self->evaluation_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  EmbWave *self = EMB_WAVE (object);

  switch (prop_id)
    {
    case PROP_PILOT_ID:
      emb_wave_set_pilot_id (self, g_value_get_int64 (value));
      break;

    case PROP_DEPARTMENT_ID:
      emb_wave_set_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      emb_wave_set_position (self, g_value_get_int (value));
      break;

    case PROP_STARTS_ON:
      emb_wave_set_starts_on (self, g_value_get_string (value));
      break;

    case PROP_ENDS_ON:
      emb_wave_set_ends_on (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      emb_wave_set_status (self, g_value_get_enum (value));
      break;

    case PROP_EVALUATION_NOTE:
      emb_wave_set_evaluation_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_class_init (EmbWaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_wave_finalize;
  object_class->get_property = emb_wave_get_property;
  object_class->set_property = emb_wave_set_property;

  properties[PROP_PILOT_ID] =
    g_param_spec_int64 ("pilot-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STARTS_ON] =
    g_param_spec_string ("starts-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       EMB_TYPE_WAVE_STATUS, EMB_WAVE_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EVALUATION_NOTE] =
    g_param_spec_string ("evaluation-note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_wave_init (EmbWave *self)
{
  self->status = EMB_WAVE_STATUS_PLANNED;
}

EmbWave *
emb_wave_new (void)
{
  return g_object_new (EMB_TYPE_WAVE, NULL);
}

gint64
emb_wave_get_pilot_id (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), 0);

  return self->pilot_id;
}

void
emb_wave_set_pilot_id (EmbWave *self,
                       gint64   pilot_id)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (self->pilot_id == pilot_id)
    return;
  self->pilot_id = pilot_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILOT_ID]);
}

gint64
emb_wave_get_department_id (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), 0);

  return self->department_id;
}

void
emb_wave_set_department_id (EmbWave *self,
                            gint64   department_id)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

int
emb_wave_get_position (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), 0);

  return self->position;
}

void
emb_wave_set_position (EmbWave *self,
                       int      position)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
emb_wave_get_starts_on (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), NULL);

  return self->starts_on;
}

void
emb_wave_set_starts_on (EmbWave     *self,
                        const char  *starts_on)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (_emb_set_string (&self->starts_on, starts_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
emb_wave_get_ends_on (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), NULL);

  return self->ends_on;
}

void
emb_wave_set_ends_on (EmbWave     *self,
                      const char  *ends_on)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (_emb_set_string (&self->ends_on, ends_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

EmbWaveStatus
emb_wave_get_status (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), 0);

  return self->status;
}

void
emb_wave_set_status (EmbWave      *self,
                     EmbWaveStatus status)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
emb_wave_get_evaluation_note (EmbWave *self)
{
  g_return_val_if_fail (EMB_IS_WAVE (self), NULL);

  return self->evaluation_note;
}

void
emb_wave_set_evaluation_note (EmbWave     *self,
                              const char  *evaluation_note)
{
  g_return_if_fail (EMB_IS_WAVE (self));

  if (_emb_set_string (&self->evaluation_note, evaluation_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION_NOTE]);
}
