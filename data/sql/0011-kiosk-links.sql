-- Embassy schema, version 11.
--
-- A promise and an announcement may carry a link: an http or https address
-- where a reader learns more (the kiosk shows it as a QR code for a
-- passer-by's phone). Empty when there is none; at most 2,000 characters,
-- checked by the stores and the bundle import. The link of a promise belongs
-- to the promise, not to a version: changing it asks nobody to acknowledge
-- the promise again.
ALTER TABLE promise ADD COLUMN link TEXT NOT NULL DEFAULT '';
ALTER TABLE announcement ADD COLUMN link TEXT NOT NULL DEFAULT '';
