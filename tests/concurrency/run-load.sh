#!/usr/bin/env bash
# Two (and more) processes on one programme file, under load: the manager
# window's saves, the staff window's acknowledgements and nominations and
# the kiosk's reads run side by side on one copy of the demo database for
# SECONDS, and the real `embassy --import` adds a large feedback export for
# part of the run. Every change a process saw committed is in the file at
# the end, integrity_check passes, the import is there whole, and no
# operation failed: no "database is locked" reaches a person. See
# load-worker.c for what each process calls; README beside it for
# the numbers of a run.
#
# Usage: run-load.sh LOAD_WORKER EMBASSY DEMO_DB [SECONDS] [IMPORT_ROWS]
#   (about 15 s in the suite; `run-load.sh ... 60` for the minute by hand)
set -uo pipefail
worker="$1"
embassy="$2"
demo="$3"
seconds="${4:-15}"
rows="${5:-20000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

export LANG=C.UTF-8 LANGUAGE= GSETTINGS_BACKEND=memory TZ=UTC
unset DISPLAY WAYLAND_DISPLAY
db="$tmp/programme.db"
cp "$demo" "$db"
n=0
failed=0

check () {
  local description="$1"; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    failed=1
  fi
}

# A survey tool's export (Typeform's columns, as tests/data/csv/README
# describes): ROWS answers with ids of their own.
write_export () {
  local file="$1" prefix="$2"
  awk -v rows="$rows" -v prefix="$prefix" 'BEGIN {
    print "#,How likely are you to recommend us to a friend?,Anything else? Comments welcome,Start Date (UTC),Submit Date (UTC),Network ID"
    for (i = 1; i <= rows; i++)
      printf "%s-%d,%d,Answer %d of the load test,2026-05-%02d 09:00:00,2026-05-%02d 09:05:00,n%d\n",
             prefix, i, i % 11, i, i % 28 + 1, i % 28 + 1, i
  }' > "$file"
}


before=$(sqlite3 "$db" 'SELECT count(*) FROM feedback')
write_export "$tmp/export-1.csv" "load1"
write_export "$tmp/export-2.csv" "load2"

pids=()
for mode in manager staff kiosk; do
  "$worker" "$mode" "$db" "$seconds" "$tmp/$mode.log" > "$tmp/$mode.out" 2> "$tmp/$mode.err" &
  pids+=($!)
done

# The imports start a quarter into the run, one after the other, while the
# others write and read.
sleep $((seconds / 4))
imported=0
imports_ok=1
for i in 1 2; do
  start=$(date +%s%N)
  if "$embassy" --database "$db" --import "$tmp/export-$i.csv" --format feedback-csv \
       > "$tmp/import-$i.out" 2>&1; then
    imported=$((imported + rows))
  else
    imports_ok=0
    sed 's/^/# import: /' "$tmp/import-$i.out"
  fi
  echo "# import $i: $rows rows in $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done

for mode in manager staff kiosk; do
  sed 's/^/# /' "$tmp/$mode.out"
  head -n 20 "$tmp/$mode.err" | sed "s/^/# $mode: /"
done

check "no operation of the manager, the staff or the kiosk failed" test "$status" -eq 0
check "no message says the database was locked" \
  bash -c "! grep -qi 'locked\|busy' '$tmp'/*.err '$tmp'/import-*.out"
check "each import finished" test "$imports_ok" -eq 1
"$worker" verify "$db" "$tmp/manager.log" "$tmp/staff.log" > "$tmp/verify.out" 2>&1
verified=$?
sed 's/^/# /' "$tmp/verify.out"
check "every change logged is in the file, and integrity_check passes" test "$verified" -eq 0
check "each import is there whole" \
  test "$(sqlite3 "$db" 'SELECT count(*) FROM feedback')" -eq $((before + imported))
check "the manager, the staff and the kiosk each worked" \
  bash -c "grep -q 'ops=[1-9]' '$tmp/manager.out' && grep -q 'ops=[1-9]' '$tmp/staff.out' && grep -q 'ops=[1-9]' '$tmp/kiosk.out'"

echo "1..$n"
exit "$failed"
