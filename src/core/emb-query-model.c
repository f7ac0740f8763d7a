/* emb-query-model.c: a lazy list model over a query
 *
 * The model knows its row count and fetches rows a page at a time, on
 * demand. Pages are found by keyset: the page after a cached page starts
 * after that page's last (sort key, id); the page before one ends before its
 * first. For a jump to a far position the model keeps a skeleton of the
 * first key of every page, grown by scanning the sort index only as far as a
 * jump needs and dropped on every change, so no page is ever read through a
 * large OFFSET. Only a bounded number of pages is kept in memory.
 *
 * A model follows the changes of the kinds of records it shows by itself,
 * once per turn of the main loop, unless it is paused: a view that is not
 * shown pauses its models (the GUI's refresh rule), and a paused model only
 * notes that it is stale and counts again once, when it is resumed. A view
 * may also hide rows by id (deletions waiting behind an Undo toast): they
 * leave the list, its count and its positions, as if deleted, and come back
 * when shown again. (SQLite only: json_each() unpacks the list of hidden
 * ids; elsewhere an array parameter would.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-query-model"

#include "config.h"

#include "emb-query-model-private.h"

#define PAGE_SIZE 100
#define MAX_PAGES 64

typedef struct
{
  sqlite3_value *key;
  gint64         id;
} Key;

typedef struct
{
  GPtrArray *items;
  Key        first;
  Key        last;
} Page;

struct _EmbQueryModel
{
  GObject          parent_instance;

  EmbDatabase     *db;
  const EmbTable  *table;
  GPtrArray       *params;
  GArray          *kinds;
  char            *where;      /* the filter, over alias t */
  char            *by;         /* the sort key, over alias t */

  GArray          *hidden;     /* gint64, ascending: ids left out */
  char            *hidden_json; /* the same, a JSON array, or NULL */
  guint            hidden_index; /* the parameter ?N that binds it */

  char            *count_sql;
  char            *matching_sql;
  gboolean         descending;   /* from the largest key, reading indexes backwards */
  char            *first_sql;
  char            *after_sql;
  char            *from_sql;
  char            *before_sql;
  char            *scan_sql;
  char            *scan_after_sql;
  char            *position_sql;

  guint            n_items;
  GHashTable      *pages;      /* page number → Page */
  GQueue           lru;        /* page numbers, most recent first */
  GArray          *skeleton;   /* Key: the first key of each page */
  guint            refresh_idle;
  guint            n_counts;
  gboolean         paused;
  gboolean         stale;      /* changes came while paused */
};

enum {
  PROP_0,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EmbQueryModel, emb_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
key_clear (Key *key)
{
  g_clear_pointer (&key->key, sqlite3_value_free);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->items);
  key_clear (&page->first);
  key_clear (&page->last);
  g_free (page);
}

static void
drop_cache (EmbQueryModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  g_clear_pointer (&self->skeleton, g_array_unref);
}

/* Frees the statements that read rows (build_sql() writes them). */
static void
free_statements (EmbQueryModel *self)
{
  g_clear_pointer (&self->first_sql, g_free);
  g_clear_pointer (&self->after_sql, g_free);
  g_clear_pointer (&self->from_sql, g_free);
  g_clear_pointer (&self->before_sql, g_free);
  g_clear_pointer (&self->scan_sql, g_free);
  g_clear_pointer (&self->scan_after_sql, g_free);
  g_clear_pointer (&self->position_sql, g_free);
}

static void
bind_params (EmbQueryModel *self,
             sqlite3_stmt  *stmt)
{
  for (guint i = 0; self->params != NULL && i < self->params->len; i++)
    {
      GVariant *v = g_ptr_array_index (self->params, i);
      int index = i + 1;

      if (g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
        _emb_bind_text (stmt, index, g_variant_get_string (v, NULL));
      else if (g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
        sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (v));
      else if (g_variant_is_of_type (v, G_VARIANT_TYPE_INT32))
        sqlite3_bind_int (stmt, index, g_variant_get_int32 (v));
      else if (g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
        sqlite3_bind_int (stmt, index, g_variant_get_boolean (v));
      else
        g_assert_not_reached ();
    }

  if (self->hidden_json != NULL && sqlite3_bind_parameter_count (stmt) >= (int)self->hidden_index)
    sqlite3_bind_text (stmt, self->hidden_index, self->hidden_json, -1, SQLITE_TRANSIENT);
}

static void
bind_key (sqlite3_stmt *stmt,
          const Key    *key)
{
  sqlite3_bind_value (stmt, sqlite3_bind_parameter_index (stmt, ":key"), key->key);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), key->id);
}

