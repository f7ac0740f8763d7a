#!/bin/sh
# check-help.sh YELP-CHECK DIR PAGE...: the user guide holds together.
#
# Every page listed in data/help/meson.build exists and every page in DIR is
# listed; page ids match file names; no xref is broken; no page is an
# orphan; and every page but the index is linked from the index itself
# (a guide link to one of its sections), so F1 never lands on a page the
# reader cannot find again from the first one.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

yelp_check=$1
dir=$2
shift 2
failed=0

fail () {
  echo "$*" >&2
  failed=1
}

for page in "$@"; do
  [ -f "$dir/$page" ] || fail "$page is listed in data/help/meson.build but missing from $dir"
done
for file in "$dir"/*.page; do
  name=$(basename "$file")
  case " $* " in
    *" $name "*) ;;
    *) fail "$name is in $dir but not listed in data/help/meson.build" ;;
  esac
done

for command in ids links orphans; do
  out=$("$yelp_check" "$command" "$dir" 2>&1)
  status=$?
  if [ $status -ne 0 ] || [ -n "$out" ]; then
    fail "yelp-check $command found problems:"
    [ -n "$out" ] && echo "$out" >&2
  fi
done

for page in "$@"; do
  [ "$page" = index.page ] && continue
  guides=$(xmllint --xpath "//*[local-name()='info']/*[local-name()='link'][@type='guide']/@xref" \
             "$dir/$page" 2>/dev/null)
  case "$guides" in
    *'"index#'*|*'"index"'*) ;;
    *) fail "$page is not linked from the index (no <link type=\"guide\" xref=\"index#…\"/>)" ;;
  esac
done

exit $failed
