/* emb-consistency-audit.c: a consistency audit of one department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-consistency-audit"

#include "config.h"

#include "emb-record-private.h"
#include "emb-consistency-audit.h"

/**
 * EmbConsistencyAudit:
 *
 * A consistency audit of one department: how customer-centric it declares
 * itself, how customer-centric its behaviours are and how far its resources
 * allow it to be, each scored 0 to 100. The read-only #EmbConsistencyAudit:gap
 * is emb_consistency_audit_get_gap().
 */
struct _EmbConsistencyAudit
{
  EmbRecord parent_instance;

  gint64    department_id;
  char     *audited_on;
  int       declarations;
  int       behaviours;
  int       resources;
  char     *note;
};

G_DEFINE_FINAL_TYPE (EmbConsistencyAudit, emb_consistency_audit, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DEPARTMENT_ID,
  PROP_AUDITED_ON,
  PROP_DECLARATIONS,
  PROP_BEHAVIOURS,
  PROP_RESOURCES,
  PROP_NOTE,
  PROP_GAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_consistency_audit_finalize (GObject *object)
{
  EmbConsistencyAudit *self = (EmbConsistencyAudit *)object;

  g_clear_pointer (&self->audited_on, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (emb_consistency_audit_parent_class)->finalize (object);
}

static void
emb_consistency_audit_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EmbConsistencyAudit *self = EMB_CONSISTENCY_AUDIT (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;

    case PROP_AUDITED_ON:
      g_value_set_string (value, self->audited_on);
      break;

    case PROP_DECLARATIONS:
      g_value_set_int (value, self->declarations);
      break;

    case PROP_BEHAVIOURS:
      g_value_set_int (value, self->behaviours);
      break;

    case PROP_RESOURCES:
      g_value_set_int (value, self->resources);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_GAP:
      g_value_set_int (value, emb_consistency_audit_get_gap (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_consistency_audit_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EmbConsistencyAudit *self = EMB_CONSISTENCY_AUDIT (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      emb_consistency_audit_set_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_AUDITED_ON:
      emb_consistency_audit_set_audited_on (self, g_value_get_string (value));
      break;

    case PROP_DECLARATIONS:
      emb_consistency_audit_set_declarations (self, g_value_get_int (value));
      break;

    case PROP_BEHAVIOURS:
      emb_consistency_audit_set_behaviours (self, g_value_get_int (value));
      break;

    case PROP_RESOURCES:
      emb_consistency_audit_set_resources (self, g_value_get_int (value));
      break;

    case PROP_NOTE:
      emb_consistency_audit_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_consistency_audit_class_init (EmbConsistencyAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_consistency_audit_finalize;
  object_class->get_property = emb_consistency_audit_get_property;
  object_class->set_property = emb_consistency_audit_set_property;

  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUDITED_ON] =
    g_param_spec_string ("audited-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECLARATIONS] =
    g_param_spec_int ("declarations", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BEHAVIOURS] =
    g_param_spec_int ("behaviours", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESOURCES] =
    g_param_spec_int ("resources", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GAP] =
    g_param_spec_int ("gap", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_consistency_audit_init (EmbConsistencyAudit *self)
{
}

EmbConsistencyAudit *
emb_consistency_audit_new (void)
{
  return g_object_new (EMB_TYPE_CONSISTENCY_AUDIT, NULL);
}

gint64
emb_consistency_audit_get_department_id (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), 0);

  return self->department_id;
}

void
emb_consistency_audit_set_department_id (EmbConsistencyAudit *self,
                                         gint64               department_id)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

const char *
emb_consistency_audit_get_audited_on (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), NULL);

  return self->audited_on;
}

void
emb_consistency_audit_set_audited_on (EmbConsistencyAudit *self,
                                      const char          *audited_on)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (_emb_set_string (&self->audited_on, audited_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDITED_ON]);
}

int
emb_consistency_audit_get_declarations (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), 0);

  return self->declarations;
}

void
emb_consistency_audit_set_declarations (EmbConsistencyAudit *self,
                                        int                  declarations)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (self->declarations == declarations)
    return;
  self->declarations = declarations;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECLARATIONS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP]);
}

int
emb_consistency_audit_get_behaviours (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), 0);

  return self->behaviours;
}

void
emb_consistency_audit_set_behaviours (EmbConsistencyAudit *self,
                                      int                  behaviours)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (self->behaviours == behaviours)
    return;
  self->behaviours = behaviours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEHAVIOURS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP]);
}

int
emb_consistency_audit_get_resources (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), 0);

  return self->resources;
}

void
emb_consistency_audit_set_resources (EmbConsistencyAudit *self,
                                     int                  resources)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (self->resources == resources)
    return;
  self->resources = resources;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOURCES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP]);
}

const char *
emb_consistency_audit_get_note (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), NULL);

  return self->note;
}

void
emb_consistency_audit_set_note (EmbConsistencyAudit *self,
                                const char          *note)
{
  g_return_if_fail (EMB_IS_CONSISTENCY_AUDIT (self));

  if (_emb_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * emb_consistency_audit_get_gap:
 *
 * The consistency gap: how far declared customer-centricity runs ahead of
 * what the department can deliver, which is limited by the weaker of its
 * behaviours and its resources:
 *
 *   gap = declarations − min (behaviours, resources)
 *
 * A positive gap (up to 100) means promises outrun practice; 0 means they
 * match; a negative gap means the department does more than it claims.
 *
 * Returns: the gap, from −100 to 100 for valid scores
 */
int
emb_consistency_audit_get_gap (EmbConsistencyAudit *self)
{
  g_return_val_if_fail (EMB_IS_CONSISTENCY_AUDIT (self), 0);

  return self->declarations - MIN (self->behaviours, self->resources);
}
