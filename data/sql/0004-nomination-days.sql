-- Embassy schema, version 4.
--
-- The recognition insights over a million nominations: per UTC day of
-- submission (the first ten characters of submitted_at), value and
-- department (0 for none), how many nominations were made that were not
-- declined, and how many of them cite a touchpoint, customer feedback as
-- evidence, or both. Triggers keep it in the same transaction as the
-- nominations; a year of 10 values and 20 departments is at most 73,000
-- rows for any number of nominations.
CREATE TABLE nomination_day (
  value_id        INTEGER NOT NULL,
  department_id   INTEGER NOT NULL,
  day             TEXT NOT NULL,
  n               INTEGER NOT NULL DEFAULT 0,
  with_touchpoint INTEGER NOT NULL DEFAULT 0,
  with_feedback   INTEGER NOT NULL DEFAULT 0,
  with_both       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, value_id, department_id)
) WITHOUT ROWID;

INSERT INTO nomination_day (value_id, department_id, day, n,
                            with_touchpoint, with_feedback, with_both)
  SELECT value_id, coalesce (department_id, 0), substr (submitted_at, 1, 10), count(*),
         sum (touchpoint_id IS NOT NULL), sum (feedback_id IS NOT NULL),
         sum (touchpoint_id IS NOT NULL AND feedback_id IS NOT NULL)
  FROM nomination
  WHERE status <> 'declined'
  GROUP BY 1, 2, 3;

CREATE TRIGGER nomination_day_insert AFTER INSERT ON nomination
  WHEN new.status <> 'declined'
BEGIN
  INSERT INTO nomination_day (value_id, department_id, day, n,
                              with_touchpoint, with_feedback, with_both)
    VALUES (new.value_id, coalesce (new.department_id, 0), substr (new.submitted_at, 1, 10), 1,
            new.touchpoint_id IS NOT NULL, new.feedback_id IS NOT NULL,
            new.touchpoint_id IS NOT NULL AND new.feedback_id IS NOT NULL)
    ON CONFLICT (day, value_id, department_id) DO UPDATE SET
      n = n + 1,
      with_touchpoint = with_touchpoint + excluded.with_touchpoint,
      with_feedback = with_feedback + excluded.with_feedback,
      with_both = with_both + excluded.with_both;
END;

CREATE TRIGGER nomination_day_delete AFTER DELETE ON nomination
  WHEN old.status <> 'declined'
BEGIN
  UPDATE nomination_day SET
      n = n - 1,
      with_touchpoint = with_touchpoint - (old.touchpoint_id IS NOT NULL),
      with_feedback = with_feedback - (old.feedback_id IS NOT NULL),
      with_both = with_both - (old.touchpoint_id IS NOT NULL AND old.feedback_id IS NOT NULL)
    WHERE day = substr (old.submitted_at, 1, 10) AND value_id = old.value_id
      AND department_id = coalesce (old.department_id, 0);
END;

-- A change of any counted field takes the old row out and puts the new
-- one in (each only when it is not declined).
CREATE TRIGGER nomination_day_update_old
  AFTER UPDATE OF status, value_id, department_id, touchpoint_id, feedback_id, submitted_at
  ON nomination
  WHEN old.status <> 'declined'
BEGIN
  UPDATE nomination_day SET
      n = n - 1,
      with_touchpoint = with_touchpoint - (old.touchpoint_id IS NOT NULL),
      with_feedback = with_feedback - (old.feedback_id IS NOT NULL),
      with_both = with_both - (old.touchpoint_id IS NOT NULL AND old.feedback_id IS NOT NULL)
    WHERE day = substr (old.submitted_at, 1, 10) AND value_id = old.value_id
      AND department_id = coalesce (old.department_id, 0);
END;

CREATE TRIGGER nomination_day_update_new
  AFTER UPDATE OF status, value_id, department_id, touchpoint_id, feedback_id, submitted_at
  ON nomination
  WHEN new.status <> 'declined'
BEGIN
  INSERT INTO nomination_day (value_id, department_id, day, n,
                              with_touchpoint, with_feedback, with_both)
    VALUES (new.value_id, coalesce (new.department_id, 0), substr (new.submitted_at, 1, 10), 1,
            new.touchpoint_id IS NOT NULL, new.feedback_id IS NOT NULL,
            new.touchpoint_id IS NOT NULL AND new.feedback_id IS NOT NULL)
    ON CONFLICT (day, value_id, department_id) DO UPDATE SET
      n = n + 1,
      with_touchpoint = with_touchpoint + excluded.with_touchpoint,
      with_feedback = with_feedback + excluded.with_feedback,
      with_both = with_both + excluded.with_both;
END;
