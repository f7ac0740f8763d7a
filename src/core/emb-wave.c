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

static const gsize fields[N_PROPS] = {
  [PROP_PILOT_ID] = G_STRUCT_OFFSET (EmbWave, pilot_id),
  [PROP_DEPARTMENT_ID] = G_STRUCT_OFFSET (EmbWave, department_id),
  [PROP_POSITION] = G_STRUCT_OFFSET (EmbWave, position),
  [PROP_STARTS_ON] = G_STRUCT_OFFSET (EmbWave, starts_on),
  [PROP_ENDS_ON] = G_STRUCT_OFFSET (EmbWave, ends_on),
  [PROP_STATUS] = G_STRUCT_OFFSET (EmbWave, status),
  [PROP_EVALUATION_NOTE] = G_STRUCT_OFFSET (EmbWave, evaluation_note),
};

static void
emb_wave_class_init (EmbWaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_PILOT_ID] = _emb_param_id ("pilot-id");
  properties[PROP_DEPARTMENT_ID] = _emb_param_id ("department-id");
  properties[PROP_POSITION] = _emb_param_int ("position", G_MININT, G_MAXINT, 0);
  properties[PROP_STARTS_ON] = _emb_param_string ("starts-on");
  properties[PROP_ENDS_ON] = _emb_param_string ("ends-on");
  properties[PROP_STATUS] =
    _emb_param_enum ("status", EMB_TYPE_WAVE_STATUS, EMB_WAVE_STATUS_PLANNED);
  properties[PROP_EVALUATION_NOTE] = _emb_param_string ("evaluation-note");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
