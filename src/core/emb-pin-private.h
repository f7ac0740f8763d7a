/* emb-pin-private.h: what the demo organisation and the staff session need
 * of the PINs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-pin.h"

G_BEGIN_DECLS

/* With libsodium's least limits: fast, rehashed at the first right PIN. */
char     *_emb_pin_hash_fast                (const char   *pin,
                                             GError      **error);
/* With the least limits and a salt drawn from @salt_source, so that the
 * demo organisation is the same for the same seed. */
char     *_emb_pin_hash_demo                (const char   *pin,
                                             const char   *salt_source,
                                             GError      **error);
/* For tests of other things than PINs: the least limits everywhere. */
void      _emb_pin_use_least_limits         (gboolean      least);
void      _emb_pin_wipe                     (char         *pin);
gboolean  _emb_pin_needs_rehash             (const char   *hash);
/* Stores a hash made already; NULL clears the PIN. Forgets wrong tries. */
gboolean  _emb_pin_store_set_employee_hash  (EmbDatabase  *db,
                                             gint64        employee_id,
                                             const char   *hash,
                                             GError      **error);
gboolean  _emb_pin_store_set_manager_hash   (EmbDatabase  *db,
                                             const char   *hash,
                                             GError      **error);

/* A check of a PIN in three steps (emb-pin-store.c): begin reads the
 * subject and its hash, refuses a locked-out try and counts this one as
 * wrong, on the database's thread; verify needs no database (any thread);
 * conclude refuses a wrong PIN or forgets the wrong tries, on the
 * database's thread. */
typedef struct _EmbPinCheck EmbPinCheck;

EmbPinCheck *_emb_pin_check_new             (gint64        employee_id,
                                             const char   *pin,
                                             GDateTime    *now);
void      _emb_pin_check_free               (EmbPinCheck  *check);
gboolean  _emb_pin_check_begin              (EmbDatabase  *db,
                                             EmbPinCheck  *check,
                                             GError      **error);
void      _emb_pin_check_verify             (EmbPinCheck  *check);
gboolean  _emb_pin_check_conclude           (EmbDatabase  *db,
                                             EmbPinCheck  *check,
                                             GError      **error);

/* The programme's settings (emb-programme-settings.c): the text value of
 * @key, or NULL when it is not set. */
char     *_emb_setting_get                  (EmbDatabase  *db,
                                             const char   *key);
gboolean  _emb_setting_set                  (EmbDatabase  *db,
                                             const char   *key,
                                             const char   *value,
                                             GError      **error);
gboolean  _emb_setting_delete               (EmbDatabase  *db,
                                             const char   *key,
                                             GError      **error);

G_END_DECLS
