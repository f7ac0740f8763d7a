#!/usr/bin/env bash
# Regenerates po/POTFILES.in: every source with a translatable string.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# Files with translatable strings (build-aux/update-potfiles.sh)"
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml.in
  grep -l 'translatable="yes"' $(find src -name '*.ui' | LC_ALL=C sort)
  grep -lE '(^|[^A-Za-z0-9_])(N_|_|C_|NC_|g_dngettext)[[:space:]]*\(' $(find src -name '*.c' | LC_ALL=C sort)
} > po/POTFILES.in
