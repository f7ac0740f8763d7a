/* emb-staff-nominate-dialog.c: a staff member nominates a colleague or a team
 *
 * The signed-in person nominates as themselves, through their session: a
 * colleague found by searching (the session's directory, a few matches at a
 * time, never the whole staff) or a department, the value shown (required),
 * where it happened, the story, and whether to stay anonymous. The caps are
 * the programme's preferences (max-nominations-per-nominator and
 * max-nominations-per-nominee), as in the manager's dialog; a refusal shows
 * under the field it names (EmbForm) and changes nothing. What is typed is
 * kept as a draft (EmbStaffDraft) until the nomination is sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-nominate-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-error.h"
#include "emb-form.h"
#include "emb-records.h"
#include "emb-settings.h"
#include "emb-staff-draft.h"
#include "emb-staff-nominate-dialog.h"

#define N_MATCHES 8

struct _EmbStaffNominateDialog
{
  AdwWindow        parent_instance;

  EmbStaffSession *session;
  EmbForm         *form;
  EmbStaffDraft   *draft;
  GArray          *department_ids;
  GArray          *value_ids;
  GArray          *touchpoint_ids;
  gint64           chosen_id;
  char            *chosen_name;
  gboolean         loading;       /* filling the fields: not a change */

  GtkLabel        *general_error;
  GtkWidget       *draft_banner;
  AdwComboRow     *kind_row;
  GtkWidget       *colleague_box;
  GtkSearchEntry  *search_entry;
  GtkListBox      *match_list;
  GtkLabel        *chosen_label;
  GtkLabel        *colleague_error;
  AdwComboRow     *department_row;
  GtkLabel        *department_error;
  AdwComboRow     *value_row;
  AdwComboRow     *touchpoint_row;
  GtkLabel        *value_error;
  GtkTextView     *story_view;
  GtkLabel        *story_error;
  GtkSwitch       *anonymous_switch;
  GtkLabel        *from_error;
};

G_DEFINE_FINAL_TYPE (EmbStaffNominateDialog, emb_staff_nominate_dialog, ADW_TYPE_WINDOW)

