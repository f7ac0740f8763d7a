/* emb-person-export-html.c: a person's export as a page to read and print
 *
 * The same sections as the JSON (emb-person-export.c), in the same order,
 * each under a translated heading: one table of the person's record, then a
 * small table per nomination, decision, acknowledgement… A self-contained
 * file (its style inside, no image, no script), every text escaped, that a
 * browser prints on A4 without cutting a table in two.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-person"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-person-export-private.h"
#include "emb-person-export.h"

static const char style[] =
  "body { font-family: sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em;"
  " color: #1e1e1e; line-height: 1.4; }\n"
  "h1 { font-size: 1.6em; }\n"
  "h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #aaa; }\n"
  "table { border-collapse: collapse; width: 100%; margin: 0.6em 0; page-break-inside: avoid; }\n"
  "th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left;"
  " vertical-align: top; }\n"
  "th { width: 30%; background: #f2f2f2; font-weight: normal; }\n"
  "td { white-space: pre-wrap; overflow-wrap: anywhere; }\n"
  ".none { color: #555; font-style: italic; }\n"
  "@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }\n";

/* The words the database keeps for a state or a kind, as a reader says them. */
static const struct {
  const char *member;
  const char *value;
  const char *label;
} words[] = {
  { "status", "submitted", N_("Submitted") },
  { "status", "approved", N_("Approved") },
  { "status", "declined", N_("Declined") },
  { "status", "celebrated", N_("Celebrated") },
  { "level", "owns", N_("Owns") },
  { "level", "delivers", N_("Delivers") },
  { "level", "supports", N_("Supports") },
  { "level", "informed", N_("Is kept informed") },
  { "kind", "promise", N_("Promise") },
  { "kind", "announcement", N_("Announcement") },
  { "kind", "values", N_("Values") },
  { "kind", "praise", N_("Praise") },
  { "kind", "complaint", N_("Complaint") },
  { "kind", "suggestion", N_("Suggestion") },
  { "kind", "survey", N_("Survey") },
  { "kind", "neutral", N_("Neutral") },
  { "review_status", "pending", N_("Pending") },
  { "review_status", "reviewed", N_("Reviewed") },
  { "review_status", "escalated", N_("Escalated") },
  { "follow_up", "new", N_("New") },
  { "follow_up", "acknowledged", N_("Acknowledged") },
  { "follow_up", "in-progress", N_("In progress") },
  { "follow_up", "closed", N_("Closed") },
  { "score_type", "none", N_("None") },
  { "score_type", "nps", N_("NPS") },
  { "score_type", "csat", N_("CSAT") },
  { "score_type", "ces", N_("CES") },
};

static const char *
word_label (const char *member,
            const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].member, member) && g_str_equal (words[i].value, value))
      return _(words[i].label);
  return value;
}

static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (html, escaped);
}

static char *
value_text (const char *member,
            JsonNode   *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("—");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? _("Yes") : _("No"));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));
    default:
      return g_strdup (word_label (member, json_node_get_string (node)));
    }
}

static void
append_object (GString    *html,
               JsonObject *object)
{
  g_autoptr(GList) members = json_object_get_members (object);

  g_string_append (html, "<table>\n");
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      const char *label = _emb_person_export_label (member);
      g_autofree char *value = value_text (member, json_object_get_member (object, member));

      g_string_append (html, "<tr><th scope=\"row\">");
      append_escaped (html, label != NULL ? label : member);
      g_string_append (html, "</th><td>");
      append_escaped (html, value);
      g_string_append (html, "</td></tr>\n");
    }
  g_string_append (html, "</table>\n");
}

static void
append_none (GString *html)
{
  g_string_append (html, "<p class=\"none\">");
  append_escaped (html, _("Nothing."));
  g_string_append (html, "</p>\n");
}

static void
append_section (GString                *html,
                const EmbPersonSection *section,
                JsonObject             *export)
{
  JsonNode *node = json_object_get_member (export, section->member);

  g_string_append (html, "<h2>");
  append_escaped (html, _(section->heading));
  g_string_append (html, "</h2>\n");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    append_none (html);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    append_object (html, json_node_get_object (node));
  else if (json_array_get_length (json_node_get_array (node)) == 0)
    append_none (html);
  else
    {
      JsonArray *rows = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (rows); i++)
        append_object (html, json_array_get_object_element (rows, i));
    }
}

/**
 * emb_person_export_to_html:
 * @export: what emb_person_export_collect() returned
 *
 * Returns: (transfer full): the export as a self-contained HTML page, in
 *   the language of the user interface
 */
char *
emb_person_export_to_html (JsonNode *export)
{
  GString *html = g_string_new (NULL);
  JsonObject *root;
  JsonObject *employee;
  g_autofree char *title = NULL;
  /* Translators: the language of the exported page, as an HTML lang code */
  const char *lang = C_("html-lang", "en");

  g_return_val_if_fail (export != NULL && JSON_NODE_HOLDS_OBJECT (export), NULL);

  root = json_node_get_object (export);
  employee = json_object_get_object_member (root, "employee");
  /* Translators: the title of a person's exported data; %s is their name */
  title = g_strdup_printf (_("Personal data of %s"),
                           employee != NULL ? json_object_get_string_member (employee, "name")
                                            : "");

  g_string_append (html, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (html, lang);
  g_string_append (html, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  append_escaped (html, title);
  g_string_append_printf (html, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", style);
  append_escaped (html, title);
  g_string_append (html, "</h1>\n<p>");
  {
    /* Translators: under the title of a person's exported data; %s is a time */
    g_autofree char *when = g_strdup_printf (_("Everything the ambassadorship programme holds "
                                               "about this person, exported at %s."),
                                             json_object_get_string_member (root, "exported_at"));

    append_escaped (html, when);
  }
  g_string_append (html, "</p>\n");

  for (guint i = 0; i < emb_person_n_sections; i++)
    append_section (html, &emb_person_sections[i], root);

  g_string_append (html, "</body>\n</html>\n");
  return g_string_free (html, FALSE);
}
