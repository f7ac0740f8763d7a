#!/usr/bin/env bash
# The command line without a display: import, dry run, export, backup,
# restore, and a person's export and erasure, on temporary databases, each
# checked by its exit status and by what it did. Output is TAP.
# Usage: run-cli.sh EMBASSY DATA_DIR
source "$(dirname "$0")/cli-tap.sh" "$@"

count () {
  sqlite3 "$1" "$2"
}

# --help documents the commands.
"$embassy" --help-all > "$tmp/help.txt" 2>&1
check "--help documents --import" grep -q -- '--import=FILE' "$tmp/help.txt"
check "--help documents --restore" grep -q -- '--restore=FILE' "$tmp/help.txt"
check "--help documents --date-order" grep -q -- '--date-order=ORDER' "$tmp/help.txt"
check "--help documents --skip-invalid" grep -q -- '--skip-invalid' "$tmp/help.txt"
check "--help documents --rejects" grep -q -- '--rejects=FILE' "$tmp/help.txt"

# A dry run changes nothing.
"$embassy" --database "$db" --import "$data/roster.csv" --dry-run > "$tmp/dry.txt" 2>&1
status=$?
check "dry run exits 0" test "$status" -eq 0
check "dry run reports what it would add" grep -q 'employee: 3 added' "$tmp/dry.txt"
check "dry run writes no employee" test "$(count "$db" 'SELECT count(*) FROM employee')" -eq 0

# The import itself.
"$embassy" --database "$db" --import "$data/roster.csv" > "$tmp/import.txt" 2>&1
status=$?
check "import exits 0" test "$status" -eq 0
check "import adds three employees" test "$(count "$db" 'SELECT count(*) FROM employee')" -eq 3
check "terminated employee is inactive" \
  test "$(count "$db" "SELECT active FROM employee WHERE employee_number = 'E-003'")" -eq 0
check "departments are created" test "$(count "$db" 'SELECT count(*) FROM department')" -eq 2

# Importing again updates nothing.
"$embassy" --database "$db" --import "$data/roster.csv" > "$tmp/again.txt" 2>&1
check "second import skips unchanged rows" grep -q 'employee: 0 added, 0 updated, 3 skipped' "$tmp/again.txt"

# A bad file: non-zero exit, every problem listed with its line, nothing written.
before="$(sqlite3 "$db" .dump | md5sum)"
"$embassy" --database "$db" --import "$data/roster-bad.csv" > "$tmp/bad.txt" 2>&1
status=$?
check "bad import exits non-zero" test "$status" -ne 0
check "bad import names line 3 and the e-mail column" grep -q 'roster-bad.csv:3: Email' "$tmp/bad.txt"
check "bad import changes nothing" test "$(sqlite3 "$db" .dump | md5sum)" = "$before"

# Usage errors.
"$embassy" --database "$db" --import "$data/roster.csv" --format spreadsheet > /dev/null 2>&1
check "unknown format is a usage error" test $? -eq 2
"$embassy" --database "$db" --dry-run > /dev/null 2>&1
check "--dry-run without --import is a usage error" test $? -eq 2

# The order of dates: 2/5/2022 reads both ways, so it is asked, never guessed.
"$embassy" --database "$tmp/dates.db" --import "$data/roster-us-dates.csv" > "$tmp/dates.txt" 2>&1
status=$?
check "ambiguous dates are refused" test "$status" -eq 1
check "the refusal names the column" grep -q 'roster-us-dates.csv: Hire Date: ' "$tmp/dates.txt"
check "the refusal tells how to choose" grep -q -- '--date-order MDY' "$tmp/dates.txt"
check "ambiguous dates write nothing" \
  test "$(count "$tmp/dates.db" 'SELECT count(*) FROM employee')" -eq 0
"$embassy" --database "$tmp/dates.db" --import "$data/roster-us-dates.csv" --date-order MDY \
  > /dev/null 2>&1
