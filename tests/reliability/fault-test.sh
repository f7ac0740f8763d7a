#!/usr/bin/env bash
# fault-test.sh: a full disk and a failing disk, injected with strace.
#
# Usage: fault-test.sh EMBASSY KILL_SAVER MAKE_INPUTS DEMO_DB
#
# strace makes one system call fail (ENOSPC on pwrite64, the call SQLite
# writes every page with; EIO on fdatasync, the call it makes a commit
# durable with) at several points of three jobs, the points chosen from a
# count of the calls the same job makes without a fault:
#
#   import  embassy --import roster.csv: pwrite64 at 1/5 … 4/5 of the way,
#           and every fdatasync it makes in turn. An import that reports a
#           failure exits non-zero with a clear message (the disk is full,
#           the file cannot be written to), names no SQLite jargon alone, and
#           leaves the database logically as it was (.dump); one that reports
#           success (a fault after the commit, as SQLite carries on past a
#           failed sync of the folder or of the checkpoint that follows) has
#           imported all of it. Either way the file passes integrity_check
#           and the same import without a fault then succeeds.
#   backup  embassy --backup over an older backup: the same points; a
#           failure says so, leaves the database and the older backup as they
#           were and no partial file beside it; the next backup works.
#   save    kill-saver, the manager window's employee editor (see there):
#           one pwrite64 or fdatasync of the third save fails; the editor
#           stays open and shows the reason, the same save done again
#           succeeds, and so do the saves after it; every saved employee is
#           there once.
#
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail

embassy="$1"
saver="$2"
make_inputs="$3"
demo_db="$4"
roster_rows="${ROSTER_ROWS:-1000}"

export LANG=C.UTF-8 LANGUAGE= TZ=UTC GSETTINGS_BACKEND=memory
tmp="$(mktemp -d "${TMPDIR:-/tmp}/embassy-fault.XXXXXX")"
base="$demo_db"
. "$(dirname "$0")/common.sh"
trap 'rm -rf "$tmp"' EXIT

dump () {
  sqlite3 "$1" .dump | md5sum
}

# How many times COMMAND... calls SYSCALL.
calls () {
  local syscall="$1"; shift
  strace -f -c -o "$tmp/count" -e trace="$syscall" "$@" > /dev/null 2>&1
  awk -v s="$syscall" '$NF == s { print $4 }' "$tmp/count"
}

# The faults for a job that makes $1 pwrite64 and $2 fdatasync calls, one
# "SYSCALL ERRNO WHEN" a line. With FAULTS=all (by hand): ENOSPC at 1/5 …
# 4/5 of its writes and EIO on each sync; in the test suite, to keep it
# short, ENOSPC at 2/5 of the writes and EIO on the middle sync.
fault_points () {
  local writes="1 2 3 4" syncs
  syncs="$(seq 1 "$2")"
  if [ "${FAULTS:-}" != all ]; then
    writes=2
    syncs=$(( ($2 + 1) / 2 ))
  fi
  for k in $writes; do
    echo "pwrite64 ENOSPC $(($1 * k / 5))"
  done
  for k in $syncs; do
    echo "fdatasync EIO $k"
  done
}

# inject SYSCALL ERRNO WHEN COMMAND...: runs COMMAND with the WHENth call
# of SYSCALL (of each thread) failing with ERRNO.
inject () {
  local syscall="$1" errno="$2" when="$3"
  shift 3
  strace -f -o /dev/null -e trace="$syscall" -e inject="$syscall:error=$errno:when=$when" "$@"
}

# The reason a failure gives for the fault.
expected_reason () {
  case "$1" in
    ENOSPC) echo 'the disk is full' ;;
    EIO) echo 'the disk reported an error' ;;
  esac
}

python3 "$make_inputs" "$tmp" 1 "$roster_rows" 10 || exit 1
employees=$(sqlite3 "$demo_db" 'SELECT count(*) FROM employee')

# --- import -----------------------------------------------------------------
fresh "$tmp/count.db"
writes=$(calls pwrite64 "$embassy" --database "$tmp/count.db" --import "$tmp/roster.csv")
fresh "$tmp/count.db"
syncs=$(calls fdatasync "$embassy" --database "$tmp/count.db" --import "$tmp/roster.csv")
echo "# an import makes $writes pwrite64 and $syncs fdatasync calls"

mapfile -t points < <(fault_points "$writes" "$syncs")

