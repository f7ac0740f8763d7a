#!/usr/bin/env python3
# make-inputs.py: the files the kill test imports, written at test time from
# a seed, the way the tools that make them really write them.
#
# Usage: make-inputs.py DIR SEED ROSTER_ROWS FEEDBACK_ROWS
#
# DIR/roster.csv    a BambooHR "Employee" report as it is downloaded: every
#                   field quoted, CRLF, a UTF-8 byte-order mark, ISO dates,
#                   Active/Inactive with a termination date, names with
#                   Polish and Greek letters, a title with a comma.
# DIR/roster-b.csv  another company's roster in the same layout (the source
#                   of the bundle: kill-test.sh exports it from a database
#                   of its own, so the bundle is what Embassy writes).
# DIR/feedback.csv  a Typeform NPS survey export: the question as the
#                   header, "#" response tokens, Start/Submit Date (UTC),
#                   comments with commas, quotes, line breaks and emoji,
#                   blank comments, CRLF between rows.
#
# The same seed writes the same files.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import random
import sys

FIRST = ["Anna", "Jan", "Żaneta", "Łukasz", "Grzegorz", "Małgorzata", "Νίκος", "Ελένη",
         "Γιώργος", "Maria", "John", "Priya", "Chen", "Fatima", "Oluwaseun", "Sofia",
         "Mateusz", "Zoë", "José", "Ines"]
LAST = ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Παπαδόπουλος", "Γεωργίου",
        "O'Brien", "Smith", "Müller", "García", "Nguyen", "Okafor", "Dąbrowska",
        "Lewandowski", "Κωνσταντίνου", "Kim", "Rossi", "Jensen", "Silva", "Brown"]
DEPARTMENTS = [("Branches", "Retail"), ("Contact centre", "Service"),
               ("Front Desk", "Operations"), ("IT Support", "Operations"),
               ("Claims", "Service"), ("Onboarding", "Retail")]
TITLES = ["Teller", "Agent", "Senior Agent", "Receptionist", "Engineer",
          "Team Lead, Customer Care", "Claims Handler", "Branch manager"]
# The other company's own (the bundle's departments must not clash by name).
OTHER_DEPARTMENTS = [("Kundenservice", "Service"), ("Filialnetz", "Retail"),
                     ("Λογιστήριο", "Finance"), ("Dział Kadr", "People")]
SITES = ["Kraków", "Gdańsk", "Athens", "Thessaloniki", "London", "Remote"]
COMMENTS = ["Very helpful staff", "Slow answer", "", "", "The app logged me out, twice",
            "Agent was \"great\", solved it in 5 min", "Line one\nline two",
            "Πολύ καλή εξυπηρέτηση", "Świetna obsługa 👍", "Nobody called back.",
            "Waited 40 minutes; then, finally, someone", "ok"]

CRLF = "\r\n"


def quote_all(fields):
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


def quote_needed(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"\n\r'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def roster(path, rng, prefix, rows, departments):
    header = ["Employee #", "First Name", "Last Name", "Work Email", "Department", "Division",
              "Job Title", "Location", "Hire Date", "Status", "Termination Date"]
    start = datetime.date(2005, 1, 1)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(quote_all(header) + CRLF)
        for i in range(rows):
            first = rng.choice(FIRST)
            last = rng.choice(LAST)
            department, division = rng.choice(departments)
            hired = start + datetime.timedelta(days=rng.randrange(7000))
            active = rng.random() > 0.08
            ended = "" if active else str(hired + datetime.timedelta(days=rng.randrange(30, 900)))
            email = "%s.%d@example.com" % (prefix.lower(), i)
            f.write(quote_all(["%s-%05d" % (prefix, i), first, last, email, department,
                               division, rng.choice(TITLES), rng.choice(SITES), str(hired),
                               "Active" if active else "Inactive", ended]) + CRLF)


def feedback(path, rng, rows):
    header = ["#", "How likely are you to recommend us to a friend?",
              "Anything else? Comments welcome", "Start Date (UTC)", "Submit Date (UTC)",
              "Network ID"]
    when = datetime.datetime(2025, 1, 1, 8, 0, 0)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(quote_needed(header) + CRLF)
        for i in range(rows):
            when += datetime.timedelta(seconds=rng.randrange(20, 400))
            submitted = when + datetime.timedelta(seconds=rng.randrange(15, 300))
            score = rng.choices(range(11), weights=[2, 1, 1, 2, 2, 4, 5, 9, 14, 18, 20])[0]
            token = "%08x%08x" % (rng.getrandbits(32), i)
            f.write(quote_needed([token, str(score), rng.choice(COMMENTS),
                                  when.strftime("%Y-%m-%d %H:%M:%S"),
                                  submitted.strftime("%Y-%m-%d %H:%M:%S"),
                                  "%06x" % rng.getrandbits(24)]) + CRLF)


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: make-inputs.py DIR SEED ROSTER_ROWS FEEDBACK_ROWS")
    out, seed, roster_rows, feedback_rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    roster(out + "/roster.csv", rng, "KT", roster_rows, DEPARTMENTS)
    roster(out + "/roster-b.csv", rng, "BX", max(roster_rows // 2, 1), OTHER_DEPARTMENTS)
    feedback(out + "/feedback.csv", rng, feedback_rows)


main()
