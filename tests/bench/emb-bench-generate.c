/* emb-bench-generate.c: a large, deterministic organisation for the benchmark
 *
 * Meridian Telecom, an invented operator: 20 departments of 10 roles,
 * 20,000 employees, a five-stage journey of 100 touchpoints, and two years of
 * recognition (1,000,000 nominations) and customer feedback (1,000,000
 * items). Everything is drawn from one GRand with a fixed seed, so every run
 * writes the same files, byte for byte.
 *
 * The texts are drawn from a vocabulary of 5,000 words with a Zipf
 * distribution (the word of rank r is used in proportion to 1/r), so a text
 * search meets very common words as well as rare ones, as in real comments.
 *
 * The files are those a user would import: an HR roster export, a survey
 * export and a programme bundle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "emb-bench-generate.h"

#define N_VOCABULARY 5000

const char * const bench_nomination_status[4] = { "submitted", "approved", "declined", "celebrated" };
const char * const bench_channels[6] = { "store", "phone", "app", "web", "email", "social" };
const char * const bench_feedback_kinds[4] = { "survey", "complaint", "praise", "suggestion" };
const char * const bench_score_types[4] = { "none", "nps", "csat", "ces" };

/* As a survey tool writes them in its export. */
static const char * const channel_labels[6] = { "Store", "Phone", "App", "Web", "Email", "Social media" };
static const char * const kind_labels[4] = { "Survey", "Complaint", "Praise", "Suggestion" };
static const char * const score_type_labels[4] = { "", "NPS", "CSAT", "CES" };

enum { KIND_SURVEY, KIND_COMPLAINT, KIND_PRAISE, KIND_SUGGESTION };
enum { SCORE_NONE, SCORE_NPS, SCORE_CSAT, SCORE_CES };
enum { STATUS_SUBMITTED, STATUS_APPROVED, STATUS_DECLINED, STATUS_CELEBRATED };

/* The organisation ---------------------------------------------------------- */

static const struct
{
  const char *name;
  gboolean    back_office;
} department_names[BENCH_DEPARTMENTS] = {
  { "Retail stores", FALSE },
  { "Contact centre", FALSE },
  { "Field service", FALSE },
  { "Business sales", FALSE },
  { "Online sales", FALSE },
  { "Customer care", FALSE },
  { "Technical support", FALSE },
  { "Installations", FALSE },
  { "Collections", FALSE },
  { "Retention", FALSE },
  { "Billing", TRUE },
  { "Network operations", TRUE },
  { "IT services", TRUE },
  { "Finance", TRUE },
  { "Logistics", TRUE },
  { "Procurement", TRUE },
  { "Legal and compliance", TRUE },
  { "People and culture", TRUE },
  { "Marketing", TRUE },
  { "Product development", TRUE },
};

static const struct
{
  const char *title;
  guint       weight;     /* share of the department's staff, in percent */
  gboolean    manager;
  const char *attitudes;
} role_titles[BENCH_ROLES_PER_DEPT] = {
  { "Director", 1, TRUE, "Sets the example; asks first what the customer would say." },
  { "Manager", 3, TRUE, "Coaches rather than controls; thanks good service in public." },
  { "Team leader", 8, TRUE, "Backs colleagues who decide in the customer's favour." },
  { "Senior specialist", 15, FALSE, "Owns the customer's problem to the end." },
  { "Specialist", 30, FALSE, "Listens before answering; keeps promises made to customers." },
  { "Junior specialist", 15, FALSE, "Curious and willing to learn from every customer." },
  { "Analyst", 10, FALSE, "Turns complaints into causes and causes into fixes." },
  { "Coordinator", 8, FALSE, "Tells the customer what happens next before they ask." },
  { "Assistant", 6, FALSE, "Friendly and patient with every caller and visitor." },
  { "Trainee", 4, FALSE, "Open to feedback; asks when unsure instead of guessing." },
};

static const char * const first_names[] = {
  "Anna", "Piotr", "Maria", "Jan", "Katarzyna", "Tomasz", "Eleni", "Giorgos", "Sofia",
  "Nikos", "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Daan", "Sanne",
  "Bram", "Lotte", "Hugo", "Chloe", "Louis", "Ines", "Tiago", "Marta", "Pedro", "Lena",
  "Felix", "Clara", "Jonas", "Zofia", "Marek", "Agnieszka", "Dimitris", "Katerina",
  "Oliver", "Isla", "Arthur", "Freya", "Mateo", "Lucia", "Elias", "Nora", "Adam",
};

static const char * const last_names[] = {
  "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Papadopoulos",
  "Nikolaidis", "Georgiou", "Karagiannis", "Smith", "Jones", "Taylor", "Brown", "Wilson",
  "Evans", "Thomas", "Johnson", "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
  "Visser", "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Silva", "Santos",
  "Ferreira", "Pereira", "Costa", "Muller", "Schmidt", "Schneider", "Fischer", "Weber",
  "Meyer", "Wagner", "Becker", "Hoffmann", "Rossi", "Russo", "Ferrari", "Esposito",
  "Bianchi", "Romano", "Colombo", "Garcia", "Fernandez", "Lopez", "Martinez", "Sanchez",
  "Perez", "Gomez", "Novak", "Horvat", "Kovac",
};

static const char * const sites[] = {
  "Warszawa", "Krakow", "Gdansk", "Poznan", "Wroclaw", "Athina", "Thessaloniki", "Patra",
  "Rotterdam", "Utrecht", "Lyon", "Lille", "Porto", "Lisboa", "Leipzig", "Dresden",
};