check "--date-order MDY imports" test $? -eq 0
check "--date-order MDY reads month first" \
  test "$(count "$tmp/dates.db" "SELECT hire_date FROM employee WHERE employee_number = 'US-1'")" = 2022-02-05
"$embassy" --database "$tmp/dates-dmy.db" --import "$data/roster-us-dates.csv" --date-order dmy \
  > /dev/null 2>&1
check "--date-order DMY reads day first" \
  test "$(count "$tmp/dates-dmy.db" "SELECT hire_date FROM employee WHERE employee_number = 'US-1'")" = 2022-05-02
"$embassy" --database "$tmp/dates.db" --import "$data/roster-us-dates.csv" --date-order YMD \
  > /dev/null 2>&1
check "an unknown date order is a usage error" test $? -eq 2

# --skip-invalid: the valid rows in, the others to NAME.rejects.csv beside the source.
cp "$data/roster-some-bad.csv" "$tmp/some-bad.csv"
before="$(sqlite3 "$tmp/skip.db" .dump 2>/dev/null | md5sum)"
"$embassy" --database "$tmp/skip.db" --import "$tmp/some-bad.csv" > "$tmp/strict.txt" 2>&1
check "without --skip-invalid a bad row refuses the file" test $? -eq 1
check "every problem is listed" test "$(grep -c '^some-bad.csv:[0-9]*: ' "$tmp/strict.txt")" -eq 3
check "a refused file writes no rejects" test ! -e "$tmp/some-bad.rejects.csv"

"$embassy" --database "$tmp/skip.db" --import "$tmp/some-bad.csv" --skip-invalid --dry-run \
  > "$tmp/skip-dry.txt" 2>&1
check "a dry run with --skip-invalid exits 0" test $? -eq 0
check "a dry run counts the refused rows" grep -q '3 rows are refused' "$tmp/skip-dry.txt"
check "a dry run writes no rejects" test ! -e "$tmp/some-bad.rejects.csv"
check "a dry run writes no employee" \
  test "$(count "$tmp/skip.db" 'SELECT count(*) FROM employee')" -eq 0

"$embassy" --database "$tmp/skip.db" --import "$tmp/some-bad.csv" --skip-invalid \
  > "$tmp/skip.txt" 2>&1
check "--skip-invalid exits 0" test $? -eq 0
check "--skip-invalid imports the valid rows" \
  test "$(count "$tmp/skip.db" 'SELECT group_concat(employee_number) FROM employee')" = M-1,M-3,M-5
check "a leave of absence is active and on leave" \
  test "$(count "$tmp/skip.db" "SELECT active || on_leave FROM employee WHERE employee_number = 'M-3'")" = 11
check "voluntarily terminated is inactive" \
  test "$(count "$tmp/skip.db" "SELECT active FROM employee WHERE employee_number = 'M-5'")" -eq 0
check "the summary says where the refused rows went" \
  grep -q "3 rows were refused; they are in $tmp/some-bad.rejects.csv" "$tmp/skip.txt"
cat > "$tmp/expected-rejects.csv" <<'EXPECTED'
Employee ID;Name;Email;Department;Status;Import problem
M-2;Max Bad;not-an-email;Sales;Active;Email: “E-mail” is not an e-mail address: “not-an-email”.
;No Number;nn@example.com;Sales;Active;Employee ID: “Employee number” must not be empty.
M-6;Mo Status;mo@example.com;Support;Pending;Status: “Pending” is not an employment status this import reads. It reads statuses that say active (Active, Employed, Full-time…), on leave (Leave of absence, Parental leave, Urlop, Άδεια…) or gone (Terminated, Resigned, Retired, Deceased, Left, Zwolniony, Αποχώρηση…), and yes or no.
EXPECTED
sed -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' "$tmp/some-bad.rejects.csv" > "$tmp/rejects-read.csv"
check "the rejects file holds the refused rows as the source had them, with the reason" \
  diff -u "$tmp/expected-rejects.csv" "$tmp/rejects-read.csv"
