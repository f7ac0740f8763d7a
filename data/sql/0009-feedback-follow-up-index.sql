-- Embassy schema, version 9.
--
-- The feedback area lists and counts feedback by its follow-up status
-- (new, acknowledged, in progress, closed), newest first; without an index
-- the count of one status reads every row (1,000,000 rows: 0.4 s, more than
-- a frame). The received time after the status keeps the list in order.
CREATE INDEX feedback_by_follow_up ON feedback (follow_up, received_at);
