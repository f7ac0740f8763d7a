/* emb-journey-matrix-pane.c: the responsibilities view, the matrix with its filters
 *
 * The EmbResponsibilityMatrix of roles × touchpoints, filtered by department
 * and by front or back office, with a line that counts the gaps (roles linked
 * to no touchpoint, touchpoints nobody owns) and a legend of the levels. A
 * level chosen in a cell is saved at once; the page's refresh shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-matrix-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-journey-matrix-pane.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-responsibility-matrix.h"
#include "emb-toast.h"

struct _EmbJourneyMatrixPane
{
  AdwBin        parent_instance;

  EmbDatabase  *database;
  EmbUndoQueue *undo_queue;
  GHashTable   *unowned;      /* gint64 touchpoint ids, from the last refresh */
  GHashTable   *unlinked;     /* gint64 role ids, from the last refresh */

  GArray       *department_ids;
  gboolean      updating_filters;

  GtkStack     *matrix_stack;
  GtkDropDown  *department_filter;
  GtkDropDown  *office_filter;
  GtkLabel     *gaps_label;
  EmbResponsibilityMatrix *matrix;
  GtkFlowBox   *legend;
};

G_DEFINE_FINAL_TYPE (EmbJourneyMatrixPane, emb_journey_matrix_pane, ADW_TYPE_BIN)

static gboolean
is_hidden (EmbJourneyMatrixPane *self,
           EmbRecordKind         kind,
           gint64                id)
{
  return self->undo_queue != NULL && emb_undo_queue_contains (self->undo_queue, kind, id);
}

static void
refresh_departments (EmbJourneyMatrixPane *self)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (self->database, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->department_filter);
  gint64 selected_id = 0;
  guint new_selected = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->department_ids->len)
    selected_id = g_array_index (self->department_ids, gint64, selected);

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (names, _("All departments"));
  g_array_append_val (self->department_ids, (gint64){ 0 });
  for (guint i = 0; departments != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));

      gtk_string_list_append (names, emb_department_get_name (department));
      if (id == selected_id)
        new_selected = self->department_ids->len;
      g_array_append_val (self->department_ids, id);
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->department_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_filter, new_selected);
  self->updating_filters = FALSE;
  g_object_unref (names);
}

static void
refresh_matrix (EmbJourneyMatrixPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->department_filter);
  guint office = gtk_drop_down_get_selected (self->office_filter);
  gint64 department_id = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autoptr(GPtrArray) role_array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) touchpoint_array = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_unlinked = 0;
  guint n_unowned = 0;
  g_autoptr(GString) gaps = g_string_new (NULL);

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->department_ids->len)
    department_id = g_array_index (self->department_ids, gint64, selected);

  roles = emb_people_store_list_roles (self->database, department_id, &error);
  touchpoints = emb_journey_store_list_touchpoints (self->database, error == NULL ? &error : NULL);
  cells = emb_journey_store_get_matrix (self->database, error == NULL ? &error : NULL);
  if (roles == NULL || touchpoints == NULL || cells == NULL)
    {
      g_warning ("Cannot load the responsibility matrix: %s",
                 error != NULL ? error->message : "?");
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      EmbRole *role = g_list_model_get_item (roles, i);
      gint64 id = emb_record_get_id (EMB_RECORD (role));

      if ((office == 1 && emb_role_get_office (role) != EMB_OFFICE_FRONT) ||
          (office == 2 && emb_role_get_office (role) != EMB_OFFICE_BACK))
        {
          g_object_unref (role);
          continue;
        }
      if (g_hash_table_contains (self->unlinked, &id))
        n_unlinked++;
      g_ptr_array_add (role_array, role);
    }
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      EmbTouchpoint *tp = g_list_model_get_item (touchpoints, i);
      gint64 id = emb_record_get_id (EMB_RECORD (tp));

      if (is_hidden (self, EMB_RECORD_KIND_TOUCHPOINT, id) ||
          is_hidden (self, EMB_RECORD_KIND_STAGE, emb_touchpoint_get_stage_id (tp)))
        {
          g_object_unref (tp);
          continue;
        }
      if (g_hash_table_contains (self->unowned, &id))
        n_unowned++;
      g_ptr_array_add (touchpoint_array, tp);
    }

  emb_responsibility_matrix_set_data (self->matrix, role_array, touchpoint_array, cells,
                                      self->unlinked, self->unowned);

  if (n_unlinked > 0)
    g_string_append_printf (gaps, g_dngettext (GETTEXT_PACKAGE,
                                               "%u role is linked to no touchpoint",
                                               "%u roles are linked to no touchpoint",
                                               n_unlinked),
                            n_unlinked);
  if (n_unowned > 0)
    {
      if (gaps->len > 0)
        g_string_append (gaps, " · ");
      g_string_append_printf (gaps, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u touchpoint has no owner",
                                                 "%u touchpoints have no owner",
                                                 n_unowned),
                              n_unowned);
    }
  if (gaps->len == 0)
    g_string_append (gaps, _("No gaps: every role has a touchpoint and every touchpoint an owner"));
  gtk_label_set_text (self->gaps_label, gaps->str);

  gtk_stack_set_visible_child_name (self->matrix_stack,
                                    g_list_model_get_n_items (roles) > 0 || department_id != 0 || office != 0
                                    ? (touchpoint_array->len > 0 ? "matrix" : "empty")
                                    : "empty");
}

static void
on_filter_changed (EmbJourneyMatrixPane *self)
{
  /* Nothing to filter before the first refresh. */
  if (self->updating_filters || self->database == NULL || self->unowned == NULL)
    return;

  refresh_matrix (self);
}

