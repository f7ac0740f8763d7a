/* emb-kiosk-slide.c: one slide of the break-room kiosk, as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk"

#include "config.h"

#include "emb-kiosk-slide.h"

struct _EmbKioskSlide
{
  gatomicrefcount    ref_count;
  EmbKioskSlideKind  kind;
  char              *key;
  char              *title;
  char              *subtitle;
  char              *body;
  char              *link;
  GArray            *items;   /* EmbKioskItem */
};

G_DEFINE_BOXED_TYPE (EmbKioskSlide, emb_kiosk_slide, emb_kiosk_slide_ref, emb_kiosk_slide_unref)

static const char * const kind_names[EMB_KIOSK_N_SLIDE_KINDS] = {
  [EMB_KIOSK_SLIDE_PROMISE] = "promise",
  [EMB_KIOSK_SLIDE_VALUE] = "value",
  [EMB_KIOSK_SLIDE_WALL] = "wall",
  [EMB_KIOSK_SLIDE_PRAISE] = "praise",
  [EMB_KIOSK_SLIDE_NPS_TREND] = "nps-trend",
  [EMB_KIOSK_SLIDE_COVERAGE] = "coverage",
  [EMB_KIOSK_SLIDE_PILOT] = "pilot",
  [EMB_KIOSK_SLIDE_ANNOUNCEMENT] = "announcement",
};

static void
item_clear (gpointer data)
{
  EmbKioskItem *item = data;

  g_free (item->label);
  g_free (item->text);
}

EmbKioskSlide *
emb_kiosk_slide_new (EmbKioskSlideKind  kind,
                     const char        *key,
                     const char        *title)
{
  EmbKioskSlide *self;

  g_return_val_if_fail (kind < EMB_KIOSK_N_SLIDE_KINDS, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  self = g_new0 (EmbKioskSlide, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->key = g_strdup (key);
  self->title = g_strdup (title != NULL ? title : "");
  self->subtitle = g_strdup ("");
  self->body = g_strdup ("");
  self->link = g_strdup ("");
  self->items = g_array_new (FALSE, TRUE, sizeof (EmbKioskItem));
  g_array_set_clear_func (self->items, item_clear);
  return self;
}

EmbKioskSlide *
emb_kiosk_slide_ref (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
emb_kiosk_slide_unref (EmbKioskSlide *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->key);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->body);
  g_free (self->link);
  g_array_unref (self->items);
  g_free (self);
}

static void
replace (char       **field,
         const char  *text)
{
  g_free (*field);
  *field = g_strdup (text != NULL ? text : "");
}

void
emb_kiosk_slide_set_subtitle (EmbKioskSlide *self,
                              const char    *subtitle)
{
  g_return_if_fail (self != NULL);
  replace (&self->subtitle, subtitle);
}

void
emb_kiosk_slide_set_body (EmbKioskSlide *self,
                          const char    *body)
{
  g_return_if_fail (self != NULL);
  replace (&self->body, body);
}

void
emb_kiosk_slide_set_link (EmbKioskSlide *self,
                          const char    *link)
{
  g_return_if_fail (self != NULL);
  replace (&self->link, link);
}

void
emb_kiosk_slide_add_item (EmbKioskSlide *self,
                          const char    *label,
                          const char    *text)
{
  EmbKioskItem item = { 0 };

  g_return_if_fail (self != NULL);

  item.label = g_strdup (label != NULL ? label : "");
  item.text = g_strdup (text != NULL ? text : "");
  g_array_append_val (self->items, item);
}

void
emb_kiosk_slide_add_figure (EmbKioskSlide *self,
                            const char    *label,
                            double         value,
                            guint          n)
{
  EmbKioskItem item = { 0 };

  g_return_if_fail (self != NULL);

  item.label = g_strdup (label != NULL ? label : "");
  item.text = g_strdup ("");
  item.value = value;
  item.has_value = TRUE;
  item.n = n;
  g_array_append_val (self->items, item);
}

/* An item with a text and a figure (a pilot's wave: where it stands in
 * words, and its EmbWaveStatus) */
void
emb_kiosk_slide_add_item_full (EmbKioskSlide *self,
                               const char    *label,
                               const char    *text,
                               double         value,
                               guint          n)
{
  EmbKioskItem *item;

  g_return_if_fail (self != NULL);

  emb_kiosk_slide_add_figure (self, label, value, n);
  item = &g_array_index (self->items, EmbKioskItem, self->items->len - 1);
  g_free (item->text);
  item->text = g_strdup (text != NULL ? text : "");
}

EmbKioskSlideKind
emb_kiosk_slide_get_kind (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, EMB_KIOSK_SLIDE_PROMISE);
  return self->kind;
}

const char *
emb_kiosk_slide_get_key (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

const char *
emb_kiosk_slide_get_title (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
emb_kiosk_slide_get_subtitle (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

const char *
emb_kiosk_slide_get_body (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->body;
}

const char *
emb_kiosk_slide_get_link (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->link;
}

guint
emb_kiosk_slide_get_n_items (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const EmbKioskItem *
emb_kiosk_slide_get_item (EmbKioskSlide *self,
                          guint          i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->items->len, NULL);
  return &g_array_index (self->items, EmbKioskItem, i);
}

gboolean
emb_kiosk_slide_is_empty (EmbKioskSlide *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->items->len > 0)
    return FALSE;
  /* A promise, a value and an announcement say something in their own
   * words; the other kinds are their items. */
  switch (self->kind)
    {
    case EMB_KIOSK_SLIDE_PROMISE:
    case EMB_KIOSK_SLIDE_VALUE:
    case EMB_KIOSK_SLIDE_ANNOUNCEMENT:
      return *self->title == '\0' && *self->body == '\0';
    case EMB_KIOSK_SLIDE_WALL:
    case EMB_KIOSK_SLIDE_PRAISE:
    case EMB_KIOSK_SLIDE_NPS_TREND:
    case EMB_KIOSK_SLIDE_COVERAGE:
    case EMB_KIOSK_SLIDE_PILOT:
    case EMB_KIOSK_N_SLIDE_KINDS:
    default:
      return TRUE;
    }
}

const char *
emb_kiosk_slide_kind_to_string (EmbKioskSlideKind kind)
{
  g_return_val_if_fail (kind < EMB_KIOSK_N_SLIDE_KINDS, NULL);
  return kind_names[kind];
}

int
emb_kiosk_slide_kind_from_string (const char *name)
{
  for (guint i = 0; name != NULL && i < EMB_KIOSK_N_SLIDE_KINDS; i++)
    if (g_str_equal (kind_names[i], name))
      return (int)i;
  return -1;
}
