-- Embassy schema, version 1.
--
-- Portable SQL wherever it costs nothing: integer ids, a stable UUID per
-- record, ISO-8601 UTC text timestamps, CHECK constraints for enumerations.
-- SQLite-only parts (FTS5) are marked.

CREATE TABLE organisation (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  vision      TEXT NOT NULL DEFAULT '',
  cx_strategy TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE department (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL UNIQUE,
  office     TEXT NOT NULL CHECK (office IN ('front', 'back')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE role (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
  name          TEXT NOT NULL,
  office        TEXT NOT NULL CHECK (office IN ('front', 'back')),
  attitudes     TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (department_id, name)
);
CREATE INDEX role_by_name ON role (name, id);

CREATE TABLE employee (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  employee_number TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  email           TEXT NOT NULL DEFAULT '',
  role_id         INTEGER REFERENCES role (id) ON DELETE SET NULL,
  department_id   INTEGER REFERENCES department (id) ON DELETE SET NULL,
  site            TEXT NOT NULL DEFAULT '',
  hire_date       TEXT,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  pin_hash        TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX employee_by_name ON employee (name COLLATE NOCASE, id);
CREATE INDEX employee_by_role ON employee (role_id, active);
CREATE INDEX employee_by_department ON employee (department_id, active);
CREATE INDEX employee_by_email ON employee (email COLLATE NOCASE);

CREATE TABLE value (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL,
  description           TEXT NOT NULL DEFAULT '',
  desired_behaviours    TEXT NOT NULL DEFAULT '',
  undesired_behaviours  TEXT NOT NULL DEFAULT '',
  position              INTEGER NOT NULL DEFAULT 0,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX value_by_position ON value (position, id);

-- A published set of values: what staff acknowledge.
CREATE TABLE value_set (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  published_at TEXT NOT NULL,
  summary      TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE journey_stage (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX journey_stage_by_position ON journey_stage (position, id);

CREATE TABLE touchpoint (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  stage_id    INTEGER NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  channel     TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX touchpoint_by_stage ON touchpoint (stage_id, position, id);

CREATE TABLE responsibility (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  role_id       INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
  level         TEXT NOT NULL CHECK (level IN ('owns', 'delivers', 'supports', 'informed')),
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (role_id, touchpoint_id)
);
CREATE INDEX responsibility_by_touchpoint ON responsibility (touchpoint_id, level);

CREATE TABLE promise (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  status               TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'published', 'retired')),
  position             INTEGER NOT NULL DEFAULT 0,
  retired_at           TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX promise_by_status ON promise (status, position, id);

-- Every version of a promise; a published version is frozen.
CREATE TABLE promise_version (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  promise_id           INTEGER NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
  number               INTEGER NOT NULL CHECK (number >= 1),
  statement            TEXT NOT NULL,
  customer_expectation TEXT NOT NULL DEFAULT '',
  state                TEXT NOT NULL DEFAULT 'draft'
                         CHECK (state IN ('draft', 'published', 'superseded', 'retired')),
  published_at         TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (promise_id, number)
);
CREATE INDEX promise_version_by_state ON promise_version (promise_id, state);
-- At most one draft and one version in force per promise.
CREATE UNIQUE INDEX promise_version_one_draft
  ON promise_version (promise_id) WHERE state = 'draft';
CREATE UNIQUE INDEX promise_version_one_published
  ON promise_version (promise_id) WHERE state = 'published';

CREATE TABLE promise_version_touchpoint (
  version_id    INTEGER NOT NULL REFERENCES promise_version (id) ON DELETE CASCADE,
  touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
  PRIMARY KEY (version_id, touchpoint_id)
);
CREATE INDEX promise_version_touchpoint_by_touchpoint
  ON promise_version_touchpoint (touchpoint_id, version_id);

CREATE TABLE announcement (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  body         TEXT NOT NULL DEFAULT '',
  audience     TEXT NOT NULL DEFAULT 'everyone'
                 CHECK (audience IN ('everyone', 'departments', 'roles')),
  needs_ack    INTEGER NOT NULL DEFAULT 0 CHECK (needs_ack IN (0, 1)),
  published_at TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX announcement_by_published ON announcement (published_at, id);

CREATE TABLE announcement_department (
  announcement_id INTEGER NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
  department_id   INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  PRIMARY KEY (announcement_id, department_id)
);
CREATE INDEX announcement_department_by_department ON announcement_department (department_id);

CREATE TABLE announcement_role (
  announcement_id INTEGER NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
  role_id         INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  PRIMARY KEY (announcement_id, role_id)
);
CREATE INDEX announcement_role_by_role ON announcement_role (role_id);

-- An employee's acknowledgement of exactly one published item.
CREATE TABLE acknowledgement (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  employee_id        INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  promise_version_id INTEGER REFERENCES promise_version (id) ON DELETE CASCADE,
  announcement_id    INTEGER REFERENCES announcement (id) ON DELETE CASCADE,
  value_set_id       INTEGER REFERENCES value_set (id) ON DELETE CASCADE,
  acknowledged_at    TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK ((promise_version_id IS NOT NULL) + (announcement_id IS NOT NULL)
         + (value_set_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX acknowledgement_promise
  ON acknowledgement (promise_version_id, employee_id) WHERE promise_version_id IS NOT NULL;
CREATE UNIQUE INDEX acknowledgement_announcement
  ON acknowledgement (announcement_id, employee_id) WHERE announcement_id IS NOT NULL;
CREATE UNIQUE INDEX acknowledgement_value_set
  ON acknowledgement (value_set_id, employee_id) WHERE value_set_id IS NOT NULL;
CREATE INDEX acknowledgement_by_employee ON acknowledgement (employee_id);

CREATE TABLE feedback (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  received_at   TEXT NOT NULL,
  channel       TEXT NOT NULL DEFAULT '',
  touchpoint_id INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('praise', 'complaint', 'suggestion', 'survey')),
  score_type    TEXT NOT NULL DEFAULT 'none' CHECK (score_type IN ('none', 'nps', 'csat', 'ces')),
  score         INTEGER,
  text          TEXT NOT NULL DEFAULT '',
  customer_ref  TEXT NOT NULL DEFAULT '',
  follow_up     TEXT NOT NULL DEFAULT 'new' CHECK (follow_up IN ('new', 'assigned', 'resolved')),
  assignee_id   INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  source        TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK ((score_type = 'none' AND score IS NULL)
         OR (score_type = 'nps' AND score BETWEEN 0 AND 10)
         OR (score_type = 'csat' AND score BETWEEN 1 AND 5)
         OR (score_type = 'ces' AND score BETWEEN 1 AND 7))
);
CREATE INDEX feedback_by_received ON feedback (received_at, id);
CREATE INDEX feedback_by_touchpoint ON feedback (touchpoint_id, received_at);
CREATE INDEX feedback_by_kind ON feedback (kind, received_at);
CREATE INDEX feedback_by_score ON feedback (score_type, received_at, score);
CREATE INDEX feedback_by_assignee ON feedback (assignee_id);

-- SQLite only: full-text search over feedback texts (FTS5, external content).
CREATE VIRTUAL TABLE feedback_fts USING fts5 (text, content='feedback', content_rowid='id');
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

-- A recognition nomination of one employee or one department.
-- department_id is the department the nomination counts for: the nominated
-- department, or the nominated employee's current department. It is no
-- record property: the triggers below keep it, so that the list can filter
-- by department through one index.
CREATE TABLE nomination (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  nominee_employee_id   INTEGER REFERENCES employee (id) ON DELETE CASCADE,
  nominee_department_id INTEGER REFERENCES department (id) ON DELETE CASCADE,
  nominator_id          INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  value_id              INTEGER NOT NULL REFERENCES value (id) ON DELETE RESTRICT,
  touchpoint_id         INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL,
  feedback_id           INTEGER REFERENCES feedback (id) ON DELETE SET NULL,
  story                 TEXT NOT NULL,
  is_public             INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
  status                TEXT NOT NULL DEFAULT 'submitted'
                          CHECK (status IN ('submitted', 'approved', 'declined', 'celebrated')),
  decider_id            INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  decision_note         TEXT NOT NULL DEFAULT '',
  submitted_at          TEXT NOT NULL,
  decided_at            TEXT,
  celebrated_at         TEXT,
  department_id         INTEGER REFERENCES department (id) ON DELETE SET NULL,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK ((nominee_employee_id IS NULL) <> (nominee_department_id IS NULL))
);
CREATE INDEX nomination_by_submitted ON nomination (submitted_at, id);
CREATE INDEX nomination_by_nominee ON nomination (nominee_employee_id, submitted_at);
CREATE INDEX nomination_by_nominee_department ON nomination (nominee_department_id, submitted_at);
CREATE INDEX nomination_by_nominator ON nomination (nominator_id, submitted_at);
CREATE INDEX nomination_by_feedback ON nomination (feedback_id);
CREATE INDEX nomination_by_decider ON nomination (decider_id);
-- SQLite only: the list shows the newest first, and the lazy list model
-- pages in ascending order of its sort key, so the key is the negated Julian
-- day of submitted_at (a PostgreSQL port would use DESC indexes instead).
-- Each filter of the list has an index that ends with this key, so its first
-- page is read in order without sorting.
CREATE INDEX nomination_by_newest ON nomination (-julianday (submitted_at), id);
CREATE INDEX nomination_by_status ON nomination (status, -julianday (submitted_at), id);
CREATE INDEX nomination_by_value ON nomination (value_id, -julianday (submitted_at), id);
CREATE INDEX nomination_by_touchpoint ON nomination (touchpoint_id, -julianday (submitted_at), id);
CREATE INDEX nomination_by_department ON nomination (department_id, -julianday (submitted_at), id);

-- Trigger syntax is SQLite's; a PostgreSQL port writes them as functions.
CREATE TRIGGER nomination_department_insert AFTER INSERT ON nomination BEGIN
  UPDATE nomination
     SET department_id = coalesce (new.nominee_department_id,
                                   (SELECT department_id FROM employee
                                     WHERE id = new.nominee_employee_id))
   WHERE id = new.id;
END;
CREATE TRIGGER nomination_department_update
  AFTER UPDATE OF nominee_employee_id, nominee_department_id ON nomination BEGIN
  UPDATE nomination
     SET department_id = coalesce (new.nominee_department_id,
                                   (SELECT department_id FROM employee
                                     WHERE id = new.nominee_employee_id))
   WHERE id = new.id;
END;
CREATE TRIGGER nomination_department_employee
  AFTER UPDATE OF department_id ON employee
  WHEN old.department_id IS NOT new.department_id BEGIN
  UPDATE nomination SET department_id = new.department_id
   WHERE nominee_employee_id = new.id;
END;

-- SQLite only: full-text search over nomination stories (FTS5, external content).
CREATE VIRTUAL TABLE nomination_fts USING fts5 (story, content='nomination', content_rowid='id');
CREATE TRIGGER nomination_fts_insert AFTER INSERT ON nomination BEGIN
  INSERT INTO nomination_fts (rowid, story) VALUES (new.id, new.story);
END;
CREATE TRIGGER nomination_fts_delete AFTER DELETE ON nomination BEGIN
  INSERT INTO nomination_fts (nomination_fts, rowid, story) VALUES ('delete', old.id, old.story);
END;
CREATE TRIGGER nomination_fts_update AFTER UPDATE OF story ON nomination BEGIN
  INSERT INTO nomination_fts (nomination_fts, rowid, story) VALUES ('delete', old.id, old.story);
  INSERT INTO nomination_fts (rowid, story) VALUES (new.id, new.story);
END;

CREATE TABLE pilot (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  principle         TEXT NOT NULL,
  spending_ceiling  INTEGER NOT NULL DEFAULT 0 CHECK (spending_ceiling >= 0), -- minor units
  currency          TEXT NOT NULL DEFAULT 'EUR',
  allowed_decisions TEXT NOT NULL DEFAULT '',
  escalation_rule   TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

CREATE TABLE pilot_wave (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  pilot_id        INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
  department_id   INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
  position        INTEGER NOT NULL,
  starts_on       TEXT NOT NULL,
  ends_on         TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'running', 'evaluated', 'rolled-out')),
  evaluation_note TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (pilot_id, department_id),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX pilot_wave_by_pilot ON pilot_wave (pilot_id, position, id);
CREATE INDEX pilot_wave_by_department ON pilot_wave (department_id);
CREATE INDEX pilot_wave_by_status ON pilot_wave (status);

CREATE TABLE pilot_decision (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE,
  pilot_id         INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
  employee_id      INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  decided_on       TEXT NOT NULL,
  kind             TEXT NOT NULL DEFAULT '',
  situation        TEXT NOT NULL,
  decision         TEXT NOT NULL,
  cost             INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0), -- minor units
  customer_outcome TEXT NOT NULL DEFAULT '',
  review_status    TEXT NOT NULL DEFAULT 'pending'
                     CHECK (review_status IN ('pending', 'reviewed', 'escalated')),
  review_note      TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX pilot_decision_by_pilot ON pilot_decision (pilot_id, decided_on, id);
CREATE INDEX pilot_decision_by_date ON pilot_decision (decided_on, id);
CREATE INDEX pilot_decision_by_employee ON pilot_decision (employee_id);

CREATE TABLE training_objective (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  title           TEXT NOT NULL,
  knowledge       TEXT NOT NULL DEFAULT '',
  skills          TEXT NOT NULL DEFAULT '',
  attitudes       TEXT NOT NULL DEFAULT '',
  expected_change TEXT NOT NULL,
  review_on       TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX training_objective_by_review ON training_objective (review_on, id);

CREATE TABLE training_objective_role (
  objective_id INTEGER NOT NULL REFERENCES training_objective (id) ON DELETE CASCADE,
  role_id      INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, role_id)
);
CREATE INDEX training_objective_role_by_role ON training_objective_role (role_id);

CREATE TABLE training_objective_touchpoint (
  objective_id  INTEGER NOT NULL REFERENCES training_objective (id) ON DELETE CASCADE,
  touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, touchpoint_id)
);
CREATE INDEX training_objective_touchpoint_by_touchpoint
  ON training_objective_touchpoint (touchpoint_id);

CREATE TABLE training_observation (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  objective_id INTEGER NOT NULL REFERENCES training_objective (id) ON DELETE CASCADE,
  employee_id  INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  observed_on  TEXT NOT NULL,
  rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX training_observation_by_objective ON training_observation (objective_id, observed_on);
CREATE INDEX training_observation_by_employee ON training_observation (employee_id);

-- CX maturity self-assessment: 9 areas scored 1-5.
CREATE TABLE maturity_assessment (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  assessed_on TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX maturity_assessment_by_date ON maturity_assessment (assessed_on, id);

CREATE TABLE maturity_score (
  assessment_id INTEGER NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
  area          TEXT NOT NULL CHECK (area IN ('culture', 'employee-experience',
                  'listening', 'understanding', 'acting', 'technology', 'strategy',
                  'journey-mapping', 'leadership')),
  score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  note          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, area)
);

-- Consistency audit: declarations, behaviours and resources, 0-100 each.
CREATE TABLE consistency_audit (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  audited_on    TEXT NOT NULL,
  declarations  INTEGER NOT NULL CHECK (declarations BETWEEN 0 AND 100),
  behaviours    INTEGER NOT NULL CHECK (behaviours BETWEEN 0 AND 100),
  resources     INTEGER NOT NULL CHECK (resources BETWEEN 0 AND 100),
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX consistency_audit_by_department ON consistency_audit (department_id, audited_on);
CREATE INDEX consistency_audit_by_date ON consistency_audit (audited_on, id);

-- Ambassadorship pulse: mean agreement 1-5 on the three commitments.
CREATE TABLE pulse (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  department_id     INTEGER REFERENCES department (id) ON DELETE CASCADE,
  role_id           INTEGER REFERENCES role (id) ON DELETE CASCADE,
  taken_on          TEXT NOT NULL,
  company           REAL NOT NULL CHECK (company BETWEEN 1 AND 5),
  value_proposition REAL NOT NULL CHECK (value_proposition BETWEEN 1 AND 5),
  customer          REAL NOT NULL CHECK (customer BETWEEN 1 AND 5),
  respondents       INTEGER NOT NULL CHECK (respondents >= 1),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK ((department_id IS NULL) <> (role_id IS NULL))
);
CREATE INDEX pulse_by_department ON pulse (department_id, taken_on);
CREATE INDEX pulse_by_role ON pulse (role_id, taken_on);
CREATE INDEX pulse_by_date ON pulse (taken_on, id);
