-- Embassy schema, version 10.
--
-- Staff sign-in and the programme settings shared by every window on the
-- database (the staff window and the kiosk may run in other processes, so
-- what they obey lives here, not in a desktop's GSettings).
--
-- An employee's PIN is kept in employee.pin_hash (version 1) as a libsodium
-- Argon2id string. Wrong PINs are counted per subject ("manager", or the
-- employee's UUID) with the time before which the next try is refused, so
-- the growing delays survive a restart. Not exported in bundles.
CREATE TABLE pin_throttle (
  subject      TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until TEXT,
  updated_at   TEXT NOT NULL
);

-- Programme settings as key and text value: the anonymity threshold
-- ("anonymity-threshold", default 5, never below 3), the manager PIN
-- ("manager-pin-hash") and, later, the kiosk's settings.
CREATE TABLE setting (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A nomination sent anonymously still names its sender in nominator_id, so
-- the monthly caps hold and the sender sees it among their own; no view
-- shows the sender of an anonymous nomination to anyone else.
ALTER TABLE nomination ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0
  CHECK (anonymous IN (0, 1));

-- Why a decision went over the pilot's spending ceiling, asked of whoever
-- logs it (empty when within the ceiling); such decisions wait for review.
ALTER TABLE pilot_decision ADD COLUMN over_ceiling_reason TEXT NOT NULL DEFAULT '';