enum {
  SUBMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
nominates_team (EmbStaffNominateDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1;
}

/* Drafts ----------------------------------------------------------------- */

static void
collect (GtkWidget    *owner,
         GVariantDict *dict)
{
  EmbStaffNominateDialog *self = EMB_STAFF_NOMINATE_DIALOG (owner);
  g_autofree char *story = emb_form_get_text (self->form, "story");

  g_variant_dict_insert (dict, "team", "b", nominates_team (self));
  g_variant_dict_insert (dict, "nominee", "x", self->chosen_id);
  g_variant_dict_insert (dict, "nominee-name", "s", self->chosen_name != NULL ? self->chosen_name : "");
  g_variant_dict_insert (dict, "department", "x",
                         emb_drop_down_id_at (self->department_ids,
                                              adw_combo_row_get_selected (self->department_row)));
  g_variant_dict_insert (dict, "value", "x",
                         emb_drop_down_id_at (self->value_ids, adw_combo_row_get_selected (self->value_row)));
  g_variant_dict_insert (dict, "touchpoint", "x",
                         emb_drop_down_id_at (self->touchpoint_ids,
                                              adw_combo_row_get_selected (self->touchpoint_row)));
  g_variant_dict_insert (dict, "story", "s", story);
  g_variant_dict_insert (dict, "anonymous", "b", gtk_switch_get_active (self->anonymous_switch));
}

static void
on_changed (EmbStaffNominateDialog *self)
{
  if (!self->loading && self->draft != NULL)
    emb_staff_draft_changed (self->draft);
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  adw_combo_row_set_selected (row, emb_drop_down_position_of_id (ids, id));
}

static void set_chosen (EmbStaffNominateDialog *self,
                        gint64                  id,
                        const char             *name);

/* Puts back what was typed before, if anything. */
static void
restore (EmbStaffNominateDialog *self)
{
  g_autoptr(GVariantDict) dict = emb_staff_draft_load (self->draft);
  gboolean team = FALSE, anonymous = FALSE;
  gint64 nominee = 0, department = 0, value = 0, touchpoint = 0;
  const char *name = NULL, *story = NULL;

  if (dict == NULL)
    return;

  g_variant_dict_lookup (dict, "team", "b", &team);
  g_variant_dict_lookup (dict, "nominee", "x", &nominee);
  g_variant_dict_lookup (dict, "nominee-name", "&s", &name);
  g_variant_dict_lookup (dict, "department", "x", &department);
  g_variant_dict_lookup (dict, "value", "x", &value);
  g_variant_dict_lookup (dict, "touchpoint", "x", &touchpoint);
  g_variant_dict_lookup (dict, "story", "&s", &story);
  g_variant_dict_lookup (dict, "anonymous", "b", &anonymous);

  adw_combo_row_set_selected (self->kind_row, team ? 1 : 0);
  if (nominee > 0 && name != NULL && *name != '\0')
    set_chosen (self, nominee, name);
  select_id (self->department_row, self->department_ids, department);
  select_id (self->value_row, self->value_ids, value);
  select_id (self->touchpoint_row, self->touchpoint_ids, touchpoint);
  emb_form_set_text (self->form, "story", story != NULL ? story : "");
  gtk_switch_set_active (self->anonymous_switch, anonymous);
  gtk_widget_set_visible (self->draft_banner, TRUE);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EmbStaffNominateDialog *self = EMB_STAFF_NOMINATE_DIALOG (widget);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->kind_row, 0);
  set_chosen (self, 0, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  adw_combo_row_set_selected (self->department_row, 0);
  adw_combo_row_set_selected (self->value_row, 0);
  adw_combo_row_set_selected (self->touchpoint_row, 0);
  emb_form_set_text (self->form, "story", "");
  gtk_switch_set_active (self->anonymous_switch, FALSE);
  self->loading = FALSE;
  emb_form_clear (self->form);
  emb_staff_draft_discard (self->draft);
  gtk_widget_set_visible (self->draft_banner, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
}

/* The colleague ---------------------------------------------------------- */

static void
set_chosen (EmbStaffNominateDialog *self,
            gint64                  id,
            const char             *name)
{
  g_autofree char *text = NULL;

  self->chosen_id = id;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (name);

  if (id <= 0)
    {
      gtk_label_set_text (self->chosen_label, _("Nobody chosen yet: search, then pick a name."));
      gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
    }
  else
    {
      /* Translators: the colleague chosen in the nomination dialog */
      text = g_strdup_printf (_("Nominating %s"), name);
      gtk_label_set_text (self->chosen_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
      emb_form_clear_field (self->form, "nominee");
      emb_form_clear_field (self->form, "nominee-employee");
    }
  on_changed (self);
}

static void
on_match_activated (EmbStaffNominateDialog *self,
                    GtkListBoxRow          *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "emb-employee-id"));

  set_chosen (self, id, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static void
on_search_changed (EmbStaffNominateDialog *self)
{
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GListModel) matches = NULL;
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->match_list, 0)) != NULL)
    gtk_list_box_remove (self->match_list, GTK_WIDGET (old));
  gtk_widget_set_visible (GTK_WIDGET (self->match_list), *search != '\0');
  if (*search == '\0')
    return;

  matches = emb_staff_session_list_colleagues (self->session, search, N_MATCHES, NULL);
  for (guint i = 0; matches != NULL && i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (matches, i);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "use-markup", FALSE,
                                     "title", emb_employee_get_name (employee),
                                     "subtitle", emb_employee_get_employee_number (employee),
                                     "activatable", TRUE,
                                     NULL);

      g_object_set_data (G_OBJECT (row), "emb-employee-id",
                         GSIZE_TO_POINTER ((gsize)emb_record_get_id (EMB_RECORD (employee))));
      gtk_list_box_append (self->match_list, row);
    }
}

/* Enter in the search chooses the first colleague found. */
static void
on_search_activated (EmbStaffNominateDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->match_list, 0);

  if (first != NULL)
    g_signal_emit_by_name (self->match_list, "row-activated", first);
}

static void
update_kind (EmbStaffNominateDialog *self)
{
  gboolean team = nominates_team (self);

  gtk_widget_set_visible (GTK_WIDGET (self->department_row), team);
  gtk_widget_set_visible (self->colleague_box, !team);
  on_changed (self);
}

/* Choices ---------------------------------------------------------------- */

