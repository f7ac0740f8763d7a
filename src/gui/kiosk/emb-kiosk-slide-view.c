/* emb-kiosk-slide-view.c: one kiosk slide, drawn to be read from three
 * metres
 *
 * Every slide has the same frame (the template): a short line above the
 * heading that says what the slide is ("Our promise"), the heading, an
 * optional line under it, the content of its kind (built by
 * emb-kiosk-slide-kinds.c) and, right of it, the QR code of the slide's
 * link with a caption, when the link can be encoded.
 *
 * Type scales with the screen: the view puts a size class on itself from
 * its allocated size, and data/style.css (its Kiosk block) sets the base
 * font size of each class, every other size being relative to it: 1080p
 * screens get "kiosk-large", 1280×800 ones the default, and smaller windows
 * "kiosk-small". Texts wrap and are cut to a number of lines, lists to a
 * number of items, so that a slide fits the screen whatever it holds.
 *
 * For assistive technologies the view is a group named after the slide's
 * heading; its texts are labels, its figures charts with descriptions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-slide-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-slide-private.h"
#include "emb-kiosk-slide-view.h"
#include "emb-qr-code.h"

typedef enum
{
  SIZE_SMALL,
  SIZE_MEDIUM,
  SIZE_LARGE,
} SizeClass;

static const char * const size_classes[] = {
  [SIZE_SMALL] = "kiosk-small",
  [SIZE_MEDIUM] = NULL,
  [SIZE_LARGE] = "kiosk-large",
};

struct _EmbKioskSlideView
{
  GtkWidget       parent_instance;

  EmbKioskSlide  *slide;
  SizeClass       size;

  GtkWidget      *layout;
  GtkWidget      *main_box;
  GtkLabel       *kicker_label;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkBox         *content_box;
  GtkWidget      *qr_box;
  EmbQrCode      *qr_code;
};

G_DEFINE_FINAL_TYPE (EmbKioskSlideView, emb_kiosk_slide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The size class of a view of @width × @height: large from about a 1080p
 * screen, small below about 1280×800 (a window, a small screen). */
static SizeClass
size_for (int width,
          int height)
{
  if (width >= 1600 && height >= 960)
    return SIZE_LARGE;
  if (width < 1100 || height < 700)
    return SIZE_SMALL;
  return SIZE_MEDIUM;
}

static void
set_size (EmbKioskSlideView *self,
          SizeClass          size)
{
  if (self->size == size)
    return;
  if (size_classes[self->size] != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), size_classes[self->size]);
  self->size = size;
  if (size_classes[size] != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), size_classes[size]);
}

static void
emb_kiosk_slide_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (widget);

  gtk_widget_measure (self->layout, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
emb_kiosk_slide_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (widget);

  /* A new size class restyles the slide, and GTK lays it out again in
   * the same frame. */
  set_size (self, size_for (width, height));
  gtk_widget_allocate (self->layout, width, height, baseline, NULL);
}

static void
show_slide (EmbKioskSlideView *self)
{
  EmbKioskSlideParts parts = {
    .main = self->main_box,
    .kicker = self->kicker_label,
    .title = self->title_label,
    .content = self->content_box,
  };
  g_autofree char *title = _emb_kiosk_flatten (emb_kiosk_slide_get_title (self->slide));
  g_autofree char *subtitle = _emb_kiosk_flatten (emb_kiosk_slide_get_subtitle (self->slide));
  const char *link = emb_kiosk_slide_get_link (self->slide);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle[0] != '\0');

  _emb_kiosk_slide_build (self->slide, &parts);
  gtk_widget_set_visible (GTK_WIDGET (self->kicker_label),
                          gtk_label_get_text (self->kicker_label)[0] != '\0');

  /* The QR code, only when the link makes one */
  emb_qr_code_set_text (self->qr_code, link);
  gtk_widget_set_visible (self->qr_box, emb_qr_code_get_width (self->qr_code) > 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
emb_kiosk_slide_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      g_value_set_boxed (value, self->slide);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_slide_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      self->slide = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_slide_view_constructed (GObject *object)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (object);

  G_OBJECT_CLASS (emb_kiosk_slide_view_parent_class)->constructed (object);

  g_return_if_fail (self->slide != NULL);
  show_slide (self);
}

static void
emb_kiosk_slide_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_KIOSK_SLIDE_VIEW);

  G_OBJECT_CLASS (emb_kiosk_slide_view_parent_class)->dispose (object);
}

static void
emb_kiosk_slide_view_finalize (GObject *object)
{
  EmbKioskSlideView *self = EMB_KIOSK_SLIDE_VIEW (object);

  g_clear_pointer (&self->slide, emb_kiosk_slide_unref);

  G_OBJECT_CLASS (emb_kiosk_slide_view_parent_class)->finalize (object);
}

static void
emb_kiosk_slide_view_class_init (EmbKioskSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_kiosk_slide_view_get_property;
  object_class->set_property = emb_kiosk_slide_view_set_property;
  object_class->constructed = emb_kiosk_slide_view_constructed;
  object_class->dispose = emb_kiosk_slide_view_dispose;
  object_class->finalize = emb_kiosk_slide_view_finalize;

  widget_class->measure = emb_kiosk_slide_view_measure;
  widget_class->size_allocate = emb_kiosk_slide_view_size_allocate;

  properties[PROP_SLIDE] =
    g_param_spec_boxed ("slide", NULL, NULL,
                        EMB_TYPE_KIOSK_SLIDE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_QR_CODE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-slide-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, layout);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, main_box);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, content_box);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, qr_box);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSlideView, qr_code);
}

static void
emb_kiosk_slide_view_init (EmbKioskSlideView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->size = SIZE_MEDIUM;
}

/**
 * emb_kiosk_slide_view_new:
 * @slide: what to show
 *
 * Returns: (transfer floating): a view of @slide, laid out for its kind
 */
GtkWidget *
emb_kiosk_slide_view_new (EmbKioskSlide *slide)
{
  g_return_val_if_fail (slide != NULL, NULL);

  return g_object_new (EMB_TYPE_KIOSK_SLIDE_VIEW, "slide", slide, NULL);
}

/**
 * emb_kiosk_slide_view_get_slide:
 *
 * Returns: (transfer none): the slide the view shows
 */
EmbKioskSlide *
emb_kiosk_slide_view_get_slide (EmbKioskSlideView *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SLIDE_VIEW (self), NULL);

  return self->slide;
}
