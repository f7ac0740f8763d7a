-- Embassy schema, version 12.
--
-- Erasing one person (emb-person-erase.c). The employee's row stays as an
-- anonymous tombstone so that the nominations they gave, received and
-- decided, the pilot decisions they made and the acknowledgements they gave
-- keep counting (the figures do not change): it gets a new random UUID, an
-- opaque number and name, no e-mail, site, hire date or PIN, and is marked
-- erased. An erased employee is left out of every list of people, every
-- picker, the staff sign-in and the kiosk.
ALTER TABLE employee ADD COLUMN erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1));