/* How many rows of @ids (a JSON array) the filter selects. */
static guint
count_matching (EmbQueryModel *self,
                const char    *ids)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _emb_database_prepare (self->db, self->matching_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count rows of %s: %s", self->table->table, error->message);
      return 0;
    }
  bind_params (self, stmt);
  sqlite3_bind_text (stmt, self->hidden_index, ids, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return (guint)MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
}

static guint
count_rows (EmbQueryModel *self)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint n, n_hidden = 0;

  self->n_counts++;
  stmt = _emb_database_prepare (self->db, self->count_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count rows of %s: %s", self->table->table, error->message);
      return 0;
    }
  bind_params (self, stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  n = (guint)MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);

  /* The count may be one kept by triggers: the hidden rows it holds are
   * taken away. */
  if (self->hidden_json != NULL)
    n_hidden = count_matching (self, self->hidden_json);
  return n > n_hidden ? n - n_hidden : 0;
}

/* Makes sure the skeleton reaches page @number, if the list has that page.
 * The skeleton grows as far as it is needed: it continues the scan of the
 * sort index from its last key, keeping the key of every PAGE_SIZE-th row,
 * so a jump halfway down reads half the index once, and every later jump
 * within that half reads none. */
static void
ensure_skeleton (EmbQueryModel *self,
                 guint          number)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint row;

  if (self->skeleton == NULL)
    {
      self->skeleton = g_array_new (FALSE, TRUE, sizeof (Key));
      g_array_set_clear_func (self->skeleton, (GDestroyNotify)key_clear);
    }
  if (number < self->skeleton->len)
    return;

  stmt = _emb_database_prepare (self->db,
                                self->skeleton->len == 0 ? self->scan_sql : self->scan_after_sql,
                                &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot index %s: %s", self->table->table, error->message);
      return;
    }
  bind_params (self, stmt);
  if (self->skeleton->len > 0)
    bind_key (stmt, &g_array_index (self->skeleton, Key, self->skeleton->len - 1));

  /* The scan after the last key starts at the second row of its page. */
  row = self->skeleton->len == 0 ? 0 : 1;
  while (number >= self->skeleton->len && sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (row % PAGE_SIZE == 0)
        {
          Key key = { sqlite3_value_dup (sqlite3_column_value (stmt, 0)),
                      sqlite3_column_int64 (stmt, 1) };

          g_array_append_val (self->skeleton, key);
        }
      row++;
    }
}

static Page *
read_page (EmbQueryModel *self,
           sqlite3_stmt  *stmt,
           gboolean       reversed)
{
  int key_column = 4 + self->table->n_columns;
  Page *page = g_new0 (Page, 1);

  page->items = g_ptr_array_new_with_free_func (g_object_unref);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Key key = { NULL, sqlite3_column_int64 (stmt, 0) };

      g_ptr_array_add (page->items, _emb_table_read_row (self->table, stmt));
      key.key = sqlite3_value_dup (sqlite3_column_value (stmt, key_column));
      if (page->items->len == 1)
        {
          if (reversed)
            page->last = key;
          else
            page->first = key;
        }
      else
        {
          Key *end = reversed ? &page->first : &page->last;
          key_clear (end);
          *end = key;
        }
    }

  if (page->items->len == 1)
    {
      Key *other = reversed ? &page->first : &page->last;
      const Key *only = reversed ? &page->last : &page->first;

      other->key = sqlite3_value_dup (only->key);
      other->id = only->id;
    }

  if (reversed)
    {
      GPtrArray *items = page->items;

      for (guint i = 0; i < items->len / 2; i++)
        {
          gpointer tmp = items->pdata[i];
          items->pdata[i] = items->pdata[items->len - 1 - i];
          items->pdata[items->len - 1 - i] = tmp;
        }
    }

  return page;
}

