#!/bin/bash
# run-staff.sh: end to end, the staff view driven through AT-SPI (TAP output).
#
# Usage: run-staff.sh EMBASSY_BINARY STAFF_HELPER BUILD_ROOT
#
# Copies the build's demo database (BUILD_ROOT/tests/demo.db), picks an
# employee with items waiting (staff-helper, the model layer), starts
# `EMBASSY_BINARY --staff` on it and lets staff-walk.py sign in with the
# demo PIN, acknowledge an item, nominate a colleague and sign out through
# the accessibility tree; staff-walk.py asks staff-helper, a second process,
# whether the acknowledgement and the nomination are recorded.
# Needs a display (it starts its own Xvfb when it can) and starts its own
# D-Bus session bus. EMBASSY_E2E_SHOTS=DIR saves screenshots there.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ $# -lt 3 ]; then
  echo "usage: $0 EMBASSY_BINARY STAFF_HELPER BUILD_ROOT" >&2
  exit 2
fi

self=$(readlink -f "${BASH_SOURCE[0]}")
here=$(dirname "$self")
exe=$(readlink -f "$1")
staff_helper=$(readlink -f "$2")
build_root=$(readlink -f "$3")
python=/usr/bin/python3

e2e_screen=1280x1024x24
# shellcheck source=tests/e2e/e2e-session.sh
source "$(dirname "$self")/e2e-session.sh"
"$python" -c 'import pyatspi' >/dev/null 2>&1 || e2e_skip "python3-pyatspi is not installed"
[ -f "$build_root/tests/demo.db" ] || { echo "Bail out! no demo database in $build_root/tests"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-staff-e2e.XXXXXX") || exit 1
app_pid=
launcher_pid=
cleanup () {
  for pid in $app_pid $launcher_pid; do
    kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

a11y_bus_ok () {
  timeout 10 dbus-send --session --print-reply=literal --reply-timeout=8000 \
    --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1
}
if ! a11y_bus_ok; then
  for launcher in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$launcher" ] && break
  done
  [ -x "$launcher" ] || { echo "Bail out! no AT-SPI bus launcher"; exit 1; }
  "$launcher" --launch-immediately >"$tmp/launcher.log" 2>&1 &
  launcher_pid=$!
  for _ in $(seq 1 50); do a11y_bus_ok && break; sleep 0.2; done
  a11y_bus_ok || { echo "Bail out! the AT-SPI bus does not start"; exit 1; }
fi
unset GTK_A11Y NO_AT_BRIDGE

db="$tmp/programme.db"
cp "$build_root/tests/demo.db" "$db" || exit 1
IFS=$'\t' read -r number name < <("$staff_helper" "$db" choose) ||
  { echo "Bail out! no demo employee has anything to acknowledge"; exit 1; }
# The demo PIN (README): the last four digits of the employee number.
pin=${number: -4}
echo "# signing in as $name ($number)"

# Cairo, as the widget tests draw: Xvfb has no GPU, and GTK's GL renderer
# on Mesa's software rasteriser crashed inside swrast_dri.so (in
# gsk_renderer_render) when signing out rebuilt the window, one run in a few.
GSETTINGS_BACKEND=memory \
GSETTINGS_SCHEMA_DIR="$build_root/data" \
EMBASSY_LOCALEDIR="$build_root/po" \
LANG=C.UTF-8 \
GDK_BACKEND=x11 \
GSK_RENDERER=cairo \
  "$exe" --staff --database "$db" >"$tmp/app.log" 2>&1 &
app_pid=$!

timeout -k 5 120 "$python" "$here/staff-walk.py" --pid "$app_pid" --number "$number" \
  --name "$name" --pin "$pin" --helper "$staff_helper" --database "$db"
status=$?
[ $status -ne 124 ] && [ $status -ne 137 ] || echo "Bail out! staff-walk.py timed out"

if [ -s "$tmp/app.log" ]; then
  echo "# embassy's output:"
  sed 's/^/#   /' "$tmp/app.log" | head -n 100
fi
exit $status
