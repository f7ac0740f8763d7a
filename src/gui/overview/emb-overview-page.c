/* emb-overview-page.c: live figures of the whole programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-figure-card.h"
#include "emb-overview-page.h"
#include "emb-overview.h"
#include "emb-programme-store.h"

typedef struct
{
  const char *key;
  const char *title;
  gsize       offset;   /* of the figure in EmbOverviewCounts */
} Figure;

static const Figure figure_defs[] = {
  { "employees", N_("Active employees"), G_STRUCT_OFFSET (EmbOverviewCounts, employees) },
  { "roles", N_("Roles"), G_STRUCT_OFFSET (EmbOverviewCounts, roles) },
  { "touchpoints", N_("Touchpoints"), G_STRUCT_OFFSET (EmbOverviewCounts, touchpoints) },
  { "published-promises", N_("Published promises"), G_STRUCT_OFFSET (EmbOverviewCounts, published_promises) },
  { "nominations-waiting", N_("Nominations waiting"), G_STRUCT_OFFSET (EmbOverviewCounts, nominations_waiting) },
  { "running-pilots", N_("Running pilots"), G_STRUCT_OFFSET (EmbOverviewCounts, running_pilots) },
  { "feedback-this-month", N_("Feedback this month"), G_STRUCT_OFFSET (EmbOverviewCounts, feedback_this_month) },
};

struct _EmbOverviewPage
{
  EmbPage        parent_instance;

  EmbFigureCard *cards[G_N_ELEMENTS (figure_defs)];

  GtkLabel      *organisation_label;
  GtkLabel      *vision_label;
  GtkFlowBox    *figures;
};

G_DEFINE_FINAL_TYPE (EmbOverviewPage, emb_overview_page, EMB_TYPE_PAGE)

static void
emb_overview_page_refresh (EmbPage *page)
{
  EmbOverviewPage *self = EMB_OVERVIEW_PAGE (page);
  EmbDatabase *database = emb_page_get_database (page);
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  EmbOverviewCounts counts = { 0 };
  const char *vision;

  if (!emb_overview_get_counts (database, NULL, &counts, &error))
    {
      emb_page_show_error (page, error);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (figure_defs); i++)
    emb_figure_card_set_value (self->cards[i],
                               G_STRUCT_MEMBER (gint64, &counts, figure_defs[i].offset));

  organisation = emb_programme_store_get_organisation (database, NULL);
  if (organisation != NULL && emb_organisation_get_name (organisation) != NULL &&
      *emb_organisation_get_name (organisation) != '\0')
    gtk_label_set_text (self->organisation_label, emb_organisation_get_name (organisation));
  else
    gtk_label_set_text (self->organisation_label, _("Your programme"));

  vision = organisation != NULL ? emb_organisation_get_vision (organisation) : NULL;
  gtk_label_set_text (self->vision_label, vision != NULL ? vision : "");
  gtk_widget_set_visible (GTK_WIDGET (self->vision_label), vision != NULL && *vision != '\0');
}

/**
 * emb_overview_page_get_figure:
 * @key: a figure, such as "employees"
 *
 * Returns: (nullable): the figure as shown
 */
const char *
emb_overview_page_get_figure (EmbOverviewPage *self,
                              const char      *key)
{
  g_return_val_if_fail (EMB_IS_OVERVIEW_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (figure_defs); i++)
    if (g_strcmp0 (figure_defs[i].key, key) == 0)
      return emb_figure_card_get_value (self->cards[i]);
  return NULL;
}

static void
emb_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (emb_overview_page_parent_class)->dispose (object);
}

static void
emb_overview_page_class_init (EmbOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->dispose = emb_overview_page_dispose;

  /* Every figure counts some kind of record: any change counts. */
  page_class->refresh = emb_overview_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/overview/emb-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbOverviewPage, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, EmbOverviewPage, vision_label);
  gtk_widget_class_bind_template_child (widget_class, EmbOverviewPage, figures);
}

static void
emb_overview_page_init (EmbOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (figure_defs); i++)
    {
      GtkWidget *card = emb_figure_card_new (_(figure_defs[i].title));

      gtk_widget_set_name (card, figure_defs[i].key);
      self->cards[i] = EMB_FIGURE_CARD (card);
      gtk_flow_box_append (self->figures, card);
    }
}
