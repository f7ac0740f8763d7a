#!/usr/bin/env bash
# kill-test.sh: the real programs killed with SIGKILL at random moments.
#
# Usage: kill-test.sh EMBASSY KILL_SAVER MAKE_INPUTS DEMO_DB [KILLS]
#
# Each round starts from a copy of the demo database (base.db) and runs one
# of four writers on it, in turn:
#
#   roster    embassy --import roster.csv    (a large BambooHR roster)
#   feedback  embassy --import feedback.csv  (a large Typeform NPS export)
#   bundle    embassy --import bundle.json   (another company's programme,
#                                             exported by embassy itself)
#   window    kill-saver: the manager window adding employees through the
#             People page's editor, printing each one once its save returned
#
# then kills it with SIGKILL after a random time (up to a little more than
# the writer needs for the whole job, so that some kills land after the
# commit or during start-up), and checks the file:
#
#   - PRAGMA integrity_check says ok and PRAGMA foreign_key_check finds
#     nothing, and the schema (tables, indexes, triggers) is the one before:
#     a bulk import drops indexes and triggers inside its transaction;
#   - an import is there whole or not at all: the row count of every table
#     equals either the count before or the count after the same import run
#     to its end (measured once, uncut, on its own copy);
#   - every employee the window printed as saved is there, and at most one
#     more (the save that was under way);
#   - the derived tables equal the plain counts they keep: nomination_count,
#     nomination_day and feedback_day are made again with GROUP BY and
#     compared, and the two full-text indexes pass FTS5's integrity-check;
#   - Embassy itself opens the file again (embassy --backup).
#
# KILLS (environment, or the 5th argument) is the number of rounds: the
# test suite runs a few, `KILLS=100` the full test. ROSTER_ROWS and
# FEEDBACK_ROWS set the size of the inputs, SEED their content and the
# moments of the kills (printed, to repeat a failing run). The window needs
# a display: meson runs this script through tests/ui/own-display.sh.
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail

embassy="$1"
saver="$2"
make_inputs="$3"
demo_db="$4"
kills="${KILLS:-${5:-8}}"
roster_rows="${ROSTER_ROWS:-5000}"
feedback_rows="${FEEDBACK_ROWS:-20000}"
seed="${SEED:-$$}"

export LANG=C.UTF-8 LANGUAGE= TZ=UTC GSETTINGS_BACKEND=memory
tmp="$(mktemp -d "${TMPDIR:-/tmp}/embassy-kill.XXXXXX")"
writer=
cleanup () {
  [ -z "$writer" ] || kill -KILL "$writer" 2>/dev/null
  rm -rf "$tmp"
}
base="$tmp/base.db"
. "$(dirname "$0")/common.sh"
trap cleanup EXIT

RANDOM="$seed"
echo "# seed $seed, $kills kills, $roster_rows employees, $feedback_rows feedback rows"

now_ms () {
  echo $(( $(date +%s%N) / 1000000 ))
}