static const struct
{
  const char *name;
  const char *description;
  const char *topics[BENCH_TP_PER_STAGE / 5];
} stage_names[BENCH_STAGES] = {
  { "Discover", "The customer hears of us and compares offers.",
    { "advertising", "price comparison", "product questions", "coverage check" } },
  { "Join", "The customer signs up and gets connected.",
    { "contract signing", "identity check", "device delivery", "number transfer" } },
  { "Use", "Everyday use of the service and the bills.",
    { "first bill", "plan change", "roaming", "data top-up" } },
  { "Get help", "Something went wrong and the customer asks for help.",
    { "fault report", "technician visit", "complaint handling", "billing question" } },
  { "Renew or leave", "The contract ends: renewal, moving, leaving.",
    { "contract renewal", "loyalty offer", "moving house", "cancellation" } },
};

/* Touchpoint channels: five per topic, so 20 touchpoints per stage. */
static const struct
{
  const char *label;
  guint       channel;
} touchpoint_channels[5] = {
  { "Store", 0 }, { "Phone", 1 }, { "App", 2 }, { "Website", 3 }, { "Email", 4 },
};

static const BenchValue value_defs[] = {
  { { 0 }, "Own the problem", "Whoever hears of a problem sees it through.",
    "Calls the customer back; follows a case to the end.", "Passes the customer on." },
  { { 0 }, "Speak plainly", "We talk to customers as people, not as contracts.",
    "Explains the bill in everyday words.", "Hides behind jargon and small print." },
  { { 0 }, "Keep promises", "What we promise, we do, on time.",
    "Says when the technician comes, and they come.", "Promises what nobody can deliver." },
  { { 0 }, "Go the extra mile", "Small gestures that make a big difference.",
    "Solves a problem nobody asked about.", "Does the minimum the script asks." },
  { { 0 }, "Respect every customer", "Every customer, every time.",
    "Patient with a customer who is upset.", "Judges customers by their plan." },
  { { 0 }, "Work as one team", "Front and back office serve the same customer.",
    "Phones a colleague instead of sending a form back.", "Says it is another department's job." },
};

static const char * const decline_notes[] = {
  "Please describe what they did for the customer.",
  "This is part of the usual job; thank them in person.",
  "Nominated twice for the same case this month.",
};

/* Words, most common first; the rest of the vocabulary is made up. */
static const char * const real_words[] = {
  "service", "staff", "helpful", "friendly", "quick", "app", "bill", "call", "waited",
  "problem", "thanks", "store", "phone", "internet", "contract", "price", "signal", "time",
  "minutes", "technician", "support", "great", "slow", "rude", "easy", "clear", "answer",
  "explained", "solved", "never", "again", "refund", "charge", "router", "connection",
  "upgrade", "offer", "plan", "roaming", "data", "speed", "outage", "delivery", "appointment",
  "patient", "polite", "professional", "confusing", "website", "login", "password", "email",
  "queue", "transfer", "number", "sim", "card", "payment", "invoice", "discount", "cancel",
  "renewal", "loyalty", "moving", "install", "cable", "fibre", "coverage", "network",
  "complaint", "manager", "colleague", "recommend", "excellent", "terrible", "disappointed",
  "happy", "satisfied", "promised", "callback", "chat", "agent", "advice", "honest",
  "expensive", "cheap", "fair", "hidden", "fees", "mistake", "wrong", "fixed", "broken",
  "device", "tablet", "laptop", "television", "channels", "package", "family", "business",
  "account", "update", "message", "notification", "reminder", "wait", "hold", "music",
  "transferred", "department", "branch", "visit", "smile", "welcome", "knowledge",
  "understood", "listened", "ignored", "repeated", "script", "human", "robot", "automatic",
  "survey", "question", "form", "documents", "identity", "check", "order", "tracking",
  "courier", "parcel", "late", "early", "weekend", "evening", "morning", "holiday", "abroad",
  "travel", "credit", "debit", "direct", "paper", "online", "portal", "download", "upload",
  "error", "crash", "freeze", "restart", "reset", "settings", "voicemail", "text",
  "unlimited", "allowance", "limit", "exceeded", "warning", "surprise", "shocked", "relief",
  "grateful", "impressed", "efficient", "thorough", "careful", "careless", "lazy", "kind",
  "calm", "angry", "upset", "frustrated", "annoyed", "pleased", "delighted", "amazing",
  "awful", "brilliant", "quickly", "slowly", "finally", "eventually", "immediately",
  "twice", "weeks", "months", "days", "hours", "yesterday", "today", "tomorrow",
};

static const char * const syllables[] = {
  "ba", "be", "bo", "ca", "da", "de", "di", "do", "fa", "fe", "ga", "go", "ha", "ka", "ke",
  "ki", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa",
  "pe", "pi", "po", "ra", "re", "ri", "ro", "ru", "sa", "se", "si", "so", "ta", "te", "ti",
  "to", "tu", "va", "ve", "vi", "vo", "za", "zo", "ar", "el", "in", "or", "us", "an", "en",
};

/* Helpers -------------------------------------------------------------------- */

static void
random_uuid (GRand  *rand,
             guint8  uuid[16])
{
  for (guint i = 0; i < 16; i += 4)
    {
      guint32 v = g_rand_int (rand);

      memcpy (uuid + i, &v, 4);
    }
  uuid[6] = (uuid[6] & 0x0f) | 0x40;   /* version 4 */
  uuid[8] = (uuid[8] & 0x3f) | 0x80;   /* RFC 4122 variant */
}

