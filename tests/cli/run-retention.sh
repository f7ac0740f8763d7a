#!/usr/bin/env bash
# embassy --apply-retention, as a script that answers for a programme's
# retention duty runs it: the rule of the database's setting, applied now,
# checked by its exit status, its message and what it did. Output is TAP.
# Usage: run-retention.sh EMBASSY DATA_DIR
source "$(dirname "$0")/cli-tap.sh" "$@"

count () {
  sqlite3 "$db" "$1"
}

"$embassy" --help > "$tmp/help.txt" 2>&1
check "--help documents --apply-retention" grep -q -- '--apply-retention' "$tmp/help.txt"

# A programme (the schema comes with the first import) with two items
# received long ago and one this year.
"$embassy" --database "$db" --import "$data/roster.csv" > /dev/null 2>&1
check "the programme is created" test $? -eq 0
year="$(date -u +%Y)"
sqlite3 "$db" "
INSERT INTO feedback (uuid, received_at, kind, score_type, score, text, customer_ref,
                      created_at, updated_at)
VALUES ('u1', '2001-01-01T10:00:00.000Z', 'complaint', 'nps', 2, 'Rude and slow', 'C-1', 'x', 'x'),
       ('u2', '2002-01-01T10:00:00.000Z', 'praise', 'none', NULL, 'Lovely', 'C-2', 'x', 'x'),
       ('u3', '$year-01-01T10:00:00.000Z', 'praise', 'csat', 5, 'Quick', 'C-3', 'x', 'x');"

"$embassy" --database "$db" --apply-retention > "$tmp/forever.txt" 2>&1
check "kept for ever: exits 0" test $? -eq 0
check "and says nothing was cleared" grep -q 'kept for ever' "$tmp/forever.txt"
check "and clears nothing" test "$(count "SELECT count(*) FROM feedback WHERE text <> ''")" -eq 3

sqlite3 "$db" "INSERT INTO setting (key, value, updated_at)
               VALUES ('feedback-retention-months', '24', 'x')"
"$embassy" --database "$db" --apply-retention > "$tmp/run.txt" 2>&1
check "two years: exits 0" test $? -eq 0
check "says it cleared two" grep -q 'Cleared the text of 2 feedback items older than 2 years' "$tmp/run.txt"
check "the old texts and references are gone" \
  test "$(count "SELECT count(*) FROM feedback WHERE text = '' AND customer_ref = ''
                 AND received_at < '2003'")" -eq 2
check "their scores stay" test "$(count "SELECT score FROM feedback WHERE uuid = 'u1'")" -eq 2
check "the new item keeps its text" test "$(count "SELECT text FROM feedback WHERE uuid = 'u3'")" = Quick
check "a search no longer finds them" \
  test "$(count "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'rude OR lovely'")" -eq 0
check "the run is recorded" \
  test "$(count "SELECT value FROM setting WHERE key = 'feedback-retention-last-cleared'")" -eq 2

"$embassy" --database "$db" --apply-retention > "$tmp/again.txt" 2>&1
check "again: exits 0" test $? -eq 0
check "and says nothing was old enough" grep -q 'nothing was cleared' "$tmp/again.txt"

"$embassy" --database "$tmp/missing/programme.db" --apply-retention > "$tmp/bad.txt" 2>&1
check "a database that is not there exits 1" test $? -eq 1
check "and says so" grep -q "no programme database" "$tmp/bad.txt"
check "and makes none" test ! -e "$tmp/missing/programme.db"

echo "1..$n"
exit $failed