# The row count of every table (the full-text indexes' own tables are
# checked by FTS5 instead), one "table n" a line.
counts () {
  local tables query=""
  tables=$(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table'
                           AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
  for t in $tables; do
    query="$query${query:+ UNION ALL }SELECT '$t', count(*) FROM \"$t\""
  done
  sqlite3 -separator ' ' "$1" "$query"
}

schema () {
  sqlite3 "$1" "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name" | md5sum
}

# Every derived table against the counts made from its rows (rows of zeros
# left by deletes count as nothing). Prints what differs.
derived () {
  sqlite3 "$1" <<'EOF'
SELECT 'nomination_count differs' WHERE EXISTS (
  SELECT status, n FROM nomination_count WHERE n <> 0
  EXCEPT SELECT status, count(*) FROM nomination GROUP BY status)
  OR EXISTS (SELECT status, count(*) FROM nomination GROUP BY status
  EXCEPT SELECT status, n FROM nomination_count WHERE n <> 0);
SELECT 'nomination_day differs' WHERE EXISTS (
  SELECT value_id, department_id, day, n, with_touchpoint, with_feedback, with_both
    FROM nomination_day WHERE n <> 0
  EXCEPT SELECT value_id, coalesce (department_id, 0), substr (submitted_at, 1, 10), count(*),
         sum (touchpoint_id IS NOT NULL), sum (feedback_id IS NOT NULL),
         sum (touchpoint_id IS NOT NULL AND feedback_id IS NOT NULL)
    FROM nomination WHERE status <> 'declined' GROUP BY 1, 2, 3)
  OR (SELECT count(*) FROM nomination_day WHERE n <> 0) <>
     (SELECT count(*) FROM (SELECT 1 FROM nomination WHERE status <> 'declined'
                            GROUP BY value_id, coalesce (department_id, 0),
                                     substr (submitted_at, 1, 10)));
SELECT 'feedback_day differs' WHERE EXISTS (
  SELECT touchpoint_id, score_type, day, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints
    FROM feedback_day
   WHERE s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10 + complaints <> 0
  EXCEPT SELECT coalesce (touchpoint_id, 0), score_type, substr (received_at, 1, 10),
         sum (score IS 0), sum (score IS 1), sum (score IS 2), sum (score IS 3),
         sum (score IS 4), sum (score IS 5), sum (score IS 6), sum (score IS 7),
         sum (score IS 8), sum (score IS 9), sum (score IS 10), sum (kind = 'complaint')
    FROM feedback GROUP BY 1, 2, 3)
  OR (SELECT count(*) FROM feedback_day
       WHERE s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10 + complaints <> 0) <>
     (SELECT count(*) FROM (SELECT 1 FROM feedback
                             WHERE score IS NOT NULL OR kind = 'complaint'
                             GROUP BY coalesce (touchpoint_id, 0), score_type,
                                      substr (received_at, 1, 10)));
INSERT INTO feedback_fts (feedback_fts) VALUES ('integrity-check');
INSERT INTO nomination_fts (nomination_fts) VALUES ('integrity-check');
EOF
}

import_args () {
  case "$1" in
    roster) echo "$tmp/roster.csv" ;;
    feedback) echo "$tmp/feedback.csv" ;;
    bundle) echo "$tmp/bundle.json" ;;
  esac
}

# The inputs, and the bundle: another company's roster, exported.
python3 "$make_inputs" "$tmp" "$seed" "$roster_rows" "$feedback_rows" || exit 1
cp "$demo_db" "$tmp/base.db"
"$embassy" --database "$tmp/other.db" --import "$tmp/roster-b.csv" > /dev/null &&
  "$embassy" --database "$tmp/other.db" --export "$tmp/bundle.json" > /dev/null || exit 1
counts "$tmp/base.db" > "$tmp/base.counts"
base_schema="$(schema "$tmp/base.db")"
base_employees=$(sqlite3 "$tmp/base.db" 'SELECT count(*) FROM employee')
if [ -n "$(derived "$tmp/base.db")" ]; then
  not_ok "the derived tables of the demo database equal the counts" "$(derived "$tmp/base.db")"
fi

# Each import once to its end: what "whole" is, and how long it takes.
declare -A took
for kind in roster feedback bundle; do
  fresh "$tmp/$kind.db"
  start=$(now_ms)
  if "$embassy" --database "$tmp/$kind.db" --import "$(import_args "$kind")" > "$tmp/$kind.out" 2>&1
  then
    took[$kind]=$(( $(now_ms) - start ))
    counts "$tmp/$kind.db" > "$tmp/$kind.counts"
    if cmp -s "$tmp/base.counts" "$tmp/$kind.counts"; then
      not_ok "the $kind import adds rows" "$(cat "$tmp/$kind.out")"
    else
      ok "the $kind import adds rows (${took[$kind]} ms uncut)"
    fi
  else
    not_ok "the $kind import succeeds uncut" "$(cat "$tmp/$kind.out")"
    exit 1
  fi