check "the rejects file starts with a byte-order mark" \
  test "$(head -c 3 "$tmp/some-bad.rejects.csv" | od -An -tx1 | tr -d ' ')" = efbbbf

# --rejects FILE puts them elsewhere; with a fixed file, the rejects import.
"$embassy" --database "$tmp/skip2.db" --import "$tmp/some-bad.csv" --skip-invalid \
  --rejects "$tmp/out/refused.csv" > "$tmp/skip2.txt" 2>&1
check "--rejects into a missing folder fails" test $? -eq 1
check "a failed import writes nothing" \
  test "$(count "$tmp/skip2.db" 'SELECT count(*) FROM employee')" -eq 0
mkdir "$tmp/out"
"$embassy" --database "$tmp/skip2.db" --import "$tmp/some-bad.csv" --skip-invalid \
  --rejects "$tmp/out/refused.csv" > /dev/null 2>&1
check "--rejects FILE exits 0" test $? -eq 0
check "--rejects FILE writes there" test "$(grep -c '^M-\|^;' "$tmp/out/refused.csv")" -eq 3
sed -i -e 's/not-an-email/max@example.com/' -e 's/^;No Number/M-4;No Number/' \
  -e 's/Pending/Active/' "$tmp/out/refused.csv"
"$embassy" --database "$tmp/skip2.db" --import "$tmp/out/refused.csv" > /dev/null 2>&1
check "the fixed rejects import" \
  test "$(count "$tmp/skip2.db" 'SELECT count(*) FROM employee')" -eq 6
"$embassy" --database "$tmp/skip2.db" --import "$tmp/some-bad.csv" --rejects "$tmp/r.csv" \
  > /dev/null 2>&1
check "--rejects without --skip-invalid is a usage error" test $? -eq 2
"$embassy" --database "$tmp/skip2.db" --skip-invalid > /dev/null 2>&1
check "--skip-invalid without --import is a usage error" test $? -eq 2

# Export, and the bundle imports into an empty database.
"$embassy" --database "$db" --export "$tmp/programme.json" > /dev/null 2>&1
check "export exits 0" test $? -eq 0
check "export writes a bundle" grep -q '"embassy-bundle"' "$tmp/programme.json"
"$embassy" --database "$tmp/copy.db" --import "$tmp/programme.json" > /dev/null 2>&1
check "bundle imports into an empty database" \
  test "$(count "$tmp/copy.db" 'SELECT count(*) FROM employee')" -eq 3

# Backup, change, restore.
"$embassy" --database "$db" --backup "$tmp/backup.db" > /dev/null 2>&1
check "backup exits 0" test $? -eq 0
sqlite3 "$db" "DELETE FROM employee WHERE employee_number = 'E-001'"
"$embassy" --database "$db" --restore "$tmp/backup.db" > "$tmp/restore.txt" 2>&1
check "restore exits 0" test $? -eq 0
check "restore brings the deleted employee back" \
  test "$(count "$db" "SELECT count(*) FROM employee WHERE employee_number = 'E-001'")" -eq 1
check "restore keeps the previous database aside" \
  test "$(ls "$tmp"/programme.before-restore-* 2>/dev/null | wc -l)" -ge 1

# A damaged backup is refused and changes nothing.
head -c 4096 "$tmp/backup.db" > "$tmp/damaged.db"
before="$(sqlite3 "$db" .dump | md5sum)"
"$embassy" --database "$db" --restore "$tmp/damaged.db" > /dev/null 2>&1
check "damaged backup is refused" test $? -ne 0
check "refused restore changes nothing" test "$(sqlite3 "$db" .dump | md5sum)" = "$before"