static Page *
fetch_page (EmbQueryModel *self,
            guint          number)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  const Page *neighbour;
  const char *sql;
  const Key *key = NULL;
  gboolean reversed = FALSE;

  if (number == 0)
    sql = self->first_sql;
  else if ((neighbour = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (number - 1))) != NULL &&
           neighbour->items->len == PAGE_SIZE)
    {
      sql = self->after_sql;
      key = &neighbour->last;
    }
  else if ((neighbour = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (number + 1))) != NULL &&
           neighbour->items->len > 0)
    {
      sql = self->before_sql;
      key = &neighbour->first;
      reversed = TRUE;
    }
  else
    {
      ensure_skeleton (self, number);
      if (number >= self->skeleton->len)
        return NULL;
      sql = self->from_sql;
      key = &g_array_index (self->skeleton, Key, number);
    }

  stmt = _emb_database_prepare (self->db, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read %s: %s", self->table->table, error->message);
      return NULL;
    }
  bind_params (self, stmt);
  if (key != NULL)
    bind_key (stmt, key);

  return read_page (self, stmt, reversed);
}

static Page *
get_page (EmbQueryModel *self,
          guint          number)
{
  Page *page = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (number));

  if (page != NULL)
    {
      GList *link = g_queue_find (&self->lru, GUINT_TO_POINTER (number));

      if (link != self->lru.head)
        {
          g_queue_unlink (&self->lru, link);
          g_queue_push_head_link (&self->lru, link);
        }
      return page;
    }

  page = fetch_page (self, number);
  if (page == NULL)
    return NULL;

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (number), page);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (number));

  while (self->lru.length > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));

  return page;
}

static GType
emb_query_model_get_item_type (GListModel *model)
{
  EmbQueryModel *self = EMB_QUERY_MODEL (model);

  return self->table->get_type ();
}

static guint
emb_query_model_get_n_items (GListModel *model)
{
  return EMB_QUERY_MODEL (model)->n_items;
}

static gpointer
emb_query_model_get_item (GListModel *model,
                          guint       position)
{
  EmbQueryModel *self = EMB_QUERY_MODEL (model);
  Page *page;
  guint offset = position % PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;

  page = get_page (self, position / PAGE_SIZE);
  if (page == NULL || offset >= page->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (page->items, offset));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = emb_query_model_get_item_type;
  iface->get_n_items = emb_query_model_get_n_items;
  iface->get_item = emb_query_model_get_item;
}

static void
emb_query_model_dispose (GObject *object)
{
  EmbQueryModel *self = (EmbQueryModel *)object;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_object (&self->db);
  if (self->pages != NULL)
    drop_cache (self);

  G_OBJECT_CLASS (emb_query_model_parent_class)->dispose (object);
}

static void
emb_query_model_finalize (GObject *object)
{
  EmbQueryModel *self = (EmbQueryModel *)object;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->params, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  free_statements (self);
  g_free (self->count_sql);
  g_free (self->matching_sql);
  g_free (self->where);
  g_free (self->by);
  g_free (self->hidden_json);
  g_array_unref (self->hidden);

  G_OBJECT_CLASS (emb_query_model_parent_class)->finalize (object);
}