void
bench_format_uuid (const guint8 uuid[16],
                   char         out[37])
{
  static const char hex[] = "0123456789abcdef";
  guint j = 0;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[j++] = '-';
      out[j++] = hex[uuid[i] >> 4];
      out[j++] = hex[uuid[i] & 0xf];
    }
  out[j] = '\0';
}

void
bench_format_timestamp (gint64 t,
                        char   out[32])
{
  time_t tt = (time_t)t;
  struct tm tm;

  gmtime_r (&tt, &tm);
  strftime (out, 32, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
}

static void
format_date (gint64 t,
             char   out[11])
{
  time_t tt = (time_t)t;
  struct tm tm;

  gmtime_r (&tt, &tm);
  strftime (out, 11, "%Y-%m-%d", &tm);
}

/* "YYYY-MM-DD HH:MM:SS", as survey tools export times */
static void
format_export_time (gint64 t,
                    char   out[32])
{
  time_t tt = (time_t)t;
  struct tm tm;

  gmtime_r (&tt, &tm);
  strftime (out, 32, "%Y-%m-%d %H:%M:%S", &tm);
}

static gint64
parse_time (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert (dt != NULL);
  return g_date_time_to_unix (dt);
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint x;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  x = g_rand_int_range (rand, 0, (gint32)total);
  for (guint i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}

/* Texts ---------------------------------------------------------------------- */

typedef struct
{
  GRand  *rand;
  double *cdf;       /* cumulative Zipf weights of the vocabulary */
  GString *buf;
} TextGen;

static void
build_vocabulary (BenchData *data,
                  GRand     *rand)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  data->vocabulary = g_new0 (const char *, N_VOCABULARY + 1);
  for (guint i = 0; i < G_N_ELEMENTS (real_words); i++)
    {
      data->vocabulary[n++] = real_words[i];
      g_hash_table_add (seen, (gpointer)real_words[i]);
    }

  while (n < N_VOCABULARY)
    {
      char word[32] = "";
      guint n_syllables = g_rand_int_range (rand, 2, 5);
      const char *stored;

      for (guint s = 0; s < n_syllables; s++)
        g_strlcat (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))],
                   sizeof word);
      if (g_hash_table_contains (seen, word))
        continue;
      stored = g_string_chunk_insert_const (data->strings, word);
      g_hash_table_add (seen, (gpointer)stored);
      data->vocabulary[n++] = stored;
    }
  data->n_vocabulary = n;
}

static void
text_gen_init (TextGen   *gen,
               BenchData *data,
               GRand     *rand)
{
  double sum = 0;

  gen->rand = rand;
  gen->cdf = g_new (double, data->n_vocabulary);
  for (guint i = 0; i < data->n_vocabulary; i++)
    {
      sum += 1.0 / (i + 1);
      gen->cdf[i] = sum;
    }
  for (guint i = 0; i < data->n_vocabulary; i++)
    gen->cdf[i] /= sum;
  gen->buf = g_string_sized_new (512);
}

static void
text_gen_clear (TextGen *gen)
{
  g_free (gen->cdf);
  g_string_free (gen->buf, TRUE);
}

