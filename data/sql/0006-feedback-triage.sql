-- Embassy schema, version 6.
--
-- Feedback as real exports bring it, and its follow-up:
--   category   the source's own category or reason, as written there
--   source_id  the source's own id of the item, the key of a re-import
--   triage     1 while an item whose category the programme does not know
--              waits to be given a touchpoint
--   kind       'neutral' for what a monitoring tool calls neutral
--   follow_up  new → acknowledged → in progress → closed; the assignee is
--              the owner
-- SQLite cannot change a CHECK, so the table is rebuilt (the runner turns
-- foreign keys off for a migration and checks them before it commits); the
-- row ids stay, so the external-content full-text index stays valid.
CREATE TABLE feedback_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  received_at   TEXT NOT NULL,
  channel       TEXT NOT NULL DEFAULT '',
  touchpoint_id INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL,
  kind          TEXT NOT NULL
                  CHECK (kind IN ('praise', 'complaint', 'suggestion', 'survey', 'neutral')),
  score_type    TEXT NOT NULL DEFAULT 'none' CHECK (score_type IN ('none', 'nps', 'csat', 'ces')),
  score         INTEGER,
  text          TEXT NOT NULL DEFAULT '',
  customer_ref  TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL DEFAULT '',
  triage        INTEGER NOT NULL DEFAULT 0 CHECK (triage IN (0, 1)),
  follow_up     TEXT NOT NULL DEFAULT 'new'
                  CHECK (follow_up IN ('new', 'acknowledged', 'in-progress', 'closed')),
  assignee_id   INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  source        TEXT NOT NULL DEFAULT '',
  source_id     TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK ((score_type = 'none' AND score IS NULL)
         OR (score_type = 'nps' AND score BETWEEN 0 AND 10)
         OR (score_type = 'csat' AND score BETWEEN 1 AND 5)
         OR (score_type = 'ces' AND score BETWEEN 1 AND 7))
);

INSERT INTO feedback_new (id, uuid, received_at, channel, touchpoint_id, kind, score_type,
                          score, text, customer_ref, follow_up, assignee_id, source,
                          created_at, updated_at)
  SELECT id, uuid, received_at, channel, touchpoint_id, kind, score_type, score, text,
         customer_ref,
         CASE follow_up WHEN 'assigned' THEN 'in-progress' WHEN 'resolved' THEN 'closed'
                        ELSE 'new' END,
         assignee_id, source, created_at, updated_at
  FROM feedback;

DROP TABLE feedback;
ALTER TABLE feedback_new RENAME TO feedback;

CREATE INDEX feedback_by_received ON feedback (received_at, id);
CREATE INDEX feedback_by_touchpoint ON feedback (touchpoint_id, received_at);
CREATE INDEX feedback_by_kind ON feedback (kind, received_at);
CREATE INDEX feedback_by_score ON feedback (score_type, received_at, score);
CREATE INDEX feedback_by_assignee ON feedback (assignee_id);
CREATE INDEX feedback_by_touchpoint_score
  ON feedback (touchpoint_id, score_type, received_at, score);
-- Only the few items that wait for a touchpoint, by their category.
CREATE INDEX feedback_to_triage ON feedback (category) WHERE triage = 1;
-- A re-import finds the items of its source by their own ids.
CREATE INDEX feedback_by_source_id ON feedback (source, source_id) WHERE source_id <> '';

CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO feedback_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF text ON feedback BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO feedback_fts (rowid, text) VALUES (new.id, new.text);
END;

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

-- An employee on leave of absence stays active and is marked.
ALTER TABLE employee ADD COLUMN on_leave INTEGER NOT NULL DEFAULT 0 CHECK (on_leave IN (0, 1));

-- An announcement can be shown on the break-room kiosk.
ALTER TABLE announcement ADD COLUMN on_kiosk INTEGER NOT NULL DEFAULT 0 CHECK (on_kiosk IN (0, 1));