# Value maps and import profiles (a monitoring tool's export of mentions).
fdb="$tmp/feedback.db"
"$embassy" --database "$fdb" --import "$data/mentions.csv" --map Sentiment=kind --dry-run \
  > "$tmp/mentions-dry.txt" 2>&1
check "unknown categories are no error" grep -q 'feedback: 9 added' "$tmp/mentions-dry.txt"
check "the summary lists each unknown category with its count" \
  grep -q '“Customer Service Issue” (column “Reason”): 2 items' "$tmp/mentions-dry.txt"
check "the summary says how to map a category" \
  grep -q -- '--map-value "Reason:Customer Service Issue=Touchpoint"' "$tmp/mentions-dry.txt"
sqlite3 "$fdb" "INSERT INTO journey_stage (uuid, name, created_at, updated_at)
                  VALUES ('s1', 'Travel', '2024-01-01', '2024-01-01');
                INSERT INTO touchpoint (uuid, stage_id, name, created_at, updated_at)
                  VALUES ('t1', 1, 'Boarding', '2024-01-01', '2024-01-01');"

"$embassy" --database "$fdb" --import "$data/mentions.csv" --map Sentiment=kind \
  --map-value "Reason:Late Flight" > "$tmp/malformed.txt" 2>&1
check "a malformed --map-value exits 2" test $? -eq 2
check "a malformed --map-value is named" grep -q 'COLUMN:VALUE=OURS' "$tmp/malformed.txt"

"$embassy" --database "$fdb" --import "$data/mentions.csv" --map Sentiment=kind \
  --map-value "Reason:Late Flight=Runway" > "$tmp/no-touchpoint.txt" 2>&1
check "a value map to a touchpoint that does not exist fails" test $? -eq 1
check "it names the touchpoint" grep -q '“Runway”, which does not exist' "$tmp/no-touchpoint.txt"
check "and imports nothing" test "$(count "$fdb" 'SELECT count(*) FROM feedback')" -eq 0

"$embassy" --database "$fdb" --import "$data/mentions.csv" --map Sentiment=kind \
  --map-value "Reason:Late Flight=Boarding" --profile "Mentions" > "$tmp/profile.txt" 2>&1
check "the first import with --profile exits 0" test $? -eq 0
check "it says the profile was saved" grep -q 'Saved the import profile “Mentions”' "$tmp/profile.txt"
check "a mapped category gets its touchpoint" \
  test "$(count "$fdb" "SELECT count(*) FROM feedback WHERE category = 'Late Flight' AND touchpoint_id = 1 AND triage = 0")" -eq 2
check "unknown categories wait to be triaged" \
  test "$(count "$fdb" "SELECT count(*) FROM feedback WHERE triage = 1 AND touchpoint_id IS NULL")" -eq 5
check "the profile is saved" test "$(count "$fdb" "SELECT count(*) FROM import_profile WHERE name = 'Mentions'")" -eq 1

"$embassy" --database "$fdb" --import "$data/mentions.csv" --profile Mentions > "$tmp/nightly.txt" 2>&1
check "the profile alone imports unattended" test $? -eq 0
check "the same export again adds nothing" grep -q 'feedback: 0 added, 0 updated, 9 skipped' "$tmp/nightly.txt"

"$embassy" --database "$fdb" --import "$data/mentions-spreadsheet.csv" --profile Mentions \
  > "$tmp/spreadsheet.txt" 2>&1
check "a copy with rounded ids adds nothing" grep -q 'feedback: 0 added, 0 updated, 9 skipped' "$tmp/spreadsheet.txt"
check "it warns that the id column is no key" grep -q 'Tweet ID' "$tmp/spreadsheet.txt"
check "nine items in all" test "$(count "$fdb" 'SELECT count(*) FROM feedback')" -eq 9

"$embassy" --database "$fdb" --import "$data/roster.csv" --profile Mentions > "$tmp/wrong.txt" 2>&1
check "a feedback profile refuses a roster" test $? -eq 1
check "and says why" grep -q 'for feedback files, not for rosters' "$tmp/wrong.txt"

