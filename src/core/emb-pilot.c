/* emb-pilot.c: an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "emb-record-private.h"
#include "emb-pilot.h"

/**
 * EmbPilot:
 *
 * An autonomy pilot: a principle and its guardrails, tried department by department.
 */
struct _EmbPilot
{
  EmbRecord parent_instance;

  char     *name;
  char     *principle;
  gint64    spending_ceiling;
  char     *currency;
  char     *allowed_decisions;
  char     *escalation_rule;
};

G_DEFINE_FINAL_TYPE (EmbPilot, emb_pilot, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PRINCIPLE,
  PROP_SPENDING_CEILING,
  PROP_CURRENCY,
  PROP_ALLOWED_DECISIONS,
  PROP_ESCALATION_RULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (EmbPilot, name),
  [PROP_PRINCIPLE] = G_STRUCT_OFFSET (EmbPilot, principle),
  [PROP_SPENDING_CEILING] = G_STRUCT_OFFSET (EmbPilot, spending_ceiling),
  [PROP_CURRENCY] = G_STRUCT_OFFSET (EmbPilot, currency),
  [PROP_ALLOWED_DECISIONS] = G_STRUCT_OFFSET (EmbPilot, allowed_decisions),
  [PROP_ESCALATION_RULE] = G_STRUCT_OFFSET (EmbPilot, escalation_rule),
};

static void
emb_pilot_class_init (EmbPilotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_PRINCIPLE] = _emb_param_string ("principle");
  properties[PROP_SPENDING_CEILING] = _emb_param_id ("spending-ceiling");
  properties[PROP_CURRENCY] = _emb_param_string ("currency");
  properties[PROP_ALLOWED_DECISIONS] = _emb_param_string ("allowed-decisions");
  properties[PROP_ESCALATION_RULE] = _emb_param_string ("escalation-rule");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_pilot_init (EmbPilot *self)
{
  /* The principle of the articles, until the programme words its own. */
  self->principle = g_strdup (_("Decide yourself, but always to the customer’s benefit."));
  self->currency = g_strdup ("EUR");
}

EmbPilot *
emb_pilot_new (void)
{
  return g_object_new (EMB_TYPE_PILOT, NULL);
}

const char *
emb_pilot_get_name (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->name;
}

void
emb_pilot_set_name (EmbPilot    *self,
                    const char  *name)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_pilot_get_principle (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->principle;
}

void
emb_pilot_set_principle (EmbPilot    *self,
                         const char  *principle)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->principle, principle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}

gint64
emb_pilot_get_spending_ceiling (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), 0);

  return self->spending_ceiling;
}

void
emb_pilot_set_spending_ceiling (EmbPilot *self,
                                gint64    spending_ceiling)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (self->spending_ceiling == spending_ceiling)
    return;
  self->spending_ceiling = spending_ceiling;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPENDING_CEILING]);
}

const char *
emb_pilot_get_currency (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->currency;
}

void
emb_pilot_set_currency (EmbPilot    *self,
                        const char  *currency)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

const char *
emb_pilot_get_allowed_decisions (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->allowed_decisions;
}

void
emb_pilot_set_allowed_decisions (EmbPilot    *self,
                                 const char  *allowed_decisions)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->allowed_decisions, allowed_decisions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOWED_DECISIONS]);
}

const char *
emb_pilot_get_escalation_rule (EmbPilot *self)
{
  g_return_val_if_fail (EMB_IS_PILOT (self), NULL);

  return self->escalation_rule;
}

void
emb_pilot_set_escalation_rule (EmbPilot    *self,
                               const char  *escalation_rule)
{
  g_return_if_fail (EMB_IS_PILOT (self));

  if (_emb_set_string (&self->escalation_rule, escalation_rule))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESCALATION_RULE]);
}

/* Amounts ---------------------------------------------------------------- */

static const char *
locale_decimal_point (void)
{
  const char *point = localeconv ()->decimal_point;

  return point != NULL && *point != '\0' ? point : ".";
}

/**
 * emb_pilot_format_decimal:
 * @minor: an amount in minor units (cents)
 *
 * Returns: (transfer full): the amount with two decimals and the locale's
 *   decimal point, such as “250.00”
 */
char *
emb_pilot_format_decimal (gint64 minor)
{
  guint64 magnitude = minor < 0 ? (guint64)(-(minor + 1)) + 1 : (guint64)minor;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%s%02u",
                          minor < 0 ? "−" : "",
                          magnitude / 100, locale_decimal_point (),
                          (guint)(magnitude % 100));
}

/**
 * emb_pilot_format_amount:
 * @minor: an amount in minor units of @currency
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: (transfer full): the amount and its currency, such as “250.00 EUR”
 */
