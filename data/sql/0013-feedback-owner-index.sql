-- Embassy schema, version 13.
--
-- feedback_by_assignee finds the items of an owner (an erasure, a personal
-- data export, an employee removed). Nearly every item has no owner, and
-- the index held all of them: a million entries for nothing, built again by
-- every large import (0.6 s of a million-row one). It holds the items with
-- an owner only; "assignee_id = ?" still finds them through it.
DROP INDEX feedback_by_assignee;
CREATE INDEX feedback_by_assignee ON feedback (assignee_id) WHERE assignee_id IS NOT NULL;