static const char *
zipf_word (TextGen   *gen,
           BenchData *data)
{
  double x = g_rand_double (gen->rand);
  guint lo = 0, hi = data->n_vocabulary - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (gen->cdf[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return data->vocabulary[lo];
}

/* Sentences of 4–12 words, the first letter of each in capitals. */
static const char *
make_text (TextGen   *gen,
           BenchData *data,
           guint      min_words,
           guint      max_words)
{
  guint n = g_rand_int_range (gen->rand, (gint32)min_words, (gint32)max_words + 1);
  guint left_in_sentence = 0;

  g_string_truncate (gen->buf, 0);
  for (guint i = 0; i < n; i++)
    {
      const char *word = zipf_word (gen, data);

      if (left_in_sentence == 0)
        {
          if (i > 0)
            g_string_append (gen->buf, ". ");
          left_in_sentence = g_rand_int_range (gen->rand, 4, 13);
          g_string_append_c (gen->buf, g_ascii_toupper (word[0]));
          g_string_append (gen->buf, word + 1);
        }
      else
        {
          g_string_append (gen->buf, g_rand_int_range (gen->rand, 0, 12) == 0 ? ", " : " ");
          g_string_append (gen->buf, word);
        }
      left_in_sentence--;
    }
  if (n > 0)
    g_string_append_c (gen->buf, g_rand_int_range (gen->rand, 0, 8) == 0 ? '!' : '.');

  return g_string_chunk_insert (data->strings, gen->buf->str);
}

/* Generation ----------------------------------------------------------------- */

static void
generate_structure (BenchData *data,
                    GRand     *rand)
{
  static const guint level_weights[] = { 15, 40, 30, 15 };
  static const char * const levels[] = { "owns", "delivers", "supports", "informed" };
  g_autoptr(GHashTable) pairs = g_hash_table_new (g_direct_hash, g_direct_equal);

  data->n_departments = BENCH_DEPARTMENTS;
  data->departments = g_new0 (BenchDepartment, data->n_departments);
  for (guint d = 0; d < data->n_departments; d++)
    {
      random_uuid (rand, data->departments[d].uuid);
      data->departments[d].name = department_names[d].name;
      data->departments[d].back_office = department_names[d].back_office;
    }

  data->n_roles = BENCH_DEPARTMENTS * BENCH_ROLES_PER_DEPT;
  data->roles = g_new0 (BenchRole, data->n_roles);
  for (guint r = 0; r < data->n_roles; r++)
    {
      BenchRole *role = &data->roles[r];
      guint t = r % BENCH_ROLES_PER_DEPT;

      random_uuid (rand, role->uuid);
      role->department = r / BENCH_ROLES_PER_DEPT;
      role->name = role_titles[t].title;
      role->attitudes = role_titles[t].attitudes;
      role->manager = role_titles[t].manager;
    }

  data->n_stages = BENCH_STAGES;
  data->stages = g_new0 (BenchStage, data->n_stages);
  data->n_touchpoints = BENCH_STAGES * BENCH_TP_PER_STAGE;
  data->touchpoints = g_new0 (BenchTouchpoint, data->n_touchpoints);
  for (guint s = 0; s < data->n_stages; s++)
    {
      random_uuid (rand, data->stages[s].uuid);
      data->stages[s].name = stage_names[s].name;
      data->stages[s].description = stage_names[s].description;

      for (guint i = 0; i < BENCH_TP_PER_STAGE; i++)
        {
          BenchTouchpoint *tp = &data->touchpoints[s * BENCH_TP_PER_STAGE + i];
          guint topic = i / 5, channel = i % 5;
          g_autofree char *name = NULL;

          random_uuid (rand, tp->uuid);
          tp->stage = s;
          tp->position = i;
          name = g_strdup_printf ("%s: %s", touchpoint_channels[channel].label,
                                  stage_names[s].topics[topic]);
          tp->name = g_string_chunk_insert (data->strings, name);
          tp->channel = bench_channels[touchpoint_channels[channel].channel];
        }
    }

  /* Front-office roles serve six touchpoints, back-office roles three. */
  data->responsibilities = g_new0 (BenchResponsibility, data->n_roles * 6);
  for (guint r = 0; r < data->n_roles; r++)
    {
      guint n = data->departments[data->roles[r].department].back_office ? 3 : 6;

      for (guint k = 0; k < n; k++)
        {
          BenchResponsibility *resp;
          guint tp;

          do
            tp = g_rand_int_range (rand, 0, (gint32)data->n_touchpoints);
          while (g_hash_table_contains (pairs, GUINT_TO_POINTER (r * 1000 + tp + 1)));
          g_hash_table_add (pairs, GUINT_TO_POINTER (r * 1000 + tp + 1));

          resp = &data->responsibilities[data->n_responsibilities++];
          random_uuid (rand, resp->uuid);
          resp->role = r;
          resp->touchpoint = tp;
          resp->level = levels[pick_weighted (rand, level_weights, G_N_ELEMENTS (level_weights))];
        }
    }

  data->n_values = G_N_ELEMENTS (value_defs);
  data->values = g_new0 (BenchValue, data->n_values);
  for (guint v = 0; v < data->n_values; v++)
    {
      data->values[v] = value_defs[v];
      random_uuid (rand, data->values[v].uuid);
    }
}

static void
generate_employees (BenchData *data,
                    GRand     *rand,
                    guint      n)
{
  guint weights[BENCH_ROLES_PER_DEPT];
  gint64 hire_from = parse_time ("2000-01-01T00:00:00Z");
  gint64 hire_to = parse_time ("2025-09-30T00:00:00Z");

  for (guint t = 0; t < BENCH_ROLES_PER_DEPT; t++)
    weights[t] = role_titles[t].weight;

  data->n_employees = n;
  data->employees = g_new0 (BenchEmployee, n);
  for (guint i = 0; i < n; i++)
    {
      BenchEmployee *e = &data->employees[i];
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *email = NULL;

      random_uuid (rand, e->uuid);
      g_snprintf (e->number, sizeof e->number, "E%06u", i + 1);
      e->first_name = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
      e->last_name = last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))];
      /* Every department has at least its director, manager and team leader. */
      if (i < data->n_roles)
        {
          e->department = i / BENCH_ROLES_PER_DEPT;
          e->role = i;
        }
      else
        {
          e->department = g_rand_int_range (rand, 0, (gint32)data->n_departments);
          e->role = e->department * BENCH_ROLES_PER_DEPT
                    + pick_weighted (rand, weights, BENCH_ROLES_PER_DEPT);
        }
      first = g_ascii_strdown (e->first_name, -1);
      last = g_strdelimit (g_ascii_strdown (e->last_name, -1), " ", '-');
      email = g_strdup_printf ("%s.%s.%u@meridian.example", first, last, i + 1);
      e->email = g_string_chunk_insert (data->strings, email);
      e->site = sites[g_rand_int_range (rand, 0, G_N_ELEMENTS (sites))];
      format_date (hire_from + (gint64)(g_rand_double (rand) * (double)(hire_to - hire_from)),
                   e->hire_date);
      e->active = i < data->n_roles || g_rand_int_range (rand, 0, 100) >= 4;
    }
}

