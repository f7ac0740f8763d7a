/* emb-announcement-row.c: an announcement in the list of the Announcements page
 *
 * The title; whether it is a draft (in the warning colour) or since when it
 * is published (in the success colour), or published for information only
 * (dimmed); a screen when the kiosk shows it; and whom it addresses, in a
 * few words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-announcement-row.h"
#include "emb-format.h"

struct _EmbAnnouncementRow
{
  GtkListBoxRow    parent_instance;

  EmbAnnouncement *announcement;

  GtkLabel        *title_label;
  GtkLabel        *state_label;
  GtkWidget       *kiosk_icon;
  GtkLabel        *audience_label;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementRow, emb_announcement_row, GTK_TYPE_LIST_BOX_ROW)

static void
emb_announcement_row_dispose (GObject *object)
{
  EmbAnnouncementRow *self = (EmbAnnouncementRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ANNOUNCEMENT_ROW);
  g_clear_object (&self->announcement);

  G_OBJECT_CLASS (emb_announcement_row_parent_class)->dispose (object);
}

static void
emb_announcement_row_class_init (EmbAnnouncementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_announcement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementRow, kiosk_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementRow, audience_label);
}

static void
emb_announcement_row_init (EmbAnnouncementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_announcement_row_new:
 * @announcement: the announcement shown
 * @audience: whom it addresses, in a few words
 *
 * Returns: (transfer floating): a row showing @announcement
 */
GtkWidget *
emb_announcement_row_new (EmbAnnouncement *announcement,
                          const char      *audience)
{
  EmbAnnouncementRow *self;
  g_autofree char *day = NULL;
  g_autofree char *state = NULL;
  g_autofree char *accessible = NULL;
  const char *style;
  gboolean on_kiosk;

  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (announcement), NULL);
  g_return_val_if_fail (audience != NULL, NULL);

  self = g_object_new (EMB_TYPE_ANNOUNCEMENT_ROW, NULL);
  self->announcement = g_object_ref (announcement);

  day = emb_format_day (emb_announcement_get_published_at (announcement));
  if (day == NULL)
    {
      state = g_strdup (_("Draft"));
      style = "warning";
    }
  else
    {
      /* Translators: the state of an announcement in the list: "Published 3 March 2026" */
      state = g_strdup_printf (_("Published %s"), day);
      style = emb_announcement_get_needs_ack (announcement) ? "success" : "dim-label";
    }
  on_kiosk = emb_announcement_get_on_kiosk (announcement);

  gtk_label_set_text (self->title_label, emb_announcement_get_title (announcement));
  gtk_label_set_text (self->state_label, state);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), style);
  gtk_widget_set_visible (self->kiosk_icon, on_kiosk);
  gtk_label_set_text (self->audience_label, audience);

  accessible = g_strdup_printf ("%s — %s%s%s, %s", emb_announcement_get_title (announcement), state,
                                on_kiosk ? ", " : "", on_kiosk ? _("Shown on the kiosk") : "",
                                audience);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return GTK_WIDGET (self);
}

/**
 * emb_announcement_row_get_announcement:
 *
 * Returns: (transfer none): the announcement shown
 */
EmbAnnouncement *
emb_announcement_row_get_announcement (EmbAnnouncementRow *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_ROW (self), NULL);

  return self->announcement;
}
