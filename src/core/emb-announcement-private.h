/* emb-announcement-private.h: whom an announcement addresses, in SQL
 *
 * One definition of the audience for every query of src/core that needs it
 * (acknowledging, what is pending, the statuses and reminders): an
 * announcement addresses every active employee for the audience
 * "everyone", else the active employees whose department is one of its
 * departments, or whose role is one of its roles. Whether the employee is
 * active is left to the query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

G_BEGIN_DECLS

/* An SQL condition: the announcement row @n (an alias of announcement)
 * addresses an employee with @role and @department (SQL expressions). */
#define EMB_ANNOUNCEMENT_ADDRESSES(n, role, department) \
  "(" n ".audience = 'everyone'" \
  " OR (" n ".audience = 'departments' AND EXISTS (SELECT 1 FROM announcement_department ad" \
  "     WHERE ad.announcement_id = " n ".id AND ad.department_id = " department "))" \
  " OR (" n ".audience = 'roles' AND EXISTS (SELECT 1 FROM announcement_role ar" \
  "     WHERE ar.announcement_id = " n ".id AND ar.role_id = " role ")))"

G_END_DECLS