static void
generate_nominations (BenchData *data,
                      GRand     *rand,
                      TextGen   *gen,
                      guint      n,
                      gint64     start,
                      gint64     end)
{
  static const guint old_status_weights[] = { 4, 72, 9, 15 };
  g_autoptr(GPtrArray) managers = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  gint64 recent = end - 21 * 86400;
  double step = (double)(end - start) / MAX (n, 1);

  for (guint d = 0; d < data->n_departments; d++)
    g_ptr_array_add (managers, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < data->n_employees; i++)
    if (data->roles[data->employees[i].role].manager && data->employees[i].active)
      g_array_append_val (g_ptr_array_index (managers, data->employees[i].department), i);

  data->n_nominations = n;
  data->nominations = g_new0 (BenchNomination, n);
  for (guint i = 0; i < n; i++)
    {
      BenchNomination *nom = &data->nominations[i];
      GArray *deciders;
      guint dept;

      random_uuid (rand, nom->uuid);
      nom->submitted_at = start + (gint64)((i + g_rand_double (rand)) * step);
      nom->nominator = g_rand_int_range (rand, 0, (gint32)data->n_employees);
      if (g_rand_int_range (rand, 0, 100) < 8)
        {
          nom->nominee_employee = -1;
          nom->nominee_department = g_rand_int_range (rand, 0, (gint32)data->n_departments);
          dept = nom->nominee_department;
        }
      else
        {
          do
            nom->nominee_employee = g_rand_int_range (rand, 0, (gint32)data->n_employees);
          while (data->n_employees > 1 && nom->nominee_employee == nom->nominator);
          nom->nominee_department = -1;
          dept = data->employees[nom->nominee_employee].department;
        }
      nom->value = g_rand_int_range (rand, 0, (gint32)data->n_values);
      nom->touchpoint = g_rand_int_range (rand, 0, 100) < 60
                          ? g_rand_int_range (rand, 0, (gint32)data->n_touchpoints) : -1;
      nom->story = make_text (gen, data, 10, 45);
      nom->is_public = g_rand_int_range (rand, 0, 100) < 90;
      nom->decision_note = "";

      if (nom->submitted_at >= recent)
        nom->status = g_rand_int_range (rand, 0, 100) < 80 ? STATUS_SUBMITTED : STATUS_APPROVED;
      else
        nom->status = pick_weighted (rand, old_status_weights, G_N_ELEMENTS (old_status_weights));

      nom->decider = -1;
      if (nom->status != STATUS_SUBMITTED)
        {
          deciders = g_ptr_array_index (managers, dept);
          if (deciders->len > 0)
            nom->decider = g_array_index (deciders, guint,
                                          g_rand_int_range (rand, 0, (gint32)deciders->len));
          nom->decided_at = MIN (nom->submitted_at + g_rand_int_range (rand, 3600, 10 * 86400),
                                 end);
          if (nom->status == STATUS_DECLINED)
            nom->decision_note = decline_notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (decline_notes))];
          if (nom->status == STATUS_CELEBRATED)
            nom->celebrated_at = MIN (nom->decided_at + g_rand_int_range (rand, 3600, 14 * 86400),
                                      end);
        }
    }
}

static void
generate_feedback (BenchData *data,
                   GRand     *rand,
                   TextGen   *gen,
                   guint      n,
                   gint64     start,
                   gint64     end)
{
  static const guint kind_weights[] = { 85, 8, 5, 2 };
  static const guint survey_weights[] = { 0, 50, 22, 13 };
  static const guint nps_weights[] = { 3, 2, 2, 3, 3, 5, 7, 10, 15, 22, 28 };
  static const guint csat_weights[] = { 5, 8, 17, 35, 35 };
  static const guint ces_weights[] = { 4, 5, 8, 13, 20, 25, 25 };
  double step = (double)(end - start) / MAX (n, 1);

  data->n_feedback = n;
  data->feedback = g_new0 (BenchFeedback, n);
  for (guint i = 0; i < n; i++)
    {
      BenchFeedback *f = &data->feedback[i];

      random_uuid (rand, f->uuid);
      f->received_at = start + (gint64)((i + g_rand_double (rand)) * step);
      f->touchpoint = g_rand_int_range (rand, 0, 100) < 92
                        ? g_rand_int_range (rand, 0, (gint32)data->n_touchpoints) : -1;
      if (f->touchpoint >= 0 && g_rand_int_range (rand, 0, 100) < 85)
        {
          const char *channel = data->touchpoints[f->touchpoint].channel;

          for (guint c = 0; c < G_N_ELEMENTS (bench_channels); c++)
            if (g_str_equal (bench_channels[c], channel))
              f->channel = c;
        }
      else
        f->channel = g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_channels));
      f->customer = g_rand_int_range (rand, 1, 400000);
      f->kind = pick_weighted (rand, kind_weights, G_N_ELEMENTS (kind_weights));
      f->score = -1;
      f->score_type = SCORE_NONE;
      if (f->kind == KIND_SURVEY)
        {
          /* Some touchpoints do better than others. */
          int bias = f->touchpoint >= 0 ? (f->touchpoint * 7) % 5 - 2 : 0;

          f->score_type = pick_weighted (rand, survey_weights, G_N_ELEMENTS (survey_weights));
          switch (f->score_type)
            {
            case SCORE_NPS:
              f->score = pick_weighted (rand, nps_weights, G_N_ELEMENTS (nps_weights));
              if (bias != 0 && g_rand_int_range (rand, 0, 4) == 0)
                f->score = CLAMP (f->score + bias, 0, 10);
              break;
            case SCORE_CSAT:
              f->score = 1 + pick_weighted (rand, csat_weights, G_N_ELEMENTS (csat_weights));
              break;
            case SCORE_CES:
            default:
              f->score = 1 + pick_weighted (rand, ces_weights, G_N_ELEMENTS (ces_weights));
              break;
            }
          f->text = g_rand_int_range (rand, 0, 100) < 70 ? make_text (gen, data, 4, 30) : "";
        }
      else
        f->text = make_text (gen, data, 8, 40);
    }
}