# A company's own status words, mapped to our meanings on the command line
sdb="$tmp/statuses.db"
"$embassy" --database "$sdb" --import "$data/roster-own-statuses.csv" > "$tmp/own.txt" 2>&1
check "an unknown status word refuses the roster" test $? -eq 1
check "the refusal names the word" grep -q '“Gone fishing”' "$tmp/own.txt"
"$embassy" --database "$sdb" --import "$data/roster-own-statuses.csv" \
  --map-value "Employment Status:Gone fishing=inactive" \
  --map-value "Employment Status:Career break=on leave" > "$tmp/own.txt" 2>&1
check "mapped status words import" test $? -eq 0
check "a word mapped to inactive makes the employee inactive" \
  test "$(count "$sdb" "SELECT active FROM employee WHERE employee_number = 'E-101'")" -eq 0
check "a word mapped to on leave keeps the employee active, on leave" \
  test "$(count "$sdb" "SELECT active + 2 * on_leave FROM employee WHERE employee_number = 'E-102'")" -eq 3

# The privacy commands: --export-person NUMBER FILE (JSON or HTML) and
# --erase-person NUMBER, which asks on a terminal (script(1) gives it one)
# unless given --yes, and refuses when nobody can answer.
pdb="$tmp/person.db"
check "--help documents --export-person" grep -q -- '--export-person=NUMBER FILE' "$tmp/help.txt"
check "--help documents --erase-person" grep -q -- '--erase-person=NUMBER' "$tmp/help.txt"

# Three employees (E-001 to E-003) from the roster.
"$embassy" --database "$pdb" --import "$data/roster.csv" > /dev/null 2>&1
check "the roster is imported" test "$(count "$pdb" 'SELECT count(*) FROM employee')" -eq 3
name="$(count "$pdb" "SELECT name FROM employee WHERE employee_number = 'E-001'")"
email="$(count "$pdb" "SELECT email FROM employee WHERE employee_number = 'E-001'")"
uuid="$(count "$pdb" "SELECT uuid FROM employee WHERE employee_number = 'E-001'")"
check "the first employee has a name and an e-mail" test -n "$name" -a -n "$email"

# Export, as JSON and as HTML.
"$embassy" --database "$pdb" --export-person E-001 "$tmp/person.json" > "$tmp/export.txt" 2>&1
check "--export-person to .json exits 0" test $? -eq 0
check "it says where it wrote" grep -q 'person.json' "$tmp/export.txt"
check "the JSON names the format" grep -q '"format" : "embassy-person-export"' "$tmp/person.json"
check "the JSON holds the name" grep -qF "\"name\" : \"$name\"" "$tmp/person.json"
check "the JSON holds the e-mail" grep -qF "$email" "$tmp/person.json"
check "the JSON has every section" \
  bash -c "for s in employee pin_throttle responsibilities nominations_received nominations_given \
    nomination_decisions pilot_decisions acknowledgements feedback_follow_up \
    training_observations drafts; do grep -q \"\\\"\$s\\\" :\" '$tmp/person.json' || exit 1; done"

"$embassy" --database "$pdb" --export-person E-001 "$tmp/person.html" > /dev/null 2>&1
check "--export-person to .html exits 0" test $? -eq 0
check "the HTML is a page" grep -q '<!DOCTYPE html>' "$tmp/person.html"
check "the HTML has its headings" grep -q '<h2>Acknowledgements</h2>' "$tmp/person.html"

LANGUAGE=pl "$embassy" --database "$pdb" --export-person E-001 "$tmp/person.pdf" > "$tmp/pdf.txt" 2>&1
check "another extension is a usage error" test $? -eq 2
check "it says which extensions" grep -q '.json' "$tmp/pdf.txt"
check "and writes nothing" test ! -e "$tmp/person.pdf"