for point in "${points[@]}"; do
  read -r syscall errno when <<< "$point"
  db="$tmp/import.db"
  fresh "$db"
  before="$(dump "$db")"
  inject "$syscall" "$errno" "$when" "$embassy" --database "$db" --import "$tmp/roster.csv" > "$tmp/out" 2>&1
  status=$?
  what="import, $errno on $syscall call $when"
  problems=()
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || problems+=("integrity_check fails")
  if [ "$status" -eq 0 ]; then
    added=$(( $(sqlite3 "$db" 'SELECT count(*) FROM employee') - employees ))
    [ "$added" -eq "$roster_rows" ] || problems+=("reported done, but $added of $roster_rows are in")
    what="$what (after the commit: done)"
  else
    [ "$status" -eq 1 ] || problems+=("exit status $status")
    grep -qi "$(expected_reason "$errno")" "$tmp/out" || problems+=("unclear: $(cat "$tmp/out")")
    [ "$(dump "$db")" = "$before" ] || problems+=("the database changed")
    what="$what: $(tail -n 1 "$tmp/out")"
  fi
  "$embassy" --database "$db" --import "$tmp/roster.csv" > "$tmp/again" 2>&1 ||
    problems+=("the import without a fault fails: $(cat "$tmp/again")")
  added=$(( $(sqlite3 "$db" 'SELECT count(*) FROM employee') - employees ))
  [ "$added" -eq "$roster_rows" ] || problems+=("after the import again $added are in")
  if [ ${#problems[@]} -eq 0 ]; then ok "$what"; else not_ok "$what" "${problems[@]}"; fi
done

# --- backup -----------------------------------------------------------------
db="$tmp/backup.db"
fresh "$db"
"$embassy" --database "$db" --import "$tmp/roster.csv" > /dev/null 2>&1
mkdir -p "$tmp/backups"
writes=$(calls pwrite64 "$embassy" --database "$db" --backup "$tmp/backups/count.db")
syncs=$(calls fdatasync "$embassy" --database "$db" --backup "$tmp/backups/count.db")
rm -f "$tmp/backups/count.db"
echo "# a backup makes $writes pwrite64 and $syncs fdatasync calls"

mapfile -t points < <(fault_points "$writes" "$syncs")
before="$(dump "$db")"
for point in "${points[@]}"; do
  read -r syscall errno when <<< "$point"
  target="$tmp/backups/programme.db"
  cp "$demo_db" "$target"
  older="$(md5sum < "$target")"
  inject "$syscall" "$errno" "$when" "$embassy" --database "$db" --backup "$target" > "$tmp/out" 2>&1
  status=$?
  what="backup, $errno on $syscall call $when"
  problems=()
  [ "$(dump "$db")" = "$before" ] || problems+=("the database changed")
  if [ "$status" -eq 0 ]; then
    [ "$(sqlite3 "$target" 'PRAGMA integrity_check')" = ok ] &&
      [ "$(sqlite3 "$target" 'SELECT count(*) FROM employee')" -eq $((employees + roster_rows)) ] ||
      problems+=("reported done, but the backup is not whole")
    what="$what (after the copy: done)"
  else
    [ "$status" -eq 1 ] || problems+=("exit status $status")
    grep -qi "$(expected_reason "$errno")" "$tmp/out" || problems+=("unclear: $(cat "$tmp/out")")
    grep -q "Cannot write the backup" "$tmp/out" || problems+=("does not say the backup failed")
    [ "$(md5sum < "$target")" = "$older" ] || problems+=("the older backup changed")
    what="$what: $(tail -n 1 "$tmp/out")"
  fi
  leftover=$(find "$tmp/backups" -name '*.part*' | wc -l)
  [ "$leftover" -eq 0 ] || problems+=("$leftover partial files left")
  "$embassy" --database "$db" --backup "$target" > "$tmp/again" 2>&1 &&
    [ "$(sqlite3 "$target" 'SELECT count(*) FROM employee')" -eq $((employees + roster_rows)) ] ||
    problems+=("the backup without a fault fails: $(cat "$tmp/again")")
  if [ ${#problems[@]} -eq 0 ]; then ok "$what"; else not_ok "$what" "${problems[@]}"; fi
done

# --- save in the window -----------------------------------------------------
# Which calls the third save makes: the main thread's calls (strace counts
# the calls of each thread on its own) between the window's "saved" lines of
# the second and the third save, in a trace of the same run.
fresh "$tmp/count.db"
strace -f -o "$tmp/trace" -e trace=pwrite64,fdatasync,write "$saver" "$tmp/count.db" S 3 \
  > /dev/null 2>&1
main=$(awk 'NR == 1 { print $1 }' "$tmp/trace")
third_save () {
  awk -v main="$main" -v call="$1(" '
    $1 != main { next }
    index($2, call) == 1 { n++ }
    /write\(1, "saved S-000002/ { from = n }
    /write\(1, "saved S-000003/ { to = n }
    END { print from + 0, to + 0 }' "$tmp/trace"
}
for syscall in pwrite64 fdatasync; do
  read -r from to <<< "$(third_save "$syscall")"
  errno=ENOSPC
  [ "$syscall" = fdatasync ] && errno=EIO
  if [ "$to" -le "$from" ]; then
    not_ok "the third save in the window calls $syscall" "calls $from to $to"
    continue
  fi
  when=$(( from + (to - from + 1) / 2 ))
  db="$tmp/save.db"
  fresh "$db"
  inject "$syscall" "$errno" "$when" "$saver" "$db" F 5 > "$tmp/out" 2> "$tmp/err"
  status=$?
  what="save in the window, $errno on $syscall call $when (of $((from + 1))-$to)"
  problems=()
  [ "$status" -eq 0 ] || problems+=("the saves after the fault fail (status $status): $(cat "$tmp/out" "$tmp/err")")
  failure=$(grep '^failed ' "$tmp/out")
  if [ -z "$failure" ]; then
    problems+=("no save failed: the fault missed")
  else
    grep -qi "$(expected_reason "$errno")" <<< "$failure" || problems+=("unclear: $failure")
    what="$what: ${failure#failed }"
  fi
  [ "$(grep -c '^saved ' "$tmp/out")" -eq 5 ] || problems+=("$(grep -c '^saved ' "$tmp/out") of 5 saved")
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || problems+=("integrity_check fails")
  for number in $(sed -n 's/^saved //p' "$tmp/out"); do
    [ "$(sqlite3 "$db" "SELECT count(*) FROM employee WHERE employee_number = '$number'")" = 1 ] ||
      problems+=("$number is not there once")
  done
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM employee')" -eq $((employees + 5)) ] ||
    problems+=("not five employees more")
  if [ ${#problems[@]} -eq 0 ]; then ok "$what"; else not_ok "$what" "${problems[@]}"; fi
done

echo "1..$n"
exit "$failed"
