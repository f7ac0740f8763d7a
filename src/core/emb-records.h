/* emb-records.h: every record class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-record.h"
#include "emb-organisation.h"
#include "emb-department.h"
#include "emb-role.h"
#include "emb-employee.h"
#include "emb-value.h"
#include "emb-value-set.h"
#include "emb-stage.h"
#include "emb-touchpoint.h"
#include "emb-responsibility.h"
#include "emb-promise.h"
#include "emb-promise-version.h"
#include "emb-announcement.h"
#include "emb-acknowledgement.h"
#include "emb-nomination.h"
#include "emb-pilot.h"
#include "emb-wave.h"
#include "emb-decision.h"
#include "emb-feedback.h"
#include "emb-training-objective.h"
#include "emb-observation.h"
#include "emb-maturity-assessment.h"
#include "emb-consistency-audit.h"
#include "emb-pulse.h"
