-- Embassy schema, version 2.
--
-- NPS, CSAT and CES per touchpoint read only this index: the touchpoint,
-- the kind of score and the period find the range, and the score is in the
-- index, so no feedback row is visited (1,000,000 rows: seconds → a scan
-- of the index range).
CREATE INDEX feedback_by_touchpoint_score
  ON feedback (touchpoint_id, score_type, received_at, score);
