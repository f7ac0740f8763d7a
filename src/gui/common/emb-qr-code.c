/* emb-qr-code.c: a QR code of a text (a link), drawn from libqrencode's
 * modules, crisp at any size
 *
 * The text is encoded once, when it is set, with error correction level M
 * (15 % of the code may be damaged or covered), in byte mode so that any
 * UTF-8 link is kept as it is. The widget draws the modules as dark squares
 * on a white square with a quiet zone of four modules, the margin scanners
 * need, whatever the colours of the style around it: a QR code is read
 * dark on light. Each module is a whole number of pixels, the code centred
 * in what is left, so the edges stay sharp.
 *
 * A text that needs more than version 20 (97 modules a side, 666 bytes at
 * level M) gives no code, although libqrencode would go on to version 40
 * (2,331 bytes): on a screen read from a metre away such a code has modules
 * of a pixel or two, which phones fail to read, and a link that long is a
 * mistake anyway. The widget then draws nothing and asks for no room, and
 * its width is 0.
 *
 * For assistive technologies it is an image named after its link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-qr-code"

#include "config.h"

#include <glib/gi18n.h>
#include <qrencode.h>
#include <string.h>

#include "emb-qr-code.h"

/* The margin around the code, in modules, as the standard asks. */
#define QUIET_ZONE     4
/* The largest code drawn (see above) */
#define MAX_VERSION    20
/* Pixels per module the widget asks for at least, and naturally. */
#define MIN_MODULE     2
#define NATURAL_MODULE 5

struct _EmbQrCode
{
  GtkWidget  parent_instance;

  char      *text;
  QRcode    *code;     /* NULL when there is no text or it is too long */
};

G_DEFINE_FINAL_TYPE (EmbQrCode, emb_qr_code, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The modules per side with the quiet zone, 0 without a code. */
static int
get_side (EmbQrCode *self)
{
  return self->code != NULL ? self->code->width + 2 * QUIET_ZONE : 0;
}

static void
emb_qr_code_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  int side = get_side (EMB_QR_CODE (widget));

  /* Square: the same in both directions. */
  *minimum = side * MIN_MODULE;
  *natural = side * NATURAL_MODULE;
}

static void
emb_qr_code_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  EmbQrCode *self = EMB_QR_CODE (widget);
  const GdkRGBA light = { 1.0f, 1.0f, 1.0f, 1.0f };
  const GdkRGBA dark = { 0.0f, 0.0f, 0.0f, 1.0f };
  int side = get_side (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int module, size;
  float x0, y0;

  if (side == 0)
    return;

  module = MAX (1, MIN (width, height) / side);
  size = module * side;
  x0 = (width - size) / 2;
  y0 = (height - size) / 2;

  gtk_snapshot_append_color (snapshot, &light, &GRAPHENE_RECT_INIT (x0, y0, size, size));

  /* One rectangle for each run of dark modules in a row */
  for (int row = 0; row < self->code->width; row++)
    {
      const unsigned char *data = self->code->data + row * self->code->width;
      int column = 0;

      while (column < self->code->width)
        {
          int start;

          if (!(data[column] & 1))
            {
              column++;
              continue;
            }
          start = column;
          while (column < self->code->width && (data[column] & 1))
            column++;
          gtk_snapshot_append_color (snapshot, &dark,
                                     &GRAPHENE_RECT_INIT (x0 + (QUIET_ZONE + start) * module,
                                                          y0 + (QUIET_ZONE + row) * module,
                                                          (column - start) * module,
                                                          module));
        }
    }
}

static void
update_accessible (EmbQrCode *self)
{
  g_autofree char *label = NULL;

  if (self->text != NULL && self->text[0] != '\0')
    /* Translators: the accessible name of a QR code, with the link it holds */
    label = g_strdup_printf (_("QR code: %s"), self->text);
  else
    label = g_strdup (_("QR code"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
emb_qr_code_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EmbQrCode *self = EMB_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_qr_code_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EmbQrCode *self = EMB_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      emb_qr_code_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_qr_code_finalize (GObject *object)
{
  EmbQrCode *self = (EmbQrCode *)object;

  g_clear_pointer (&self->code, QRcode_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (emb_qr_code_parent_class)->finalize (object);
}

static void
emb_qr_code_class_init (EmbQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_qr_code_get_property;
  object_class->set_property = emb_qr_code_set_property;
  object_class->finalize = emb_qr_code_finalize;

  widget_class->measure = emb_qr_code_measure;
  widget_class->snapshot = emb_qr_code_snapshot;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
emb_qr_code_init (EmbQrCode *self)
{
  update_accessible (self);
}

/**
 * emb_qr_code_new:
 * @text: (nullable): what the code holds
 *
 * Returns: (transfer floating): a QR code of @text
 */
GtkWidget *
emb_qr_code_new (const char *text)
{
  return g_object_new (EMB_TYPE_QR_CODE, "text", text, NULL);
}

/**
 * emb_qr_code_set_text:
 * @text: (nullable): what the code holds, a link
 *
 * Encodes @text. When it is too long for a QR code a phone reads from a
 * screen (over version 20), the widget shows nothing
 * (emb_qr_code_get_width() is 0).
 */
void
emb_qr_code_set_text (EmbQrCode  *self,
                      const char *text)
{
  g_return_if_fail (EMB_IS_QR_CODE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->code, QRcode_free);
  if (text != NULL && text[0] != '\0')
    {
      /* NULL with errno ERANGE when the text does not fit in version 40 */
      self->code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, TRUE);
      if (self->code != NULL && self->code->version > MAX_VERSION)
        g_clear_pointer (&self->code, QRcode_free);
      if (self->code == NULL)
        g_debug ("No QR code for a text of %zu bytes", strlen (text));
    }
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
emb_qr_code_get_text (EmbQrCode *self)
{
  g_return_val_if_fail (EMB_IS_QR_CODE (self), NULL);

  return self->text;
}

/**
 * emb_qr_code_get_width:
 *
 * Returns: the modules per side of the code (without its quiet zone), 0
 *   when there is no text or it could not be encoded
 */
guint
emb_qr_code_get_width (EmbQrCode *self)
{
  g_return_val_if_fail (EMB_IS_QR_CODE (self), 0);

  return self->code != NULL ? (guint)self->code->width : 0;
}