done
# The window: a kill from its start (opening the database) to six seconds
# of saves after it said "ready".
fresh "$tmp/window.db"
start=$(now_ms)
"$saver" "$tmp/window.db" W0 > "$tmp/window.out" 2>&1 &
writer=$!
until grep -q '^ready' "$tmp/window.out" || ! kill -0 "$writer" 2>/dev/null; do
  sleep 0.05
done
took[window]=$(( $(now_ms) - start + 6000 ))
kill -KILL "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
writer=
if grep -q '^ready' "$tmp/window.out"; then
  ok "the window opens ($(( took[window] - 6000 )) ms)"
else
  not_ok "the window opens" "$(cat "$tmp/window.out")"
  exit 1
fi

kinds=(roster feedback window bundle)
for round in $(seq 1 "$kills"); do
  kind=${kinds[$(( (round - 1) % 4 ))]}
  db="$tmp/work.db"
  fresh "$db"
  delay=$(( RANDOM * 32768 + RANDOM ))
  delay=$(( delay % (took[$kind] * 11 / 10 + 1) ))
  : > "$tmp/saved.txt"
  if [ "$kind" = window ]; then
    "$saver" "$db" "W$round" > "$tmp/saved.txt" 2> "$tmp/writer.err" &
  else
    "$embassy" --database "$db" --import "$(import_args "$kind")" > /dev/null 2> "$tmp/writer.err" &
  fi
  writer=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$writer" 2>/dev/null
  wait "$writer" 2>/dev/null
  status=$?
  writer=
  case "$status" in
    137) what="round $round: $kind killed after $delay ms" ;;
    0) what="round $round: $kind done before the kill at $delay ms" ;;
    *) not_ok "round $round: $kind failed on its own (status $status)" \
         "$(cat "$tmp/writer.err" "$tmp/saved.txt")"
       continue ;;
  esac

  problems=()
  integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
  [ "$integrity" = ok ] || problems+=("integrity_check: $integrity")
  fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check' 2>&1)
  [ -z "$fk" ] || problems+=("foreign_key_check: $fk")
  [ "$(schema "$db")" = "$base_schema" ] || problems+=("the schema changed")
  counts "$db" > "$tmp/work.counts"
  if [ "$kind" = window ]; then
    saved=$(grep -c '^saved ' "$tmp/saved.txt")
    missing=0
    for number in $(sed -n 's/^saved //p' "$tmp/saved.txt"); do
      [ "$(sqlite3 "$db" "SELECT count(*) FROM employee WHERE employee_number = '$number'")" = 1 ] ||
        missing=$((missing + 1))
    done
    [ "$missing" -eq 0 ] || problems+=("$missing of the $saved saved employees are missing")
    added=$(( $(sqlite3 "$db" 'SELECT count(*) FROM employee') - base_employees ))
    [ "$added" -ge "$saved" ] && [ "$added" -le $((saved + 1)) ] ||
      problems+=("$saved saves printed, $added employees added")
    what="$what, $saved saves printed"
  elif cmp -s "$tmp/work.counts" "$tmp/base.counts"; then
    what="$what, none of it"
  elif cmp -s "$tmp/work.counts" "$tmp/$kind.counts"; then
    what="$what, all of it"
  else
    problems+=("part of the import is there:" "$(diff "$tmp/base.counts" "$tmp/work.counts")")
  fi
  bad_derived=$(derived "$db" 2>&1)
  [ -z "$bad_derived" ] || problems+=("$bad_derived")
  "$embassy" --database "$db" --backup "$tmp/reopened.db" > /dev/null 2> "$tmp/reopen.err" ||
    problems+=("Embassy does not open it again: $(cat "$tmp/reopen.err")")
  rm -f "$tmp/reopened.db"

  if [ ${#problems[@]} -eq 0 ]; then
    ok "$what"
  else
    not_ok "$what" "${problems[@]}"
  fi
done

echo "1..$n"
exit "$failed"
