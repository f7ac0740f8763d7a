-- Embassy schema, version 7.
--
-- Import profiles: the choices of an import of one source (the column
-- mapping, the value maps, the encoding, the order of dates, whether invalid
-- rows are skipped), saved under a name so that the next import of the same
-- source reuses them (`embassy --import FILE --profile NAME`).
--   format    'roster-csv' or 'feedback-csv'
--   settings  JSON, read by emb-import-profile.c:
--             {"version": 1, "mapping": {KEY: VALUE, ...}, "encoding": "...",
--              "date-order": "auto" | "dmy" | "mdy", "skip-invalid": false}
--             where the mapping takes the keys of EmbImportOptions.mapping
--             (emb-csv-import.h): column headers, value maps, defaults.
CREATE TABLE import_profile (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0),
  format      TEXT NOT NULL CHECK (format IN ('roster-csv', 'feedback-csv')),
  settings    TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- The sources of feedback a profile imported, so that a category given a
-- touchpoint later (in the feedback area) is remembered in that profile.
CREATE TABLE import_profile_source (
  profile_id  INTEGER NOT NULL REFERENCES import_profile (id) ON DELETE CASCADE,
  source      TEXT NOT NULL,
  PRIMARY KEY (source, profile_id)
);

-- A re-import without ids finds the items it imported before by their
-- content and date within the same source; the length of the text keeps the
-- candidates few where many items share a day and a score.
CREATE INDEX feedback_by_content ON feedback (source, received_at, score, length (text));
