/* emb-staff-draft.c: what a staff dialog holds, kept while it is typed
 *
 * A person who is called away mid-sentence, or signed out for being idle,
 * finds what they typed when they open the dialog again. The fields are
 * kept as a GVariant dictionary through the session's drafts, which belong
 * to the signed-in person alone: half a second after
 * the last change, and at once when the dialog goes away. Once the dialog's
 * work is stored, its draft is discarded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-draft"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-draft.h"

#define SAVE_DELAY_MS 500

struct _EmbStaffDraft
{
  GObject               parent_instance;

  EmbStaffSession      *session;
  char                 *name;
  GtkWidget            *owner;      /* weak: the owner holds us */
  EmbStaffDraftCollect  collect;
  guint                 save_id;
  gboolean              discarded;
};

G_DEFINE_FINAL_TYPE (EmbStaffDraft, emb_staff_draft, G_TYPE_OBJECT)

/**
 * emb_staff_draft_save:
 *
 * Keeps what the dialog holds now (unless the draft was discarded).
 */
void
emb_staff_draft_save (EmbStaffDraft *self)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (EMB_IS_STAFF_DRAFT (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->discarded || self->owner == NULL || !emb_staff_session_is_signed_in (self->session))
    return;

  self->collect (self->owner, &dict);
  if (!emb_staff_session_set_draft (self->session, self->name, g_variant_dict_end (&dict), &error))
    g_warning ("Cannot keep the draft: %s", error->message);
}

static gboolean
save_cb (gpointer user_data)
{
  EmbStaffDraft *self = user_data;

  self->save_id = 0;
  emb_staff_draft_save (self);
  return G_SOURCE_REMOVE;
}

/**
 * emb_staff_draft_changed:
 *
 * A field changed: the draft is kept shortly, once for many changes.
 */
void
emb_staff_draft_changed (EmbStaffDraft *self)
{
  g_return_if_fail (EMB_IS_STAFF_DRAFT (self));

  self->discarded = FALSE;
  if (self->save_id == 0)
    self->save_id = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

/**
 * emb_staff_draft_load:
 *
 * Returns: (transfer full) (nullable): the fields kept last time, or %NULL
 *   when there are none
 */
GVariantDict *
emb_staff_draft_load (EmbStaffDraft *self)
{
  g_autoptr(GVariant) fields = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_DRAFT (self), NULL);

  fields = emb_staff_session_get_draft (self->session, self->name);
  return fields != NULL ? g_variant_dict_new (fields) : NULL;
}

/**
 * emb_staff_draft_discard:
 *
 * Forgets the draft: the dialog's work is done.
 */
void
emb_staff_draft_discard (EmbStaffDraft *self)
{
  g_return_if_fail (EMB_IS_STAFF_DRAFT (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->discarded = TRUE;
  if (emb_staff_session_is_signed_in (self->session))
    emb_staff_session_clear_draft (self->session, self->name, NULL);
}

/**
 * emb_staff_draft_new:
 * @session: the signed-in person
 * @name: which form, such as %EMB_STAFF_FORM_NOMINATION
 * @owner: the dialog whose fields are kept
 * @collect: reads them
 */
EmbStaffDraft *
emb_staff_draft_new (EmbStaffSession      *session,
                     const char           *name,
                     GtkWidget            *owner,
                     EmbStaffDraftCollect  collect)
{
  EmbStaffDraft *self;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (session), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (collect != NULL, NULL);

  self = g_object_new (EMB_TYPE_STAFF_DRAFT, NULL);
  self->session = g_object_ref (session);
  self->name = g_strdup (name);
  g_set_weak_pointer (&self->owner, owner);
  self->collect = collect;
  return self;
}

static void
emb_staff_draft_dispose (GObject *object)
{
  EmbStaffDraft *self = (EmbStaffDraft *)object;

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_weak_pointer (&self->owner);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (emb_staff_draft_parent_class)->dispose (object);
}

static void
emb_staff_draft_finalize (GObject *object)
{
  EmbStaffDraft *self = (EmbStaffDraft *)object;

  g_free (self->name);

  G_OBJECT_CLASS (emb_staff_draft_parent_class)->finalize (object);
}

static void
emb_staff_draft_class_init (EmbStaffDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_staff_draft_dispose;
  object_class->finalize = emb_staff_draft_finalize;
}

static void
emb_staff_draft_init (EmbStaffDraft *self)
{
}
