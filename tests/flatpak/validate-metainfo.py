#!/usr/bin/env python3
# Copyright The Embassy developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""validate-metainfo.py APPSTREAMCLI METAINFO

Runs `appstreamcli validate --pedantic --no-net --explain` on the merged
metainfo and fails on any error, warning, info or pedantic hint except the
ones listed in ALLOWED, which Debian 12's AppStream (0.16) cannot be spared:

  - `unknown-tag developer`: <developer id="…"> came with AppStream 1.0 and
    Flathub requires it; AppStream 0.16 does not know it yet. (The file has no
    <developer_name>, which 0.16 knows: AppStream 1.0 warns that it is
    deprecated, and Flathub fails on that warning.)
  - `cid-contains-uppercase-letter`: the application ID,
    io.github.embassyapp.Embassy, is the app's name everywhere (D-Bus,
    GSettings, the Flatpak) and cannot change.

--no-net leaves out only what needs the network (fetching the screenshots
and URLs); check-screenshots.py checks offline that every screenshot URL
names a file of data/screenshots.
"""

import re
import subprocess
import sys

ALLOWED = {
    ("I", "unknown-tag", "developer"),
    ("P", "cid-contains-uppercase-letter", None),
}

ISSUE_RE = re.compile(r"^(?P<severity>[EWIP]): [^:]+:[^:]*: (?P<tag>[a-z0-9-]+)(?: (?P<detail>.*))?$")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    result = subprocess.run([argv[1], "validate", "--pedantic", "--no-net", "--explain", argv[2]],
                            capture_output=True, text=True, check=False)
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    status = 0 if result.returncode == 0 else 1
    if status:
        print("FAIL: appstreamcli validate exited %d" % result.returncode)
    for line in result.stdout.splitlines():
        match = ISSUE_RE.match(line)
        if not match:
            continue
        key = (match.group("severity"), match.group("tag"))
        if key + (match.group("detail"),) in ALLOWED or key + (None,) in ALLOWED:
            continue
        print("FAIL: not allowed: %s" % line)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