/**
 * bench_data_generate:
 * @scale: divide the people, nominations and feedback by this
 *
 * Returns: the organisation, the same for the same @scale
 */
BenchData *
bench_data_generate (guint scale)
{
  BenchData *data = g_new0 (BenchData, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  gint64 end = parse_time (BENCH_NOW);
  gint64 start = end - 2 * 365 * 86400;
  TextGen gen;

  g_assert (scale >= 1);

  data->scale = scale;
  data->strings = g_string_chunk_new (16 * 1024 * 1024);

  build_vocabulary (data, rand);
  text_gen_init (&gen, data, rand);

  {
    guint8 uuid[16];
    char text[37];

    random_uuid (rand, uuid);
    bench_format_uuid (uuid, text);
    data->organisation_uuid = g_strdup (text);
  }

  generate_structure (data, rand);
  generate_employees (data, rand, MAX (BENCH_EMPLOYEES / scale, data->n_roles));
  generate_nominations (data, rand, &gen, MAX (BENCH_NOMINATIONS / scale, 1), start, end);
  generate_feedback (data, rand, &gen, MAX (BENCH_FEEDBACK / scale, 1), start, end);

  text_gen_clear (&gen);
  return data;
}

void
bench_data_free (BenchData *data)
{
  if (data == NULL)
    return;

  g_free (data->organisation_uuid);
  g_free (data->vocabulary);
  g_free (data->departments);
  g_free (data->roles);
  g_free (data->employees);
  g_free (data->stages);
  g_free (data->touchpoints);
  g_free (data->responsibilities);
  g_free (data->values);
  g_free (data->nominations);
  g_free (data->feedback);
  g_string_chunk_free (data->strings);
  g_free (data);
}

/* Writing ---------------------------------------------------------------------- */

typedef struct
{
  FILE *fp;
  char *path;
  char *buffer;
} Out;

static gboolean
out_open (Out         *out,
          const char  *path,
          GError     **error)
{
  out->fp = fopen (path, "wb");
  if (out->fp == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot write %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  out->path = g_strdup (path);
  out->buffer = g_malloc (1 << 20);
  setvbuf (out->fp, out->buffer, _IOFBF, 1 << 20);
  return TRUE;
}

static gboolean
out_close (Out     *out,
           GError **error)
{
  gboolean ok = !ferror (out->fp);

  if (fclose (out->fp) != 0)
    ok = FALSE;
  if (!ok)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "Cannot write %s", out->path);
  g_free (out->path);
  g_free (out->buffer);
  return ok;
}

/* One CSV value: quoted when it holds a separator, a quote or a line break. */
static void
csv_value (FILE       *fp,
           const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      fputs (value, fp);
      return;
    }
  fputc ('"', fp);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        fputc ('"', fp);
      fputc (*p, fp);
    }
  fputc ('"', fp);
}

/**
 * bench_write_roster_csv:
 *
 * The people as an HR system exports them, one line per employee.
 */
gboolean
bench_write_roster_csv (BenchData   *data,
                        const char  *path,
                        GError     **error)
{
  Out out = { 0 };

  if (!out_open (&out, path, error))
    return FALSE;

  fputs ("Employee ID,First Name,Last Name,Work Email,Department,Job Title,"
         "Front/back office,Location,Hire Date,Employment Status\r\n", out.fp);
  for (guint i = 0; i < data->n_employees; i++)
    {
      const BenchEmployee *e = &data->employees[i];
      const BenchDepartment *d = &data->departments[e->department];

      csv_value (out.fp, e->number);
      fputc (',', out.fp);
      csv_value (out.fp, e->first_name);
      fputc (',', out.fp);
      csv_value (out.fp, e->last_name);
      fputc (',', out.fp);
      csv_value (out.fp, e->email);
      fputc (',', out.fp);
      csv_value (out.fp, d->name);
      fputc (',', out.fp);
      csv_value (out.fp, data->roles[e->role].name);
      fputc (',', out.fp);
      fputs (d->back_office ? "Back office" : "Front office", out.fp);
      fputc (',', out.fp);
      csv_value (out.fp, e->site);
      fputc (',', out.fp);
      fputs (e->hire_date, out.fp);
      fputc (',', out.fp);
      fputs (e->active ? "Active" : "Terminated", out.fp);
      fputs ("\r\n", out.fp);
    }

  return out_close (&out, error);
}

/**
 * bench_write_feedback_csv:
 *
 * The feedback as a survey tool exports it, one line per answer.
 */
gboolean
bench_write_feedback_csv (BenchData   *data,
                          const char  *path,
                          GError     **error)
{
  Out out = { 0 };

  if (!out_open (&out, path, error))
    return FALSE;

  fputs ("Submitted at,Customer ID,Channel,Touchpoint,Feedback type,Survey type,"
         "Score,Comment\r\n", out.fp);
  for (guint i = 0; i < data->n_feedback; i++)
    {
      const BenchFeedback *f = &data->feedback[i];
      char when[32];

      format_export_time (f->received_at, when);
      fputs (when, out.fp);
      fprintf (out.fp, ",C%07u,", f->customer);
      fputs (channel_labels[f->channel], out.fp);
      fputc (',', out.fp);
      if (f->touchpoint >= 0)
        csv_value (out.fp, data->touchpoints[f->touchpoint].name);
      fputc (',', out.fp);
      fputs (kind_labels[f->kind], out.fp);
      fputc (',', out.fp);
      fputs (score_type_labels[f->score_type], out.fp);
      fputc (',', out.fp);
      if (f->score >= 0)
        fprintf (out.fp, "%d", f->score);
      fputc (',', out.fp);
      csv_value (out.fp, f->text);
      fputs ("\r\n", out.fp);
    }

  return out_close (&out, error);
}

