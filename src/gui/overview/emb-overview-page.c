/* emb-overview-page.c: live figures of the whole programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-overview-page"

#include "config.h"

#include <glib/gi18n.h>

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
  AdwBin        parent_instance;

  EmbDatabase  *database;
  guint         refresh_idle;
  GtkLabel     *values[G_N_ELEMENTS (figure_defs)];
  GtkWidget    *cards[G_N_ELEMENTS (figure_defs)];

  GtkLabel     *organisation_label;
  GtkLabel     *vision_label;
  GtkFlowBox   *figures;
};

G_DEFINE_FINAL_TYPE (EmbOverviewPage, emb_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh (EmbOverviewPage *self)
{
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  EmbOverviewCounts counts = { 0 };
  const char *vision;

  if (!emb_overview_get_counts (self->database, NULL, &counts, &error))
    {
      g_warning ("Cannot count the overview figures: %s", error->message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (figure_defs); i++)
    {
      gint64 value = G_STRUCT_MEMBER (gint64, &counts, figure_defs[i].offset);
      g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT, value);
      g_autofree char *description = g_strdup_printf ("%s: %s", _(figure_defs[i].title), text);

      gtk_label_set_text (self->values[i], text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cards[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
    }

  organisation = emb_programme_store_get_organisation (self->database, NULL);
  if (organisation != NULL && emb_organisation_get_name (organisation) != NULL &&
      *emb_organisation_get_name (organisation) != '\0')
    gtk_label_set_text (self->organisation_label, emb_organisation_get_name (organisation));
  else
    gtk_label_set_text (self->organisation_label, _("Your programme"));

  vision = organisation != NULL ? emb_organisation_get_vision (organisation) : NULL;
  gtk_label_set_text (self->vision_label, vision != NULL ? vision : "");
  gtk_widget_set_visible (GTK_WIDGET (self->vision_label), vision != NULL && *vision != '\0');
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbOverviewPage *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbOverviewPage *self)
{
  /* Many changes in one turn of the main loop are counted once. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static GtkWidget *
create_card (EmbOverviewPage *self,
             guint            index)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *value = gtk_label_new ("0");
  GtkWidget *title = gtk_label_new (_(figure_defs[index].title));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "figure-card");
  gtk_widget_set_name (card, figure_defs[index].key);
  gtk_widget_add_css_class (value, "figure-value");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), title);

  self->values[index] = GTK_LABEL (value);
  self->cards[index] = card;
  return card;
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
      return gtk_label_get_text (self->values[i]);
  return NULL;
}

static void
emb_overview_page_constructed (GObject *object)
{
  EmbOverviewPage *self = (EmbOverviewPage *)object;

  G_OBJECT_CLASS (emb_overview_page_parent_class)->constructed (object);

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
emb_overview_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EmbOverviewPage *self = EMB_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_overview_page_dispose (GObject *object)
{
  EmbOverviewPage *self = (EmbOverviewPage *)object;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_overview_page_parent_class)->dispose (object);
}

static void
emb_overview_page_class_init (EmbOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_overview_page_constructed;
  object_class->set_property = emb_overview_page_set_property;
  object_class->dispose = emb_overview_page_dispose;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
    gtk_flow_box_append (self->figures, create_card (self, i));
}
