#!/usr/bin/env bash
# The privacy commands without a display: --export-person NUMBER FILE (JSON
# or HTML) and --erase-person NUMBER, which asks on a terminal (script(1)
# gives it one) unless given --yes, and refuses when nobody can answer.
# Each checked by its exit status and by what it did. Output is TAP.
# Usage: run-cli-person.sh EMBASSY DATA_DIR
set -uo pipefail
embassy="$1"
data="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

export LANG=C.UTF-8 LANGUAGE= GSETTINGS_BACKEND=memory
unset DISPLAY WAYLAND_DISPLAY
db="$tmp/programme.db"
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

count () {
  sqlite3 "$1" "$2"
}

"$embassy" --help-all > "$tmp/help.txt" 2>&1
check "--help documents --export-person" grep -q -- '--export-person=NUMBER FILE' "$tmp/help.txt"
check "--help documents --erase-person" grep -q -- '--erase-person=NUMBER' "$tmp/help.txt"

# Three employees (E-001 Jane Doe, E-002, E-003) from the roster.
"$embassy" --database "$db" --import "$data/roster.csv" > /dev/null 2>&1
check "the roster is imported" test "$(count "$db" 'SELECT count(*) FROM employee')" -eq 3
name="$(count "$db" "SELECT name FROM employee WHERE employee_number = 'E-001'")"
email="$(count "$db" "SELECT email FROM employee WHERE employee_number = 'E-001'")"
uuid="$(count "$db" "SELECT uuid FROM employee WHERE employee_number = 'E-001'")"
check "the first employee has a name and an e-mail" test -n "$name" -a -n "$email"

# Export, as JSON and as HTML.
"$embassy" --database "$db" --export-person E-001 "$tmp/person.json" > "$tmp/export.txt" 2>&1
check "--export-person to .json exits 0" test $? -eq 0
check "it says where it wrote" grep -q 'person.json' "$tmp/export.txt"
check "the JSON names the format" grep -q '"format" : "embassy-person-export"' "$tmp/person.json"
check "the JSON holds the name" grep -qF "\"name\" : \"$name\"" "$tmp/person.json"
check "the JSON holds the e-mail" grep -qF "$email" "$tmp/person.json"
check "the JSON has every section" \
  bash -c "for s in employee pin_throttle responsibilities nominations_received nominations_given \
    nomination_decisions pilot_decisions acknowledgements feedback_follow_up \
    training_observations drafts; do grep -q \"\\\"\$s\\\" :\" '$tmp/person.json' || exit 1; done"

"$embassy" --database "$db" --export-person E-001 "$tmp/person.html" > /dev/null 2>&1
check "--export-person to .html exits 0" test $? -eq 0
check "the HTML is a page" grep -q '<!DOCTYPE html>' "$tmp/person.html"
check "the HTML has its headings" grep -q '<h2>Acknowledgements</h2>' "$tmp/person.html"

LANGUAGE=pl "$embassy" --database "$db" --export-person E-001 "$tmp/person.pdf" > "$tmp/pdf.txt" 2>&1
check "another extension is a usage error" test $? -eq 2
check "it says which extensions" grep -q '.json' "$tmp/pdf.txt"
check "and writes nothing" test ! -e "$tmp/person.pdf"

"$embassy" --database "$db" --export-person E-999 "$tmp/nobody.json" > "$tmp/nobody.txt" 2>&1
check "an unknown number exits 1" test $? -eq 1
check "it names the number" grep -q 'E-999' "$tmp/nobody.txt"
check "and writes nothing" test ! -e "$tmp/nobody.json"

"$embassy" --database "$db" --export-person E-001 > /dev/null 2>&1
check "--export-person without a file is a usage error" test $? -eq 2
"$embassy" --database "$db" "$tmp/stray.json" > /dev/null 2>&1
check "a file without --export-person is a usage error" test $? -eq 2
"$embassy" --database "$db" --yes > /dev/null 2>&1
check "--yes without --erase-person is a usage error" test $? -eq 2

# Erasure asks first; without a terminal it refuses.
before="$(sqlite3 "$db" .dump | md5sum)"
echo E-001 | "$embassy" --database "$db" --erase-person E-001 > "$tmp/pipe.txt" 2>&1
check "erasure from a pipe without --yes exits 1" test $? -eq 1
check "it says to give --yes" grep -q -- '--yes' "$tmp/pipe.txt"
check "and changes nothing" test "$(sqlite3 "$db" .dump | md5sum)" = "$before"

# On a terminal, a wrong answer keeps the person.
printf 'no\n' | script -qec "\"$embassy\" --database \"$db\" --erase-person E-001" /dev/null \
  > "$tmp/no.txt" 2>&1
check "a wrong answer exits 1" grep -q 'Nothing was erased' "$tmp/no.txt"
check "the question names the person" grep -qF "$name" "$tmp/no.txt"
check "and says what is kept" grep -q 'Kept without naming anybody' "$tmp/no.txt"
check "a wrong answer changes nothing" test "$(sqlite3 "$db" .dump | md5sum)" = "$before"

printf 'E-001\n' | script -qec "\"$embassy\" --database \"$db\" --erase-person E-001" /dev/null \
  > "$tmp/yes.txt" 2>&1
check "typing the number erases" grep -q 'Erased the personal data of employee E-001' "$tmp/yes.txt"
check "the person is erased" \
  test "$(count "$db" "SELECT count(*) FROM employee WHERE erased = 1")" -eq 1
check "no row holds the name any more" \
  test "$(count "$db" "SELECT count(*) FROM employee WHERE name = '$name' OR uuid = '$uuid'")" -eq 0

# --yes, for scripts.
"$embassy" --database "$db" --erase-person E-002 --yes < /dev/null > "$tmp/yes2.txt" 2>&1
check "--erase-person --yes exits 0" test $? -eq 0
check "the second person is erased" \
  test "$(count "$db" "SELECT count(*) FROM employee WHERE erased = 1")" -eq 2
"$embassy" --database "$db" --erase-person E-002 --yes > "$tmp/again.txt" 2>&1
check "an erased number is unknown" test $? -eq 1
"$embassy" --database "$db" --export-person E-001 "$tmp/gone.json" > /dev/null 2>&1
check "an erased person cannot be exported" test $? -eq 1

# The bundle exported now holds no trace of the first person.
"$embassy" --database "$db" --export "$tmp/bundle.json" > /dev/null 2>&1
check "the bundle is exported" test $? -eq 0
check "the bundle holds no name" bash -c "! grep -qF '$name' '$tmp/bundle.json'"
check "the bundle holds no e-mail" bash -c "! grep -qF '$email' '$tmp/bundle.json'"
check "the bundle holds no old uuid" bash -c "! grep -qF '$uuid' '$tmp/bundle.json'"
check "the bundle holds no number" bash -c "! grep -qF '\"E-001\"' '$tmp/bundle.json'"
check "the bundle marks the tombstones" test "$(grep -c '"erased": *true' "$tmp/bundle.json")" -eq 2

echo "1..$n"
exit $failed
