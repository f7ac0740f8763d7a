/* emb-promises-util.c: what the Brand Promises page says about a promise
 *
 * Shared by the list rows and the editor: the steps of the workflow open to
 * a promise, the number of its version in force, the touchpoints of the
 * version being worked on, its status in words, and dates as people read
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promises-util"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-promise-store.h"
#include "emb-promises-util.h"

/**
 * emb_promises_get_steps:
 * @promise: (nullable): the promise in the editor (id 0 while new), or
 *   %NULL for none
 * @steps: (out caller-allocates): the steps open to it
 */
void
emb_promises_get_steps (EmbPromise      *promise,
                        EmbPromiseSteps *steps)
{
  gint64 id = promise != NULL ? emb_record_get_id (EMB_RECORD (promise)) : 0;
  EmbPromiseStatus status = promise != NULL ? emb_promise_get_status (promise)
                                            : EMB_PROMISE_STATUS_DRAFT;
  gboolean has_draft = promise != NULL && emb_promise_get_draft_version_id (promise) != 0;

  g_return_if_fail (steps != NULL);

  steps->can_save = promise != NULL && status != EMB_PROMISE_STATUS_RETIRED;
  steps->can_publish = id != 0 && has_draft;
  steps->can_discard = id != 0 && status == EMB_PROMISE_STATUS_PUBLISHED && has_draft;
  steps->can_retire = id != 0 && status == EMB_PROMISE_STATUS_PUBLISHED;
  /* Only a promise never published: staff may have acknowledged it. */
  steps->can_delete = id != 0 && status == EMB_PROMISE_STATUS_DRAFT
                      && emb_promise_get_published_version_id (promise) == 0;
}

/**
 * emb_promises_in_force_number:
 *
 * Returns: the number of the version in force, or 0
 */
int
emb_promises_in_force_number (EmbDatabase *db,
                              EmbPromise  *promise)
{
  gint64 version_id = emb_promise_get_published_version_id (promise);
  g_autoptr(EmbPromiseVersion) version = NULL;

  if (version_id == 0)
    return 0;
  version = emb_promise_store_get_version (db, version_id, NULL);
  return version != NULL ? emb_promise_version_get_number (version) : 0;
}

/**
 * emb_promises_working_touchpoints:
 *
 * Returns: (transfer full): the ids (gint64) of the touchpoints of the
 *   working version: the draft, else the one in force, else (retired) the
 *   last one
 */
GArray *
emb_promises_working_touchpoints (EmbDatabase *db,
                                  EmbPromise  *promise)
{
  gint64 version_id = emb_promise_get_draft_version_id (promise);

  if (version_id == 0)
    version_id = emb_promise_get_published_version_id (promise);
  if (version_id == 0 && emb_record_get_id (EMB_RECORD (promise)) != 0)
    {
      /* A retired promise: its last version */
      g_autoptr(GListModel) versions = emb_promise_store_list_versions (db,
                                                                        emb_record_get_id (EMB_RECORD (promise)));
      g_autoptr(EmbPromiseVersion) newest = g_list_model_get_n_items (versions) > 0
                                            ? g_list_model_get_item (versions, 0) : NULL;

      if (newest != NULL)
        version_id = emb_record_get_id (EMB_RECORD (newest));
    }
  if (version_id == 0)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return emb_promise_store_get_touchpoints (db, version_id);
}

/**
 * emb_promises_status_text:
 *
 * Returns: (transfer full): the status of @promise, as a list row says it
 */
char *
emb_promises_status_text (EmbDatabase *db,
                          EmbPromise  *promise)
{
  switch (emb_promise_get_status (promise))
    {
    case EMB_PROMISE_STATUS_DRAFT:
      return g_strdup (_("Draft"));

    case EMB_PROMISE_STATUS_PUBLISHED:
      if (emb_promise_get_draft_version_id (promise) != 0)
        /* Translators: the status of a promise, e.g. "Published v2 — draft v3 in progress" */
        return g_strdup_printf (_("Published v%d — draft v%d in progress"),
                                emb_promises_in_force_number (db, promise),
                                emb_promise_get_version_number (promise));
      /* Translators: the status of a promise, e.g. "Published v2" */
      return g_strdup_printf (_("Published v%d"), emb_promise_get_version_number (promise));

    case EMB_PROMISE_STATUS_RETIRED:
    default:
      return g_strdup (_("Retired"));
    }
}

/**
 * emb_promises_format_date:
 * @timestamp: (nullable): an ISO 8601 timestamp
 *
 * Returns: (transfer full) (nullable): the local date, as "3 March 2026"
 */
char *
emb_promises_format_date (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;
  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp);
  local = g_date_time_to_local (utc);
  /* Translators: a date, see g_date_time_format(): "3 March 2026" */
  return g_date_time_format (local, _("%-d %B %Y"));
}