char *
emb_pilot_format_amount (gint64      minor,
                         const char *currency)
{
  g_autofree char *number = emb_pilot_format_decimal (minor);

  /* Translators: an amount of money and its currency code, e.g. "250.00 EUR" */
  return g_strdup_printf (_("%s %s"), number, currency != NULL ? currency : "");
}

/* What separates digits in an amount */
typedef enum
{
  SEP_NONE,
  SEP_POINT,          /* "." */
  SEP_COMMA,          /* "," */
  SEP_LOCALE_POINT,   /* the locale's decimal point, when another character */
  SEP_LOCALE_GROUP,   /* the locale's thousands separator, when another character */
} Sep;

/* Whether @p starts with the non-empty @token; its length in @len. */
static gboolean
starts_with (const char *p,
             const char *token,
             gsize      *len)
{
  gsize n = token != NULL ? strlen (token) : 0;

  if (n == 0 || strncmp (p, token, n) != 0)
    return FALSE;
  *len = n;
  return TRUE;
}

/**
 * emb_pilot_parse_amount:
 * @text: (nullable): an amount such as “250”, “250.5”, “1 250,00” or
 *   “1,250.00”
 * @minor: (out): the amount in minor units (cents)
 *
 * Reads a positive decimal amount with at most two decimals. The decimal
 * separator is a point, a comma or the locale's decimal point; digits may be
 * grouped by threes with spaces, the locale's thousands separator, or a point
 * or a comma other than the decimal one. The last separator is the decimal
 * one unless three digits follow it. An empty text is 0.
 *
 * Returns: %TRUE when @text is such an amount
 */
gboolean
emb_pilot_parse_amount (const char *text,
                        gint64     *minor)
{
  struct lconv *conv = localeconv ();
  const char *locale_point = conv->decimal_point;
  const char *locale_group = conv->thousands_sep;
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GArray) seps = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize n_fraction = 0;
  gsize whole_len;
  guint64 whole = 0;
  guint fraction = 0;
  Sep decimal = SEP_NONE;
  guint n_groups;

  g_return_val_if_fail (minor != NULL, FALSE);

  *minor = 0;
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* The digits, and where each separator stands among them */
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      gsize len;
      int sep = SEP_NONE;

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (digits, (char)c);
          p++;
          continue;
        }
      if (g_unichar_isspace (c) || c == 0x202F || c == 0x00A0)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (c == '.' || c == ',')
        {
          sep = c == '.' ? SEP_POINT : SEP_COMMA;
          len = 1;
        }
      else if (starts_with (p, locale_point, &len))
        sep = SEP_LOCALE_POINT;
      else if (starts_with (p, locale_group, &len))
        {
          gunichar g = g_utf8_get_char_validated (locale_group, -1);

          /* A blank thousands separator is skipped as any space. */
          if (g != (gunichar)-1 && g != (gunichar)-2 &&
              (g_unichar_isspace (g) || g == 0x202F || g == 0x00A0))
            {
              p += len;
              continue;
            }
          sep = SEP_LOCALE_GROUP;
        }
      else
        return FALSE;   /* a sign, a letter… */

      g_array_append_val (seps, sep);
      g_array_append_val (ends, digits->len);
      p += len;
    }

  if (digits->len == 0)
    return seps->len == 0;  /* nothing but spaces is 0 */

  /* The last separator is the decimal one unless three digits follow it. */
  n_groups = seps->len;
  if (seps->len > 0)
    {
      gsize last_end = g_array_index (ends, gsize, seps->len - 1);
      int last = g_array_index (seps, int, seps->len - 1);

      n_fraction = digits->len - last_end;
      if (n_fraction <= 2 && last != SEP_LOCALE_GROUP)
        {
          decimal = last;
          n_groups--;
        }
      else if (n_fraction != 3)
        return FALSE;
      else
        n_fraction = 0;
    }
  whole_len = digits->len - n_fraction;

  /* The others group the whole part by threes, all with one character. */
  for (guint i = 0; i < n_groups; i++)
    {
      int sep = g_array_index (seps, int, i);
      gsize end = g_array_index (ends, gsize, i);
      gsize next = i + 1 < n_groups ? g_array_index (ends, gsize, i + 1) : whole_len;

      if (sep == (int)decimal || sep != g_array_index (seps, int, 0) ||
          next - end != 3 || (i == 0 && (end == 0 || end > 3)))
        return FALSE;
    }

  for (gsize i = 0; i < whole_len; i++)
    {
      if (whole > (G_MAXINT64 / 100 - 9) / 10)
        return FALSE;
      whole = whole * 10 + (guint)(digits->str[i] - '0');
    }
  for (gsize i = whole_len; i < digits->len; i++)
    fraction = fraction * 10 + (guint)(digits->str[i] - '0');
  if (n_fraction == 1)
    fraction *= 10;

  *minor = (gint64)(whole * 100 + fraction);
  return TRUE;
}
