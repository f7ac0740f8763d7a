-- Embassy schema, version 8.
--
-- Writing a million feedback items or nominations at the cost of the work.
--
-- 1. One index fewer to keep or build on every feedback row. The NPS, CSAT
--    and CES of a period read whole days from feedback_day (version 3) and
--    only the partial days at its ends from feedback: a few rows, which
--    feedback_by_score (score_type, received_at, score) finds for every
--    touchpoint and feedback_by_touchpoint (touchpoint_id, received_at) for
--    a list of them. feedback_by_touchpoint_score (version 2) served the
--    whole period before feedback_day existed; it cost every row as much as
--    any other index and no query needs it any more.
DROP INDEX feedback_by_touchpoint_score;

-- 2. The same CHECK constraints, written as comparisons. SQLite checks
--    "x IN (a, b, c, …)" with three or more values by building a small
--    temporary index of the values, once for every run of a statement: an
--    insert of one row built four of them, which tripled the cost of
--    inserting a feedback row (6 µs more a row, a million rows: 6 s).
--    "x = a OR x = b OR …" allows exactly the same values (and NULL, as IN
--    does) and costs a few comparisons.
--
--    SQLite cannot alter a CHECK constraint; as its documentation describes
--    for changes that leave the stored rows as they are ("Making Other
--    Kinds Of Table Schema Changes", lang_altertable.html), the text of the
--    table in sqlite_schema is changed in place, then the schema is loaded
--    again (any DDL statement does that: it changes the schema cookie). The
--    migration runner checks the foreign keys and the whole file is checked
--    by the tests. A table whose text differs from what versions 1-6 wrote
--    is left as it is.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
   SET sql = replace (replace (replace (sql,
       'CHECK (kind IN (''praise'', ''complaint'', ''suggestion'', ''survey'', ''neutral''))',
       'CHECK (kind = ''praise'' OR kind = ''complaint'' OR kind = ''suggestion'''
         || ' OR kind = ''survey'' OR kind = ''neutral'')'),
       'CHECK (score_type IN (''none'', ''nps'', ''csat'', ''ces''))',
       'CHECK (score_type = ''none'' OR score_type = ''nps'' OR score_type = ''csat'''
         || ' OR score_type = ''ces'')'),
       'CHECK (follow_up IN (''new'', ''acknowledged'', ''in-progress'', ''closed''))',
       'CHECK (follow_up = ''new'' OR follow_up = ''acknowledged'''
         || ' OR follow_up = ''in-progress'' OR follow_up = ''closed'')')
 WHERE type = 'table' AND name = 'feedback';

UPDATE sqlite_schema
   SET sql = replace (sql,
       'CHECK (status IN (''submitted'', ''approved'', ''declined'', ''celebrated''))',
       'CHECK (status = ''submitted'' OR status = ''approved'' OR status = ''declined'''
         || ' OR status = ''celebrated'')')
 WHERE type = 'table' AND name = 'nomination';

PRAGMA writable_schema = OFF;

-- Load the schema again, with the new text.
CREATE TABLE emb_schema_reload (x);
DROP TABLE emb_schema_reload;
