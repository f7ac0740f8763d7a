/* emb-form.h: a store's validation errors under the fields they name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_FORM (emb_form_get_type ())

G_DECLARE_FINAL_TYPE (EmbForm, emb_form, EMB, FORM, GObject)

EmbForm    *emb_form_new               (void);
void        emb_form_add_field         (EmbForm      *self,
                                        const char   *field,
                                        GtkWidget    *widget,
                                        GtkLabel     *error_label);
void        emb_form_set_general_label (EmbForm      *self,
                                        GtkLabel     *label);
gboolean    emb_form_show_error        (EmbForm      *self,
                                        const GError *error);
void        emb_form_set_error         (EmbForm      *self,
                                        const char   *field,
                                        const char   *message);
const char *emb_form_get_error         (EmbForm      *self,
                                        const char   *field);
void        emb_form_clear_field       (EmbForm      *self,
                                        const char   *field);
void        emb_form_clear             (EmbForm      *self);
void        emb_form_set_focus_on_error (EmbForm     *self,
                                         gboolean     focus);

GtkWidget  *emb_form_get_field         (EmbForm      *self,
                                        const char   *field);
char       *emb_form_get_text          (EmbForm      *self,
                                        const char   *field);
void        emb_form_set_text          (EmbForm      *self,
                                        const char   *field,
                                        const char   *text);

G_END_DECLS
