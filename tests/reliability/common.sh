# common.sh: what kill-test.sh and fault-test.sh share (sourced).
#
# TAP lines (n counts them, failed is 1 after a "not ok") and fresh copies
# of the database $base.
#
# SPDX-License-Identifier: GPL-3.0-or-later

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

# not_ok DESCRIPTION [DETAIL...]: each detail on a comment line.
not_ok () {
  n=$((n + 1))
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
  failed=1
}

# A new copy of $base at $1, without the -wal or -journal of an earlier one.
fresh () {
  rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
  cp "$base" "$1"
}