static void
emb_query_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EmbQueryModel *self = EMB_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_query_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EmbQueryModel *self = EMB_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      emb_query_model_set_paused (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_query_model_class_init (EmbQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_query_model_dispose;
  object_class->finalize = emb_query_model_finalize;
  object_class->get_property = emb_query_model_get_property;
  object_class->set_property = emb_query_model_set_property;

  /**
   * EmbQueryModel:paused:
   *
   * Whether the model waits: while paused it reads nothing and emits
   * nothing; a change of its records, a refresh or new hidden rows only
   * mark it stale, and it counts again once when it is resumed.
   */
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_query_model_init (EmbQueryModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, page_free);
  g_queue_init (&self->lru);
  self->hidden = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * emb_query_model_refresh:
 *
 * Forgets every cached row, counts again and emits one
 * #GListModel::items-changed for the whole list; while the model is
 * paused, only marks it stale.
 */
void
emb_query_model_refresh (EmbQueryModel *self)
{
  guint old_n;

  g_return_if_fail (EMB_IS_QUERY_MODEL (self));

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->paused)
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  old_n = self->n_items;
  drop_cache (self);
  self->n_items = count_rows (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbQueryModel *self = user_data;

  self->refresh_idle = 0;
  emb_query_model_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbQueryModel *self,
                     int            kind,
                     int            change,
                     gint64         id,
                     EmbDatabase   *db)
{
  gboolean relevant = (kind == EMB_RECORD_KIND_ANY);

  for (guint i = 0; !relevant && i < self->kinds->len; i++)
    relevant = (g_array_index (self->kinds, EmbRecordKind, i) == (EmbRecordKind)kind);

  if (!relevant)
    return;

  /* Paused: nothing is read until it is resumed. */
  if (self->paused)
    self->stale = TRUE;
  /* Coalesce: many changes in one main-loop turn give one items-changed. */
  else if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* (Re)writes the statements that read rows, leaving out the hidden ones if
 * there are any (otherwise the statements are the plain ones). */
static void
build_sql (EmbQueryModel *self)
{
  const EmbTable *table = self->table;
  const char *cols = _emb_table_columns_sql (table);
  const char *by = self->by;
  g_autofree char *where = NULL;
  /* The list's direction, and the other one (for the page before a key). */
  const char *dir = self->descending ? "DESC" : "ASC";
  const char *back = self->descending ? "ASC" : "DESC";
  /* "After" and "before" in the list's direction. */
  const char *gt = self->descending ? "<" : ">";
  const char *ge = self->descending ? "<=" : ">=";
  const char *lt = self->descending ? ">" : "<";
  const char *le = self->descending ? ">=" : "<=";

  if (self->hidden_json != NULL)
    where = g_strdup_printf ("(%s) AND t.id NOT IN (SELECT value FROM json_each (?%u))",
                             self->where, self->hidden_index);
  else
    where = g_strdup (self->where);

  free_statements (self);
  self->first_sql = g_strdup_printf ("SELECT %s, %s FROM %s t WHERE %s ORDER BY %s %s, t.id %s"
                                     " LIMIT %d",
                                     cols, by, table->table, where, by, dir, dir, PAGE_SIZE);
  /* The keyset conditions are spelt out rather than written as row values,
   * (key, id) > (:key, :id): SQLite (3.40) does not seek an index on an
   * expression, such as the nominations' -julianday (submitted_at), with a
   * row value, and would scan the index from its start to every page. A
   * descending list reads its index backwards, with the comparisons turned
   * round. */
  self->after_sql = g_strdup_printf ("SELECT %s, %s FROM %s t WHERE (%s) AND %s %s :key"
                                     " AND (%s %s :key OR t.id %s :id)"
                                     " ORDER BY %s %s, t.id %s LIMIT %d",
                                     cols, by, table->table, where, by, ge, by, gt, gt,
                                     by, dir, dir, PAGE_SIZE);
  self->from_sql = g_strdup_printf ("SELECT %s, %s FROM %s t WHERE (%s) AND %s %s :key"
                                    " AND (%s %s :key OR t.id %s :id)"
                                    " ORDER BY %s %s, t.id %s LIMIT %d",
                                    cols, by, table->table, where, by, ge, by, gt, ge,
                                    by, dir, dir, PAGE_SIZE);
  self->before_sql = g_strdup_printf ("SELECT %s, %s FROM %s t WHERE (%s) AND %s %s :key"
                                      " AND (%s %s :key OR t.id %s :id)"
                                      " ORDER BY %s %s, t.id %s LIMIT %d",
                                      cols, by, table->table, where, by, le, by, lt, lt,
                                      by, back, back, PAGE_SIZE);
  self->scan_sql = g_strdup_printf ("SELECT %s, t.id FROM %s t WHERE %s ORDER BY %s %s, t.id %s",
                                    by, table->table, where, by, dir, dir);
  self->scan_after_sql = g_strdup_printf ("SELECT %s, t.id FROM %s t WHERE (%s) AND %s %s :key"
                                          " AND (%s %s :key OR t.id %s :id)"
                                          " ORDER BY %s %s, t.id %s",
                                          by, table->table, where, by, ge, by, gt, gt,
                                          by, dir, dir);
  self->position_sql = g_strdup_printf ("SELECT count(*) FROM %s t WHERE (%s) AND (%s, t.id) %s"
                                        " (SELECT %s, t.id FROM %s t WHERE t.id = :id)",
                                        table->table, where, by, lt, by, table->table);
}

EmbQueryModel *
_emb_query_model_new (EmbDatabase         *db,
                      const EmbTable      *table,
                      const char          *filter,
                      GPtrArray           *params,
                      const char          *order,
                      const EmbRecordKind *kinds)
{
  return _emb_query_model_new_counted (db, table, filter, params, order, kinds, NULL);
}

EmbQueryModel *
_emb_query_model_new_counted (EmbDatabase         *db,
                              const EmbTable      *table,
                              const char          *filter,
                              GPtrArray           *params,
                              const char          *order,
                              const EmbRecordKind *kinds,
                              const char          *count_sql)
{
  return _emb_query_model_new_full (db, table, filter, params, order, FALSE, kinds, count_sql);
}

EmbQueryModel *
_emb_query_model_new_full (EmbDatabase         *db,
                           const EmbTable      *table,
                           const char          *filter,
                           GPtrArray           *params,
                           const char          *order,
                           gboolean             descending,
                           const EmbRecordKind *kinds,
                           const char          *count_sql)
{
  EmbQueryModel *self;
  const char *where = filter != NULL ? filter : "1";
  const char *by = order != NULL ? order : "t.id";

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  self = g_object_new (EMB_TYPE_QUERY_MODEL, NULL);
  self->db = g_object_ref (db);
  self->table = table;
  self->params = params != NULL ? g_ptr_array_ref (params) : NULL;
  self->kinds = g_array_new (FALSE, FALSE, sizeof (EmbRecordKind));
  g_array_append_val (self->kinds, table->kind);
  for (guint i = 0; kinds != NULL && kinds[i] != EMB_RECORD_KIND_ANY; i++)
    g_array_append_val (self->kinds, kinds[i]);

  self->where = g_strdup (where);
  self->by = g_strdup (by);
  self->descending = descending;
  self->hidden_index = (params != NULL ? params->len : 0) + 1;
  if (count_sql != NULL)
    self->count_sql = g_strdup (count_sql);
  else
    self->count_sql = g_strdup_printf ("SELECT count(*) FROM %s t WHERE %s", table->table, where);
  self->matching_sql = g_strdup_printf ("SELECT count(*) FROM %s t WHERE (%s)"
                                        " AND t.id IN (SELECT value FROM json_each (?%u))",
                                        table->table, where, self->hidden_index);
  build_sql (self);

  self->n_items = count_rows (self);

  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed), self,
                           G_CONNECT_SWAPPED);

  return self;
}

guint
emb_query_model_get_page_size (EmbQueryModel *self)
{
  return PAGE_SIZE;
}

/**
 * emb_query_model_get_cached_pages:
 *
 * Returns: how many pages of rows the model holds in memory now
 */
guint
emb_query_model_get_cached_pages (EmbQueryModel *self)
{
  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), 0);

  return g_hash_table_size (self->pages);
}

