/* emb-kiosk-settings-labels.h: the words and small widgets the kiosk's
 * settings page and its dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

const char *emb_kiosk_settings_kind_label      (EmbKioskSlideKind  kind);
const char *emb_kiosk_settings_weekday_label   (guint              weekday);
const char *emb_kiosk_settings_weekday_short   (guint              weekday);
char       *emb_kiosk_settings_format_time     (guint              minutes);
char       *emb_kiosk_settings_describe_days   (guint              weekdays);
char       *emb_kiosk_settings_describe_kinds  (guint              kinds);
GtkWidget  *emb_kiosk_settings_kind_row_new    (EmbKioskSlideKind  kind,
                                                GtkSwitch        **toggle);
void        emb_kiosk_settings_time_spin_setup (GtkSpinButton     *spin,
                                                gboolean           end_of_day);

G_END_DECLS
