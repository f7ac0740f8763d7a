/* emb-promise-row.c: a promise in the list of the Brand Promises page
 *
 * The statement, the status as a coloured badge (a draft in the warning
 * colour, a promise in force in the success colour, or the accent colour
 * while a new draft is in progress, a retired one dimmed) and how many
 * touchpoints it is kept at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promise-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-promise-row.h"

struct _EmbPromiseRow
{
  GtkListBoxRow  parent_instance;

  EmbPromise    *promise;

  GtkLabel      *statement_label;
  GtkLabel      *status_label;
  GtkLabel      *touchpoints_label;
};

G_DEFINE_FINAL_TYPE (EmbPromiseRow, emb_promise_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
status_style (EmbPromise *promise)
{
  switch (emb_promise_get_status (promise))
    {
    case EMB_PROMISE_STATUS_DRAFT:
      return "warning";

    case EMB_PROMISE_STATUS_PUBLISHED:
      return emb_promise_get_draft_version_id (promise) != 0 ? "accent" : "success";

    case EMB_PROMISE_STATUS_RETIRED:
    default:
      return "dim-label";
    }
}

static void
emb_promise_row_dispose (GObject *object)
{
  EmbPromiseRow *self = (EmbPromiseRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PROMISE_ROW);
  g_clear_object (&self->promise);

  G_OBJECT_CLASS (emb_promise_row_parent_class)->dispose (object);
}

static void
emb_promise_row_class_init (EmbPromiseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_promise_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/promises/emb-promise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseRow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseRow, touchpoints_label);
}

static void
emb_promise_row_init (EmbPromiseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_promise_row_new:
 * @promise: the promise shown
 * @status: its status in words
 * @n_touchpoints: how many touchpoints its working version names
 *
 * Returns: (transfer floating): a row showing @promise
 */
GtkWidget *
emb_promise_row_new (EmbPromise *promise,
                     const char *status,
                     guint       n_touchpoints)
{
  EmbPromiseRow *self;
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (EMB_IS_PROMISE (promise), NULL);
  g_return_val_if_fail (status != NULL, NULL);

  self = g_object_new (EMB_TYPE_PROMISE_ROW, NULL);
  self->promise = g_object_ref (promise);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint", "%u touchpoints",
                                        n_touchpoints),
                           n_touchpoints);
  gtk_label_set_text (self->statement_label, emb_promise_get_statement (promise) ?: "");
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_style (promise));
  gtk_label_set_text (self->touchpoints_label, count);

  accessible = g_strdup_printf ("%s — %s, %s", emb_promise_get_statement (promise), status, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return GTK_WIDGET (self);
}

/**
 * emb_promise_row_get_promise:
 *
 * Returns: (transfer none): the promise shown
 */
EmbPromise *
emb_promise_row_get_promise (EmbPromiseRow *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_ROW (self), NULL);

  return self->promise;
}