/**
 * emb_query_model_find_id:
 * @id: a record id
 * @position: (out): where the record is in the list
 *
 * Returns: %TRUE when the record with @id is in the list
 */
gboolean
emb_query_model_find_id (EmbQueryModel *self,
                         gint64         id,
                         guint         *position)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GObject) item = NULL;
  guint pos;

  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), FALSE);

  stmt = _emb_database_prepare (self->db, self->position_sql, NULL);
  if (stmt == NULL)
    return FALSE;
  bind_params (self, stmt);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return FALSE;
  pos = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  item = g_list_model_get_item (G_LIST_MODEL (self), pos);
  if (item == NULL || emb_record_get_id (EMB_RECORD (item)) != id)
    return FALSE;

  if (position != NULL)
    *position = pos;
  return TRUE;
}

/**
 * emb_query_model_set_paused:
 * @paused: whether to wait
 *
 * Pauses the model, for a view that is not shown: it reads nothing and
 * emits nothing, and only notes that its records changed. Resumed, it counts
 * again, once, if anything changed meanwhile (one
 * #GListModel::items-changed), and follows the changes again.
 */
void
emb_query_model_set_paused (EmbQueryModel *self,
                            gboolean       paused)
{
  g_return_if_fail (EMB_IS_QUERY_MODEL (self));

  paused = !!paused;
  if (self->paused == paused)
    return;

  self->paused = paused;
  if (paused)
    {
      /* A refresh that was waiting for its idle waits for the resumption. */
      if (self->refresh_idle != 0)
        self->stale = TRUE;
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
    }
  else if (self->stale)
    emb_query_model_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

gboolean
emb_query_model_get_paused (EmbQueryModel *self)
{
  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), FALSE);

  return self->paused;
}