"$embassy" --database "$pdb" --export-person E-999 "$tmp/nobody.json" > "$tmp/nobody.txt" 2>&1
check "an unknown number exits 1" test $? -eq 1
check "it names the number" grep -q 'E-999' "$tmp/nobody.txt"
check "and writes nothing" test ! -e "$tmp/nobody.json"

"$embassy" --database "$pdb" --export-person E-001 > /dev/null 2>&1
check "--export-person without a file is a usage error" test $? -eq 2
"$embassy" --database "$pdb" "$tmp/stray.json" > /dev/null 2>&1
check "a file without --export-person is a usage error" test $? -eq 2
"$embassy" --database "$pdb" --yes > /dev/null 2>&1
check "--yes without --erase-person is a usage error" test $? -eq 2

# Erasure asks first; without a terminal it refuses.
before="$(sqlite3 "$pdb" .dump | md5sum)"
echo E-001 | "$embassy" --database "$pdb" --erase-person E-001 > "$tmp/pipe.txt" 2>&1
check "erasure from a pipe without --yes exits 1" test $? -eq 1
check "it says to give --yes" grep -q -- '--yes' "$tmp/pipe.txt"
check "and changes nothing" test "$(sqlite3 "$pdb" .dump | md5sum)" = "$before"

# On a terminal, a wrong answer keeps the person.
printf 'no\n' | script -qec "\"$embassy\" --database \"$pdb\" --erase-person E-001" /dev/null \
  > "$tmp/no.txt" 2>&1
check "a wrong answer exits 1" grep -q 'Nothing was erased' "$tmp/no.txt"
check "the question names the person" grep -qF "$name" "$tmp/no.txt"
check "and says what is kept" grep -q 'Kept without naming anybody' "$tmp/no.txt"
check "a wrong answer changes nothing" test "$(sqlite3 "$pdb" .dump | md5sum)" = "$before"

printf 'E-001\n' | script -qec "\"$embassy\" --database \"$pdb\" --erase-person E-001" /dev/null \
  > "$tmp/yes.txt" 2>&1
check "typing the number erases" grep -q 'Erased the personal data of employee E-001' "$tmp/yes.txt"
check "the person is erased" \
  test "$(count "$pdb" "SELECT count(*) FROM employee WHERE erased = 1")" -eq 1
check "no row holds the name any more" \
  test "$(count "$pdb" "SELECT count(*) FROM employee WHERE name = '$name' OR uuid = '$uuid'")" -eq 0

# --yes, for scripts.
"$embassy" --database "$pdb" --erase-person E-002 --yes < /dev/null > "$tmp/yes2.txt" 2>&1
check "--erase-person --yes exits 0" test $? -eq 0
check "the second person is erased" \
  test "$(count "$pdb" "SELECT count(*) FROM employee WHERE erased = 1")" -eq 2
"$embassy" --database "$pdb" --erase-person E-002 --yes > "$tmp/again.txt" 2>&1
check "an erased number is unknown" test $? -eq 1
"$embassy" --database "$pdb" --export-person E-001 "$tmp/gone.json" > /dev/null 2>&1
check "an erased person cannot be exported" test $? -eq 1

# The bundle exported now holds no trace of the first person.
"$embassy" --database "$pdb" --export "$tmp/bundle.json" > /dev/null 2>&1
check "the bundle is exported" test $? -eq 0
check "the bundle holds no name" bash -c "! grep -qF '$name' '$tmp/bundle.json'"
check "the bundle holds no e-mail" bash -c "! grep -qF '$email' '$tmp/bundle.json'"
check "the bundle holds no old uuid" bash -c "! grep -qF '$uuid' '$tmp/bundle.json'"
check "the bundle holds no number" bash -c "! grep -qF '\"E-001\"' '$tmp/bundle.json'"
check "the bundle marks the tombstones" test "$(grep -c '"erased": *true' "$tmp/bundle.json")" -eq 2

echo "1..$n"
exit $failed