static void
load (EmbStaffNominateDialog *self)
{
  g_autoptr(GListModel) departments = emb_staff_session_list_departments (self->session, NULL);
  g_autoptr(GListModel) values = emb_staff_session_list_values (self->session, NULL);
  g_autoptr(GListModel) touchpoints = emb_staff_session_list_touchpoints (self->session, NULL);
  g_autoptr(EmbDepartment) mine = emb_staff_session_get_department (self->session);

  /* The value is required: nothing is chosen until a person chooses. */
  const struct
  {
    AdwComboRow       *row;
    GArray            *ids;
    GListModel        *records;
    const char        *first;
    EmbRecordNameFunc  name;
  } choices[] = {
    { self->department_row, self->department_ids, departments, NULL, (EmbRecordNameFunc)emb_department_get_name },
    { self->value_row, self->value_ids, values, _("Choose a value"), (EmbRecordNameFunc)emb_value_get_name },
    { self->touchpoint_row, self->touchpoint_ids, touchpoints, _("None"), (EmbRecordNameFunc)emb_touchpoint_get_name },
  };

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GtkStringList) strings = emb_drop_down_strings_new (choices[i].ids, choices[i].first,
                                                                    choices[i].records, choices[i].name);

      adw_combo_row_set_model (choices[i].row, G_LIST_MODEL (strings));
    }
  /* A team is most often one's own. */
  if (mine != NULL)
    select_id (self->department_row, self->department_ids, emb_record_get_id (EMB_RECORD (mine)));
  set_chosen (self, 0, NULL);
  restore (self);
  update_kind (self);
  self->loading = FALSE;
}

/* Submitting ------------------------------------------------------------- */

/**
 * emb_staff_nominate_dialog_submit:
 *
 * Sends the nomination as the signed-in person, within the caps set in the
 * preferences. A refusal shows under the field it names and the dialog
 * stays open with everything as it was; on success the draft is forgotten,
 * the dialog emits #EmbStaffNominateDialog::submitted and closes.
 *
 * Returns: whether the nomination was stored
 */
gboolean
emb_staff_nominate_dialog_submit (EmbStaffNominateDialog *self)
{
  g_autoptr(EmbNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *story = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self), FALSE);

  emb_form_clear (self->form);
  story = g_strstrip (emb_form_get_text (self->form, "story"));

  nomination = emb_nomination_new ();
  if (nominates_team (self))
    emb_nomination_set_nominee_department_id (nomination,
                                              emb_drop_down_id_at (self->department_ids,
                                                                   adw_combo_row_get_selected (self->department_row)));
  else
    emb_nomination_set_nominee_employee_id (nomination, self->chosen_id);
  emb_nomination_set_value_id (nomination,
                               emb_drop_down_id_at (self->value_ids, adw_combo_row_get_selected (self->value_row)));
  emb_nomination_set_touchpoint_id (nomination,
                                    emb_drop_down_id_at (self->touchpoint_ids,
                                                         adw_combo_row_get_selected (self->touchpoint_row)));
  emb_nomination_set_story (nomination, story);
  emb_nomination_set_is_public (nomination, TRUE);

  if (!emb_staff_session_nominate (self->session, nomination,
                                   gtk_switch_get_active (self->anonymous_switch),
                                   (int)emb_settings_get_limit ("max-nominations-per-nominator"),
                                   (int)emb_settings_get_limit ("max-nominations-per-nominee"),
                                   &error))
    {
      emb_form_show_error (self->form, error);
      return FALSE;
    }

  emb_staff_draft_discard (self->draft);
  g_signal_emit (self, signals[SUBMITTED], 0, emb_record_get_id (EMB_RECORD (nomination)));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  emb_staff_nominate_dialog_submit (EMB_STAFF_NOMINATE_DIALOG (widget));
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_staff_nominate_dialog_new:
 * @session: the signed-in person, who nominates
 *
 * Returns: (transfer floating): the dialog, with what was typed in it last
 */
EmbStaffNominateDialog *
emb_staff_nominate_dialog_new (EmbStaffSession *session)
{
  EmbStaffNominateDialog *self;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (session), NULL);

  self = g_object_new (EMB_TYPE_STAFF_NOMINATE_DIALOG, NULL);
  self->session = g_object_ref (session);
  self->draft = emb_staff_draft_new (session, EMB_STAFF_FORM_NOMINATION, GTK_WIDGET (self), collect);
  load (self);
  return self;
}

/**
 * emb_staff_nominate_dialog_get_field:
 * @field: "kind", "search", "matches", "nominee-department", "value",
 *   "touchpoint", "story" or "anonymous"
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
emb_staff_nominate_dialog_get_field (EmbStaffNominateDialog *self,
                                     const char             *field)
{
  g_return_val_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "kind"))
    return GTK_WIDGET (self->kind_row);
  if (g_str_equal (field, "matches"))
    return GTK_WIDGET (self->match_list);
  /* The others are the form's, under the names of the session's refusals. */
  if (g_str_equal (field, "search"))
    field = "nominee";
  else if (g_str_equal (field, "anonymous"))
    field = "nominator";
  return emb_form_get_field (self->form, field);
}