/* JSON ------------------------------------------------------------------------ */

static void
json_string (FILE       *fp,
             const char *value)
{
  fputc ('"', fp);
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        {
          fputc ('\\', fp);
          fputc (c, fp);
        }
      else if (c < 0x20)
        fprintf (fp, "\\u%04x", c);
      else
        fputc (c, fp);
    }
  fputc ('"', fp);
}

static void
json_uuid (FILE         *fp,
           const guint8  uuid[16])
{
  char text[37];

  bench_format_uuid (uuid, text);
  fputc ('"', fp);
  fputs (text, fp);
  fputc ('"', fp);
}

static void
json_time (FILE   *fp,
           gint64  t)
{
  char text[32];

  bench_format_timestamp (t, text);
  fputc ('"', fp);
  fputs (text, fp);
  fputc ('"', fp);
}

/* "key": */
static void
json_key (FILE       *fp,
          const char *key)
{
  fputc ('"', fp);
  fputs (key, fp);
  fputs ("\":", fp);
}

static void
json_member_string (FILE       *fp,
                    const char *key,
                    const char *value)
{
  json_key (fp, key);
  json_string (fp, value);
}

static void
json_member_uuid (FILE         *fp,
                  const char   *key,
                  const guint8  uuid[16])
{
  json_key (fp, key);
  json_uuid (fp, uuid);
}

