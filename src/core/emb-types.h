/* emb-types.h: forward declarations and enumerations shared by the model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "emb-enums.h"

G_BEGIN_DECLS

typedef struct _EmbDatabase EmbDatabase;
typedef struct _EmbRecord   EmbRecord;

G_END_DECLS