/**
 * emb_staff_nominate_dialog_get_error:
 * @field: a field named by a refusal, such as "nominee-employee"
 *
 * Returns: (nullable): the error shown for @field
 */
const char *
emb_staff_nominate_dialog_get_error (EmbStaffNominateDialog *self,
                                     const char             *field)
{
  g_return_val_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self), NULL);

  return emb_form_get_error (self->form, field);
}

/**
 * emb_staff_nominate_dialog_search:
 *
 * Types @text into the colleague search and lists the matches now.
 */
void
emb_staff_nominate_dialog_search (EmbStaffNominateDialog *self,
                                  const char             *text)
{
  g_return_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

/**
 * emb_staff_nominate_dialog_choose:
 *
 * Activates the match for @employee_id, as a click or Enter does.
 *
 * Returns: whether the search had listed it
 */
gboolean
emb_staff_nominate_dialog_choose (EmbStaffNominateDialog *self,
                                  gint64                  employee_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->match_list, i)) != NULL; i++)
    if ((gint64)GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "emb-employee-id")) == employee_id)
      {
        g_signal_emit_by_name (self->match_list, "row-activated", row);
        return TRUE;
      }
  return FALSE;
}

gint64
emb_staff_nominate_dialog_get_chosen_id (EmbStaffNominateDialog *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_NOMINATE_DIALOG (self), 0);

  return self->chosen_id;
}

/* Object ----------------------------------------------------------------- */

static void
emb_staff_nominate_dialog_dispose (GObject *object)
{
  EmbStaffNominateDialog *self = (EmbStaffNominateDialog *)object;

  /* Closed mid-entry: what was typed stays for next time. */
  if (self->draft != NULL)
    emb_staff_draft_save (self->draft);
  g_clear_object (&self->draft);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_NOMINATE_DIALOG);

  G_OBJECT_CLASS (emb_staff_nominate_dialog_parent_class)->dispose (object);
}

static void
emb_staff_nominate_dialog_finalize (GObject *object)
{
  EmbStaffNominateDialog *self = (EmbStaffNominateDialog *)object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->value_ids, g_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_array_unref);
  g_free (self->chosen_name);

  G_OBJECT_CLASS (emb_staff_nominate_dialog_parent_class)->finalize (object);
}

static void
emb_staff_nominate_dialog_class_init (EmbStaffNominateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_nominate_dialog_dispose;
  object_class->finalize = emb_staff_nominate_dialog_finalize;

  /**
   * EmbStaffNominateDialog::submitted:
   * @id: the nomination sent
   *
   * The nomination was stored as the signed-in person's; the dialog closes
   * next.
   */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-nominate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, draft_banner);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, colleague_box);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, match_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, colleague_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, department_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, touchpoint_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, value_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, story_view);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, story_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, anonymous_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffNominateDialog, from_error);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);

  gtk_widget_class_install_action (widget_class, "nominate.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "nominate.start-over", NULL, start_over_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "nominate.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "nominate.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_staff_nominate_dialog_init (EmbStaffNominateDialog *self)
{
  /* The record each position of a combo row stands for. */
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The fields the session names in its refusals, and where each shows. A
   * refusal about the nominator is about me: under "anonymous". */
  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "nominee", GTK_WIDGET (self->search_entry), self->colleague_error);
  emb_form_add_field (self->form, "nominee-employee", GTK_WIDGET (self->search_entry), self->colleague_error);
  emb_form_add_field (self->form, "nominee-department", GTK_WIDGET (self->department_row),
                      self->department_error);
  emb_form_add_field (self->form, "value", GTK_WIDGET (self->value_row), self->value_error);
  emb_form_add_field (self->form, "touchpoint", GTK_WIDGET (self->touchpoint_row), self->value_error);
  emb_form_add_field (self->form, "story", GTK_WIDGET (self->story_view), self->story_error);
  emb_form_add_field (self->form, "nominator", GTK_WIDGET (self->anonymous_switch), self->from_error);

  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (update_kind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->value_row, "notify::selected",
                           G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->touchpoint_row, "notify::selected",
                           G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->story_view), "changed",
                           G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->anonymous_switch, "notify::active",
                           G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
}
