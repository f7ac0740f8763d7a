-- Embassy schema, version 5.
--
-- The decision log of a pilot reads newest first: its lazy list pages
-- through these indexes in ascending order of the key, so the key is the
-- negated day (the expression must stay the very one of
-- emb_pilot_store_query_decisions ()).
DROP INDEX pilot_decision_by_pilot;
DROP INDEX pilot_decision_by_date;
CREATE INDEX pilot_decision_by_pilot ON pilot_decision (pilot_id, -julianday (decided_on), id);
CREATE INDEX pilot_decision_by_date ON pilot_decision (-julianday (decided_on), id);
