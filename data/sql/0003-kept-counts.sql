-- Embassy schema, version 3.
--
-- Counts the lists and the figures need at once, kept by triggers in the
-- same transaction as the rows they count, so that reading them never scans
-- a million rows.

-- How many nominations have each status. The nomination list's length (all
-- of them, or one status such as the inbox's "submitted") is a sum over at
-- most four rows instead of a count over an index.
CREATE TABLE nomination_count (
  status TEXT PRIMARY KEY NOT NULL,
  n      INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO nomination_count (status, n)
  SELECT status, count(*) FROM nomination GROUP BY status;

CREATE TRIGGER nomination_count_insert AFTER INSERT ON nomination BEGIN
  INSERT INTO nomination_count (status, n) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER nomination_count_delete AFTER DELETE ON nomination BEGIN
  UPDATE nomination_count SET n = n - 1 WHERE status = old.status;
END;
CREATE TRIGGER nomination_count_update AFTER UPDATE OF status ON nomination
  WHEN old.status IS NOT new.status
BEGIN
  UPDATE nomination_count SET n = n - 1 WHERE status = old.status;
  INSERT INTO nomination_count (status, n) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;

-- The answers of each kind of score per touchpoint (0 for none) and UTC day
-- (the first ten characters of received_at), as a histogram: s0 … s10 count
-- the answers 0 … 10 (NPS uses all eleven, CSAT s1–s5, CES s1–s7), and
-- complaints counts the complaints of that day at that touchpoint (under
-- score_type 'none' unless the complaint carries a score). The figures over
-- whole days read these rows — a year of 100 touchpoints is 36,500 rows for
-- any number of answers — and only the parts of a day at either end of a
-- period read feedback itself.
CREATE TABLE feedback_day (
  touchpoint_id INTEGER NOT NULL,
  score_type    TEXT NOT NULL,
  day           TEXT NOT NULL,
  s0            INTEGER NOT NULL DEFAULT 0,
  s1            INTEGER NOT NULL DEFAULT 0,
  s2            INTEGER NOT NULL DEFAULT 0,
  s3            INTEGER NOT NULL DEFAULT 0,
  s4            INTEGER NOT NULL DEFAULT 0,
  s5            INTEGER NOT NULL DEFAULT 0,
  s6            INTEGER NOT NULL DEFAULT 0,
  s7            INTEGER NOT NULL DEFAULT 0,
  s8            INTEGER NOT NULL DEFAULT 0,
  s9            INTEGER NOT NULL DEFAULT 0,
  s10           INTEGER NOT NULL DEFAULT 0,
  complaints    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (touchpoint_id, score_type, day)
) WITHOUT ROWID;
CREATE INDEX feedback_day_by_day ON feedback_day (score_type, day);

INSERT INTO feedback_day (touchpoint_id, score_type, day,
                          s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints)
  SELECT coalesce (touchpoint_id, 0), score_type, substr (received_at, 1, 10),
         sum (score IS 0), sum (score IS 1), sum (score IS 2), sum (score IS 3),
         sum (score IS 4), sum (score IS 5), sum (score IS 6), sum (score IS 7),
         sum (score IS 8), sum (score IS 9), sum (score IS 10), sum (kind = 'complaint')
  FROM feedback
  GROUP BY 1, 2, 3;

-- One row counted in (sign 1) or out (sign -1); the triggers below repeat
-- this statement, as SQLite has no trigger procedures.
CREATE TRIGGER feedback_day_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO feedback_day (touchpoint_id, score_type, day,
                            s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints)
    VALUES (coalesce (new.touchpoint_id, 0), new.score_type, substr (new.received_at, 1, 10),
            new.score IS 0, new.score IS 1, new.score IS 2, new.score IS 3,
            new.score IS 4, new.score IS 5, new.score IS 6, new.score IS 7,
            new.score IS 8, new.score IS 9, new.score IS 10, new.kind = 'complaint')
    ON CONFLICT (touchpoint_id, score_type, day) DO UPDATE SET
      s0 = s0 + excluded.s0, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2,
      s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5,
      s6 = s6 + excluded.s6, s7 = s7 + excluded.s7, s8 = s8 + excluded.s8,
      s9 = s9 + excluded.s9, s10 = s10 + excluded.s10,
      complaints = complaints + excluded.complaints;
END;

CREATE TRIGGER feedback_day_delete AFTER DELETE ON feedback BEGIN
  UPDATE feedback_day SET
      s0 = s0 - (old.score IS 0), s1 = s1 - (old.score IS 1), s2 = s2 - (old.score IS 2),
      s3 = s3 - (old.score IS 3), s4 = s4 - (old.score IS 4), s5 = s5 - (old.score IS 5),
      s6 = s6 - (old.score IS 6), s7 = s7 - (old.score IS 7), s8 = s8 - (old.score IS 8),
      s9 = s9 - (old.score IS 9), s10 = s10 - (old.score IS 10),
      complaints = complaints - (old.kind = 'complaint')
    WHERE touchpoint_id = coalesce (old.touchpoint_id, 0) AND score_type = old.score_type
      AND day = substr (old.received_at, 1, 10);
END;

CREATE TRIGGER feedback_day_update
  AFTER UPDATE OF touchpoint_id, score_type, score, kind, received_at ON feedback
  WHEN old.touchpoint_id IS NOT new.touchpoint_id OR old.score_type IS NOT new.score_type
    OR old.score IS NOT new.score OR old.kind IS NOT new.kind
    OR substr (old.received_at, 1, 10) IS NOT substr (new.received_at, 1, 10)
BEGIN
  UPDATE feedback_day SET
      s0 = s0 - (old.score IS 0), s1 = s1 - (old.score IS 1), s2 = s2 - (old.score IS 2),
      s3 = s3 - (old.score IS 3), s4 = s4 - (old.score IS 4), s5 = s5 - (old.score IS 5),
      s6 = s6 - (old.score IS 6), s7 = s7 - (old.score IS 7), s8 = s8 - (old.score IS 8),
      s9 = s9 - (old.score IS 9), s10 = s10 - (old.score IS 10),
      complaints = complaints - (old.kind = 'complaint')
    WHERE touchpoint_id = coalesce (old.touchpoint_id, 0) AND score_type = old.score_type
      AND day = substr (old.received_at, 1, 10);
  INSERT INTO feedback_day (touchpoint_id, score_type, day,
                            s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints)
    VALUES (coalesce (new.touchpoint_id, 0), new.score_type, substr (new.received_at, 1, 10),
            new.score IS 0, new.score IS 1, new.score IS 2, new.score IS 3,
            new.score IS 4, new.score IS 5, new.score IS 6, new.score IS 7,
            new.score IS 8, new.score IS 9, new.score IS 10, new.kind = 'complaint')
    ON CONFLICT (touchpoint_id, score_type, day) DO UPDATE SET
      s0 = s0 + excluded.s0, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2,
      s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5,
      s6 = s6 + excluded.s6, s7 = s7 + excluded.s7, s8 = s8 + excluded.s8,
      s9 = s9 + excluded.s9, s10 = s10 + excluded.s10,
      complaints = complaints + excluded.complaints;
END;
