/* emb-kiosk-settings-day-row.h: the opening hours of one weekday
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_SETTINGS_DAY_ROW (emb_kiosk_settings_day_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSettingsDayRow, emb_kiosk_settings_day_row, EMB, KIOSK_SETTINGS_DAY_ROW,
                      AdwExpanderRow)

GtkWidget *emb_kiosk_settings_day_row_new       (guint                   weekday);
guint      emb_kiosk_settings_day_row_get_weekday (EmbKioskSettingsDayRow *self);
void       emb_kiosk_settings_day_row_set_hours (EmbKioskSettingsDayRow *self,
                                                 gboolean                open,
                                                 guint                   from,
                                                 guint                   to);
gboolean   emb_kiosk_settings_day_row_get_hours (EmbKioskSettingsDayRow *self,
                                                 guint                  *from,
                                                 guint                  *to);

G_END_DECLS