gboolean
bench_write_bundle (BenchData   *data,
                    const char  *path,
                    gboolean     with_nominations,
                    gboolean     with_feedback,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (BENCH_NOW, NULL);
  gint64 created = g_date_time_to_unix (now) - 2 * 365 * 86400 - 30 * 86400;
  FILE *fp;
  Out out = { 0 };

  if (!out_open (&out, path, error))
    return FALSE;
  fp = out.fp;

#define SEP(i) do { if ((i) > 0) fputs (",\n", fp); } while (0)
#define STAMPS() do { fputc (',', fp); json_key (fp, "created_at"); json_time (fp, created); \
                      fputc (',', fp); json_key (fp, "updated_at"); json_time (fp, created); } while (0)

  fprintf (fp, "{\"format\":\"embassy-bundle\",\"version\":1,\n");
  json_key (fp, "exported_at");
  json_time (fp, g_date_time_to_unix (now));
  fputs (",\n", fp);

  json_key (fp, "organisation");
  fputc ('{', fp);
  json_member_string (fp, "uuid", data->organisation_uuid);
  fputc (',', fp);
  json_member_string (fp, "name", "Meridian Telecom");
  fputc (',', fp);
  json_member_string (fp, "vision", "Every customer leaves a conversation with us better off.");
  fputc (',', fp);
  json_member_string (fp, "cx_strategy", "Own the problem, speak plainly, keep promises.");
  STAMPS ();
  fputs ("},\n", fp);

  json_key (fp, "departments");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_departments; i++)
    {
      const BenchDepartment *d = &data->departments[i];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", d->uuid);
      fputc (',', fp);
      json_member_string (fp, "name", d->name);
      fputc (',', fp);
      json_member_string (fp, "office", d->back_office ? "back" : "front");
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "roles");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_roles; i++)
    {
      const BenchRole *r = &data->roles[i];
      const BenchDepartment *d = &data->departments[r->department];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", r->uuid);
      fputc (',', fp);
      json_member_uuid (fp, "department", d->uuid);
      fputc (',', fp);
      json_member_string (fp, "name", r->name);
      fputc (',', fp);
      json_member_string (fp, "office", d->back_office ? "back" : "front");
      fputc (',', fp);
      json_member_string (fp, "attitudes", r->attitudes);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "employees");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_employees; i++)
    {
      const BenchEmployee *e = &data->employees[i];
      g_autofree char *name = g_strdup_printf ("%s %s", e->first_name, e->last_name);

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", e->uuid);
      fputc (',', fp);
      json_member_string (fp, "employee_number", e->number);
      fputc (',', fp);
      json_member_string (fp, "name", name);
      fputc (',', fp);
      json_member_string (fp, "email", e->email);
      fputc (',', fp);
      json_member_uuid (fp, "role", data->roles[e->role].uuid);
      fputc (',', fp);
      json_member_uuid (fp, "department", data->departments[e->department].uuid);
      fputc (',', fp);
      json_member_string (fp, "site", e->site);
      fputc (',', fp);
      json_member_string (fp, "hire_date", e->hire_date);
      fputs (e->active ? ",\"active\":true" : ",\"active\":false", fp);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "values");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_values; i++)
    {
      const BenchValue *v = &data->values[i];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", v->uuid);
      fputc (',', fp);
      json_member_string (fp, "name", v->name);
      fputc (',', fp);
      json_member_string (fp, "description", v->description);
      fputc (',', fp);
      json_member_string (fp, "desired_behaviours", v->desired);
      fputc (',', fp);
      json_member_string (fp, "undesired_behaviours", v->undesired);
      fprintf (fp, ",\"position\":%u", i);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "stages");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_stages; i++)
    {
      const BenchStage *s = &data->stages[i];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", s->uuid);
      fputc (',', fp);
      json_member_string (fp, "name", s->name);
      fputc (',', fp);
      json_member_string (fp, "description", s->description);
      fprintf (fp, ",\"position\":%u", i);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "touchpoints");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_touchpoints; i++)
    {
      const BenchTouchpoint *t = &data->touchpoints[i];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", t->uuid);
      fputc (',', fp);
      json_member_uuid (fp, "stage", data->stages[t->stage].uuid);
      fputc (',', fp);
      json_member_string (fp, "name", t->name);
      fputc (',', fp);
      json_member_string (fp, "channel", t->channel);
      fprintf (fp, ",\"position\":%u", t->position);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("],\n", fp);

  json_key (fp, "responsibilities");
  fputs ("[\n", fp);
  for (guint i = 0; i < data->n_responsibilities; i++)
    {
      const BenchResponsibility *r = &data->responsibilities[i];

      SEP (i);
      fputc ('{', fp);
      json_member_uuid (fp, "uuid", r->uuid);
      fputc (',', fp);
      json_member_uuid (fp, "role", data->roles[r->role].uuid);
      fputc (',', fp);
      json_member_uuid (fp, "touchpoint", data->touchpoints[r->touchpoint].uuid);
      fputc (',', fp);
      json_member_string (fp, "level", r->level);
      STAMPS ();
      fputc ('}', fp);
    }
  fputs ("]", fp);

  if (with_feedback)
    {
      fputs (",\n", fp);
      json_key (fp, "feedback");
      fputs ("[\n", fp);
      for (guint i = 0; i < data->n_feedback; i++)
        {
          const BenchFeedback *f = &data->feedback[i];
          char ref[16];

          SEP (i);
          fputc ('{', fp);
          json_member_uuid (fp, "uuid", f->uuid);
          fputc (',', fp);
          json_key (fp, "received_at");
          json_time (fp, f->received_at);
          fputc (',', fp);
          json_member_string (fp, "channel", bench_channels[f->channel]);
          if (f->touchpoint >= 0)
            {
              fputc (',', fp);
              json_member_uuid (fp, "touchpoint", data->touchpoints[f->touchpoint].uuid);
            }
          fputc (',', fp);
          json_member_string (fp, "kind", bench_feedback_kinds[f->kind]);
          fputc (',', fp);
          json_member_string (fp, "score_type", bench_score_types[f->score_type]);
          if (f->score >= 0)
            fprintf (fp, ",\"score\":%d", f->score);
          fputc (',', fp);
          json_member_string (fp, "text", f->text);
          g_snprintf (ref, sizeof ref, "C%07u", f->customer);
          fputc (',', fp);
          json_member_string (fp, "customer_ref", ref);
          fputc (',', fp);
          json_member_string (fp, "follow_up", "new");
          fputc (',', fp);
          json_key (fp, "created_at");
          json_time (fp, f->received_at);
          fputc (',', fp);
          json_key (fp, "updated_at");
          json_time (fp, f->received_at);
          fputc ('}', fp);
        }
      fputs ("]", fp);
    }

  if (with_nominations)
    {
      fputs (",\n", fp);
      json_key (fp, "nominations");
      fputs ("[\n", fp);
      for (guint i = 0; i < data->n_nominations; i++)
        {
          const BenchNomination *n = &data->nominations[i];
          gint64 updated = MAX (n->submitted_at, MAX (n->decided_at, n->celebrated_at));

          SEP (i);
          fputc ('{', fp);
          json_member_uuid (fp, "uuid", n->uuid);
          if (n->nominee_employee >= 0)
            {
              fputc (',', fp);
              json_member_uuid (fp, "nominee_employee",
                                data->employees[n->nominee_employee].uuid);
            }
          else
            {
              fputc (',', fp);
              json_member_uuid (fp, "nominee_department",
                                data->departments[n->nominee_department].uuid);
            }
          if (n->nominator >= 0)
            {
              fputc (',', fp);
              json_member_uuid (fp, "nominator", data->employees[n->nominator].uuid);
            }
          fputc (',', fp);
          json_member_uuid (fp, "value", data->values[n->value].uuid);
          if (n->touchpoint >= 0)
            {
              fputc (',', fp);
              json_member_uuid (fp, "touchpoint", data->touchpoints[n->touchpoint].uuid);
            }
          fputc (',', fp);
          json_member_string (fp, "story", n->story);
          fputs (n->is_public ? ",\"is_public\":true" : ",\"is_public\":false", fp);
          fputc (',', fp);
          json_member_string (fp, "status", bench_nomination_status[n->status]);
          if (n->decider >= 0)
            {
              fputc (',', fp);
              json_member_uuid (fp, "decider", data->employees[n->decider].uuid);
            }
          fputc (',', fp);
          json_member_string (fp, "decision_note", n->decision_note);
          fputc (',', fp);
          json_key (fp, "submitted_at");
          json_time (fp, n->submitted_at);
          if (n->decided_at != 0)
            {
              fputc (',', fp);
              json_key (fp, "decided_at");
              json_time (fp, n->decided_at);
            }
          if (n->celebrated_at != 0)
            {
              fputc (',', fp);
              json_key (fp, "celebrated_at");
              json_time (fp, n->celebrated_at);
            }
          fputc (',', fp);
          json_key (fp, "created_at");
          json_time (fp, n->submitted_at);
          fputc (',', fp);
          json_key (fp, "updated_at");
          json_time (fp, updated);
          fputc ('}', fp);
        }
      fputs ("]", fp);
    }

  fputs ("}\n", fp);

#undef SEP
#undef STAMPS

  return out_close (&out, error);
}