static void
on_level_chosen (EmbJourneyMatrixPane *self,
                 gint64                role_id,
                 gint64                touchpoint_id,
                 int                   level)
{
  g_autoptr(GError) error = NULL;

  if (!emb_journey_store_set_responsibility (self->database, role_id, touchpoint_id,
                                             (EmbResponsibilityLevel)level, NULL, &error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
build_legend (EmbJourneyMatrixPane *self)
{
  for (EmbResponsibilityLevel level = EMB_RESPONSIBILITY_LEVEL_OWNS;
       level <= EMB_RESPONSIBILITY_LEVEL_INFORMED + 2; level++)
    {
      static const char * const classes[] = { "", "owns", "delivers", "supports", "informed", "gap", "back-office" };
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch;
      GtkWidget *label;

      if (level <= EMB_RESPONSIBILITY_LEVEL_INFORMED)
        {
          swatch = gtk_label_new (emb_responsibility_matrix_level_letter (level));
          label = gtk_label_new (emb_responsibility_matrix_level_name (level));
        }
      else if (level == EMB_RESPONSIBILITY_LEVEL_INFORMED + 1)
        {
          swatch = gtk_label_new (" ");
          label = gtk_label_new (_("gap: a touchpoint without an owner or a role without a touchpoint"));
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        }
      else
        {
          swatch = gtk_label_new (" ");
          label = gtk_label_new (_("back-office role"));
        }
      gtk_widget_add_css_class (swatch, "journey-level");
      gtk_widget_add_css_class (swatch, classes[level]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_flow_box_append (self->legend, box);
      gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
    }
}

static void
emb_journey_matrix_pane_dispose (GObject *object)
{
  EmbJourneyMatrixPane *self = (EmbJourneyMatrixPane *)object;

  /* The stack is both the bin's child and a template child: the bin lets
   * go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_MATRIX_PANE);
  g_clear_pointer (&self->unowned, g_hash_table_unref);
  g_clear_pointer (&self->unlinked, g_hash_table_unref);
  g_clear_object (&self->undo_queue);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_journey_matrix_pane_parent_class)->dispose (object);
}

static void
emb_journey_matrix_pane_finalize (GObject *object)
{
  EmbJourneyMatrixPane *self = (EmbJourneyMatrixPane *)object;

  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (emb_journey_matrix_pane_parent_class)->finalize (object);
}

static void
emb_journey_matrix_pane_class_init (EmbJourneyMatrixPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_journey_matrix_pane_dispose;
  object_class->finalize = emb_journey_matrix_pane_finalize;

  g_type_ensure (EMB_TYPE_RESPONSIBILITY_MATRIX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-matrix-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, matrix_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, department_filter);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, office_filter);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, matrix);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMatrixPane, legend);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_level_chosen);
}

static void
emb_journey_matrix_pane_init (EmbJourneyMatrixPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->department_filter, _("Department"));
  emb_a11y_label_drop_down (self->office_filter, _("Office"));

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build_legend (self);
}

/**
 * emb_journey_matrix_pane_set_database:
 * @database: where the matrix is read and changed
 * @undo_queue: the page's deletions waiting behind an Undo toast, whose
 *   touchpoints the matrix does not show
 */
void
emb_journey_matrix_pane_set_database (EmbJourneyMatrixPane *self,
                                      EmbDatabase          *database,
                                      EmbUndoQueue         *undo_queue)
{
  g_return_if_fail (EMB_IS_JOURNEY_MATRIX_PANE (self));
  g_return_if_fail (EMB_IS_DATABASE (database));
  g_return_if_fail (EMB_IS_UNDO_QUEUE (undo_queue));

  g_set_object (&self->database, database);
  g_set_object (&self->undo_queue, undo_queue);
}

/**
 * emb_journey_matrix_pane_refresh:
 * @unowned: the set of gint64 ids of the touchpoints nobody owns
 * @unlinked: the set of gint64 ids of the roles linked to no touchpoint
 *
 * Reloads the departments and the matrix; a change of filter reloads the
 * matrix with the same sets.
 */
void
emb_journey_matrix_pane_refresh (EmbJourneyMatrixPane *self,
                                 GHashTable           *unowned,
                                 GHashTable           *unlinked)
{
  g_return_if_fail (EMB_IS_JOURNEY_MATRIX_PANE (self));
  g_return_if_fail (self->database != NULL);
  g_return_if_fail (unowned != NULL && unlinked != NULL);

  g_hash_table_ref (unowned);
  g_clear_pointer (&self->unowned, g_hash_table_unref);
  self->unowned = unowned;
  g_hash_table_ref (unlinked);
  g_clear_pointer (&self->unlinked, g_hash_table_unref);
  self->unlinked = unlinked;

  refresh_departments (self);
  refresh_matrix (self);
}

/**
 * emb_journey_matrix_pane_get_matrix:
 *
 * Returns: (transfer none): the #EmbResponsibilityMatrix
 */
GtkWidget *
emb_journey_matrix_pane_get_matrix (EmbJourneyMatrixPane *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MATRIX_PANE (self), NULL);

  return GTK_WIDGET (self->matrix);
}

/**
 * emb_journey_matrix_pane_get_office_filter:
 *
 * Returns: (transfer none): the front/back office filter
 */
GtkDropDown *
emb_journey_matrix_pane_get_office_filter (EmbJourneyMatrixPane *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MATRIX_PANE (self), NULL);

  return self->office_filter;
}

/**
 * emb_journey_matrix_pane_get_department_filter:
 *
 * Returns: (transfer none): the department filter
 */
GtkDropDown *
emb_journey_matrix_pane_get_department_filter (EmbJourneyMatrixPane *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MATRIX_PANE (self), NULL);

  return self->department_filter;
}