/**
 * emb_query_model_is_stale:
 *
 * Returns: whether the model is paused and its records changed since
 *   (it will count again when resumed)
 */
gboolean
emb_query_model_is_stale (EmbQueryModel *self)
{
  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), FALSE);

  return self->stale;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* The ids of @a that are not in @b, both ascending, as a JSON array, or
 * %NULL if there is none. */
static char *
ids_not_in (const GArray *a,
            const GArray *b)
{
  g_autoptr(GArray) only = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint j = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gint64 id = g_array_index (a, gint64, i);

      while (j < b->len && g_array_index (b, gint64, j) < id)
        j++;
      if (j >= b->len || g_array_index (b, gint64, j) != id)
        g_array_append_val (only, id);
    }
  return only->len > 0 ? _emb_ids_json ((const gint64 *)(gpointer)only->data, only->len) : NULL;
}

/**
 * emb_query_model_set_hidden_ids:
 * @ids: (array length=n_ids) (nullable): the records to leave out
 * @n_ids: how many
 *
 * Leaves the records with @ids out of the list, as if they were deleted:
 * from its count, its positions and its items (for deletions waiting behind
 * an Undo toast); the records hidden before and not in @ids come back. The
 * list changes at once (one #GListModel::items-changed, none when no record
 * the filter selects comes or goes), or when resumed if it is paused.
 */
void
emb_query_model_set_hidden_ids (EmbQueryModel *self,
                                const gint64  *ids,
                                guint          n_ids)
{
  g_autoptr(GArray) hidden = NULL;
  g_autofree char *added = NULL;
  g_autofree char *removed = NULL;
  gboolean changed;

  g_return_if_fail (EMB_IS_QUERY_MODEL (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  hidden = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  if (n_ids > 0)
    g_array_append_vals (hidden, ids, n_ids);
  g_array_sort (hidden, compare_ids);
  for (guint i = 1; i < hidden->len;)
    if (g_array_index (hidden, gint64, i) == g_array_index (hidden, gint64, i - 1))
      g_array_remove_index (hidden, i);
    else
      i++;

  added = ids_not_in (hidden, self->hidden);
  removed = ids_not_in (self->hidden, hidden);
  if (added == NULL && removed == NULL)
    return;

  g_array_unref (self->hidden);
  self->hidden = g_steal_pointer (&hidden);
  g_clear_pointer (&self->hidden_json, g_free);
  if (self->hidden->len > 0)
    self->hidden_json = _emb_ids_json ((const gint64 *)(gpointer)self->hidden->data,
                                       self->hidden->len);
  build_sql (self);

  if (self->paused)
    {
      self->stale = TRUE;
      return;
    }

  /* Only a record the filter selects changes the list: one already deleted
   * (its deletion carried out) or filtered out changes nothing. */
  changed = (added != NULL && count_matching (self, added) > 0) ||
            (removed != NULL && count_matching (self, removed) > 0);
  if (changed)
    emb_query_model_refresh (self);
}

/**
 * emb_query_model_get_kind:
 *
 * Returns: the kind of the records listed
 */
EmbRecordKind
emb_query_model_get_kind (EmbQueryModel *self)
{
  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), EMB_RECORD_KIND_ANY);

  return self->table->kind;
}

/**
 * emb_query_model_get_n_counts:
 *
 * Returns: how many times the model counted its rows (made, refreshed or
 *   resumed), for tests that prove a paused model reads nothing
 */
guint
emb_query_model_get_n_counts (EmbQueryModel *self)
{
  g_return_val_if_fail (EMB_IS_QUERY_MODEL (self), 0);

  return self->n_counts;
}
