/* staff-helper.c: the second process of the staff view's end-to-end test
 *
 * Reads and prepares the programme database through the model layer, as
 * another program on the same file would, while `embassy --staff` runs:
 *
 *   staff-helper DB choose              an active employee with items to
 *                                       acknowledge: "NUMBER<TAB>NAME"
 *   staff-helper DB pending NUMBER      "KIND<TAB>ID<TAB>TITLE" per item waiting
 *   staff-helper DB has-acknowledged NUMBER KIND ID
 *                                       exits 0 when it is acknowledged, 1 if not
 *   staff-helper DB colleague NUMBER    another active employee, someone
 *                                       NUMBER may nominate: "NUMBER<TAB>NAME"
 *   staff-helper DB has-nominated NOMINATOR WORDS [NOMINEE]
 *                                       exits 0 when NOMINATOR (a number) has
 *                                       sent a nomination, not anonymously,
 *                                       whose story contains WORDS (and that
 *                                       names NOMINEE, a number), 1 if not
 *
 * KIND is 0 (promise), 1 (announcement) or 2 (values). Exits 2 on misuse.
 * has-nominated asks the recognition store as the manager window does (its
 * filter: the nominator and the story search, which matches words by
 * prefix and ignores case), then reads each story found for WORDS as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-people-store.h"
#include "emb-recognition-store.h"

static gint64
employee_id (EmbDatabase *db,
             const char  *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) employee = emb_people_store_find_employee (db, number, &error);

  if (employee == NULL)
    {
      g_printerr ("%s: %s\n", number, error != NULL ? error->message : "not found");
      exit (2);
    }
  return emb_record_get_id (EMB_RECORD (employee));
}

static int
choose (EmbDatabase *db)
{
  for (guint i = 1; i < 5000; i++)
    {
      g_autofree char *number = g_strdup_printf ("NB-%05u", i);
      g_autoptr(EmbEmployee) employee = emb_people_store_find_employee (db, number, NULL);
      g_autoptr(GListModel) pending = NULL;

      if (employee == NULL || !emb_employee_get_active (employee) ||
          emb_employee_get_role_id (employee) == 0)
        continue;
      pending = emb_acknowledgement_store_list_pending (db, emb_record_get_id (EMB_RECORD (employee)),
                                                        NULL);
      if (pending != NULL && g_list_model_get_n_items (pending) > 0)
        {
          g_print ("%s\t%s\n", number, emb_employee_get_name (employee));
          return 0;
        }
    }
  g_printerr ("no employee has anything to acknowledge\n");
  return 1;
}

static int
pending (EmbDatabase *db,
         gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = emb_acknowledgement_store_list_pending (db, id, &error);

  if (items == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(EmbPendingItem) item = g_list_model_get_item (items, i);

      g_print ("%d\t%" G_GINT64_FORMAT "\t%s\n", (int)emb_pending_item_get_kind (item),
               emb_pending_item_get_item_id (item), emb_pending_item_get_title (item));
    }
  return 0;
}

static int
colleague (EmbDatabase *db,
           const char  *number)
{
  for (guint i = 1; i < 5000; i++)
    {
      g_autofree char *other = g_strdup_printf ("NB-%05u", i);
      g_autoptr(EmbEmployee) employee = NULL;

      if (g_str_equal (other, number))
        continue;
      employee = emb_people_store_find_employee (db, other, NULL);
      if (employee != NULL && emb_employee_get_active (employee))
        {
          g_print ("%s\t%s\n", other, emb_employee_get_name (employee));
          return 0;
        }
    }
  g_printerr ("%s has no active colleague\n", number);
  return 1;
}

static int
has_nominated (EmbDatabase *db,
               gint64       nominator_id,
               const char  *words,
               gint64       nominee_id)
{
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) found = NULL;

  filter.nominator_id = nominator_id;
  filter.search = words;
  found = emb_recognition_store_query (db, &filter);
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(EmbNomination) nomination = g_list_model_get_item (found, i);
      const char *story = emb_nomination_get_story (nomination);

      if (emb_nomination_get_nominator_id (nomination) == nominator_id &&
          story != NULL && strstr (story, words) != NULL &&
          (nominee_id == 0 || emb_nomination_get_nominee_employee_id (nomination) == nominee_id))
        return 0;
    }
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (argc < 3)
    {
      g_printerr ("usage: %s DB choose|pending|has-acknowledged|colleague|has-nominated ...\n",
                  argv[0]);
      return 2;
    }

  db = emb_database_open (argv[1], &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[2], "choose") && argc == 3)
    return choose (db);
  if (g_str_equal (argv[2], "pending") && argc == 4)
    return pending (db, employee_id (db, argv[3]));
  if (g_str_equal (argv[2], "has-acknowledged") && argc == 6)
    return emb_acknowledgement_store_has_acknowledged (db, employee_id (db, argv[3]),
                                                       (EmbAcknowledgementItem)atoi (argv[4]),
                                                       g_ascii_strtoll (argv[5], NULL, 10))
           ? 0 : 1;
  if (g_str_equal (argv[2], "colleague") && argc == 4)
    return colleague (db, argv[3]);
  if (g_str_equal (argv[2], "has-nominated") && (argc == 5 || argc == 6) && *argv[4] != '\0')
    return has_nominated (db, employee_id (db, argv[3]), argv[4],
                          argc == 6 ? employee_id (db, argv[5]) : 0);

  g_printerr ("%s: unknown command or wrong arguments\n", argv[2]);
  return 2;
}
