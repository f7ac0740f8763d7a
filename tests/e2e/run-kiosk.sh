#!/bin/bash
# run-kiosk.sh: end to end, the locked kiosk driven with xdotool (TAP output).
#
# Usage: run-kiosk.sh EMBASSY_BINARY BUILD_ROOT
#
# Starts `EMBASSY_BINARY --kiosk` on a copy of the build's demo database and
# presses each key the kiosk must swallow (Escape, F1, F10, F11, Alt+F4,
# Ctrl+Q, Ctrl+W, Super, and the manager window's Ctrl+,, Ctrl+? and Alt+1):
# after each the process must still run and its window still be mapped,
# and no help browser opens. Then the hidden
# ways to the manager PIN: a long press opens the dialog (Escape closes
# it), Ctrl+Shift+L opens it again; four wrong PINs do not leave and lock
# the PIN out (the throttle is read from the database, and the right PIN is
# refused meanwhile); once the wait is cleared from another process, the
# demo manager PIN 2468 unlocks, "Leave Kiosk" (Alt+L) ends the program
# and it exits with 0.
# Needs a display (it starts its own Xvfb when it can) and starts its own
# D-Bus session bus. EMBASSY_E2E_SHOTS=DIR saves screenshots there.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 EMBASSY_BINARY BUILD_ROOT" >&2
  exit 2
fi

self=$(readlink -f "${BASH_SOURCE[0]}")
exe=$(readlink -f "$1")
build_root=$(readlink -f "$2")
python=/usr/bin/python3

e2e_screen=1280x800x24
# shellcheck source=tests/e2e/e2e-session.sh
source "$(dirname "$self")/e2e-session.sh"
[ -f "$build_root/tests/demo.db" ] || { echo "Bail out! no demo database in $build_root/tests"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-kiosk-e2e.XXXXXX") || exit 1
app_pid=
cleanup () {
  [ -z "$app_pid" ] || { kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; }
  rm -rf "$tmp"
}
trap cleanup EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $*"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $*"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

shot () {
  [ -n "${EMBASSY_E2E_SHOTS:-}" ] || return 0
  mkdir -p "$EMBASSY_E2E_SHOTS"
  xwd -root -silent | convert xwd:- "$EMBASSY_E2E_SHOTS/kiosk-e2e-$1.png" 2>/dev/null
}

# The window of the given title, shown, or nothing.
find_window () {
  xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -n 1
}

wait_window () {
  local wid
  for _ in $(seq 1 100); do
    wid=$(find_window "$1")
    [ -n "$wid" ] && { echo "$wid"; return 0; }
    sleep 0.1
  done
  return 1
}

wait_gone () {
  for _ in $(seq 1 50); do
    [ -z "$(find_window "$1")" ] && return 0
    sleep 0.1
  done
  return 1
}

alive_and_mapped () {
  kill -0 "$app_pid" 2>/dev/null && [ "$(find_window "$kiosk_title")" = "$kiosk" ]
}

# How many windows show: a key that opened one (a help browser, the
# shortcuts window) adds to it.
count_windows () {
  xdotool search --onlyvisible --name '.*' 2>/dev/null | wc -l
}

swallowed () {
  alive_and_mapped && [ "$(count_windows)" -le "$windows" ]
}

focus () {
  xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"
  sleep 0.2
}

press () {
  xdotool key --clearmodifiers "$@"
  sleep 0.4
}

type_pin () {
  xdotool type --delay 40 "$1"
  press Return
}

# The manager PIN's throttle as the database has it: "FAILURES LOCKED".
throttle () {
  "$python" - "$db" <<'EOF'
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(
    "SELECT failures, locked_until IS NOT NULL FROM pin_throttle WHERE subject = 'manager'").fetchone()
print("%d %d" % row if row else "0 0")
EOF
}

db="$tmp/programme.db"
cp "$build_root/tests/demo.db" "$db" || exit 1

kiosk_title="Embassy Kiosk"
GSETTINGS_BACKEND=memory \
GSETTINGS_SCHEMA_DIR="$build_root/data" \
EMBASSY_LOCALEDIR="$build_root/po" \
LANG=C.UTF-8 \
GDK_BACKEND=x11 \
GSK_RENDERER=cairo \
  "$exe" --kiosk --database "$db" >"$tmp/app.log" 2>&1 &
app_pid=$!

echo "1..17"
kiosk=$(wait_window "$kiosk_title") || { echo "Bail out! the kiosk window does not show"; exit 1; }
ok "the kiosk window shows"
sleep 1
shot start
windows=$(count_windows)

for key in Escape F1 F10 F11 alt+F4 ctrl+q ctrl+w super ctrl+comma ctrl+question alt+1; do
  focus "$kiosk"
  press "$key"
  check "$key is swallowed: the kiosk runs, its window is mapped and no other opens" swallowed
done

# A long press anywhere opens the PIN dialog; Escape closes it again.
focus "$kiosk"
xdotool mousemove --window "$kiosk" 400 300 mousedown 1
sleep 1.6
xdotool mouseup 1
if pin=$(wait_window "Manager PIN"); then
  ok "a long press opens the manager PIN dialog"
  focus "$pin"
  press Escape
  wait_gone "Manager PIN" || true
else
  not_ok "a long press opens the manager PIN dialog"
fi

focus "$kiosk"
press ctrl+shift+l
pin=$(wait_window "Manager PIN") && ok "Ctrl+Shift+L opens the manager PIN dialog" ||
  { not_ok "Ctrl+Shift+L opens the manager PIN dialog"; echo "Bail out! no PIN dialog"; exit 1; }

focus "$pin"
for _ in 1 2 3 4; do
  type_pin 1111
  sleep 0.6
done
shot throttled
read -r failures locked < <(throttle)
check "wrong PINs do not leave, and lock the PIN out ($failures wrong)" \
  eval 'alive_and_mapped && [ "$failures" -ge 4 ] && [ "$locked" = 1 ]'

type_pin 2468
sleep 1
check "while locked out, even the right PIN does not leave" alive_and_mapped

# The wait ends (cleared by another process, as if the time had passed):
# the dialog sees it within a second.
"$python" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("DELETE FROM pin_throttle"); c.commit()' "$db"
sleep 1.5
# (Return on the locked dialog pressed its Cancel: open it again if so.)
if [ -z "$(find_window "Manager PIN")" ]; then
  focus "$kiosk"
  press ctrl+shift+l
fi
pin=$(wait_window "Manager PIN") || { echo "Bail out! no PIN dialog"; exit 1; }
focus "$pin"
type_pin 2468
sleep 1
shot unlocked
press alt+l
status=
for _ in $(seq 1 50); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    wait "$app_pid"
    status=$?
    app_pid=
    break
  fi
  sleep 0.1
done
check "2468 and Leave Kiosk end the program with 0 (status ${status:-still running})" \
  [ "${status:-x}" = 0 ]

if [ $failed -gt 0 ] && [ -s "$tmp/app.log" ]; then
  echo "# embassy's output:"
  sed 's/^/#   /' "$tmp/app.log" | head -n 100
fi
[ $failed -eq 0 ]
