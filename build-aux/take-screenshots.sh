#!/bin/bash
# take-screenshots.sh: the screenshots of the metainfo (data/screenshots),
# taken from the running app on the demo organisation, in English, under Xvfb.
#
# Usage: build-aux/take-screenshots.sh BUILD_DIR [OUT_DIR]
#
# BUILD_DIR is a release build (meson setup BUILD_DIR -Ddevelopment=false:
# the development profile paints its header bars with stripes); OUT_DIR is
# data/screenshots unless given. Each shot starts the app on a fresh copy of
# the demo organisation (tests/make-demo-db, dated today) in a 1280×800
# screen with no window manager, on a GSettings key file that opens the right
# area in a window as large as the screen, and is taken once the screen has
# stopped changing (the kiosk's by the clock). The staff view signs in with the
# demo PIN (the last four digits of the employee number), typed with xdotool.
# Needs Xvfb, xwd, xdotool, ImageMagick and dbus-run-session; pngquant, when
# there, makes the files smaller. Look at each picture before committing it.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [OUT_DIR]" >&2
  exit 2
fi

# Everything runs inside a session bus of its own that starts no services
# (no portals, no accessibility bus), and ends with it.
if [ -z "${EMBASSY_SHOTS_IN_BUS:-}" ]; then
  bus_conf=$(mktemp "${TMPDIR:-/tmp}/embassy-screenshots-bus.XXXXXX")
  printf '%s\n' '<busconfig>' '  <type>session</type>' \
    '  <listen>unix:tmpdir=/tmp</listen>' '  <auth>EXTERNAL</auth>' \
    '  <policy context="default">' \
    '    <allow send_destination="*" eavesdrop="true"/>' \
    '    <allow eavesdrop="true"/>' '    <allow own="*"/>' \
    '  </policy>' '</busconfig>' >"$bus_conf"
  status=0
  EMBASSY_SHOTS_IN_BUS=1 dbus-run-session --config-file="$bus_conf" -- bash "$0" "$@" || status=$?
  rm -f "$bus_conf"
  exit $status
fi

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(readlink -f "$1")
out=$(readlink -f "${2:-$top/data/screenshots}")
exe="$build/src/embassy"
make_demo="$build/tests/make-demo-db"
width=1280
height=800
schema_path=io/github/embassyapp/Embassy

[ -x "$exe" ] || { echo "no $exe: build it first" >&2; exit 1; }
grep -q '^#define PROFILE ""$' "$build/config.h" ||
  { echo "$build is a development build: use one set up with -Ddevelopment=false" >&2; exit 1; }
[ -x "$make_demo" ] || meson compile -C "$build" tests/make-demo-db >/dev/null
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-screenshots.XXXXXX")
xvfb_pid=
app_pid=
stop () {
  if [ -n "$app_pid" ]; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
cleanup () {
  stop
  if [ -n "$xvfb_pid" ]; then
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 "${width}x${height}x24" -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$tmp/display")"

export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/data"
export EMBASSY_LOCALEDIR="$build/po"
# Cairo, as the tests draw: Xvfb has no GPU.
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1

demo="$tmp/demo.db"
"$make_demo" "$demo" "$(date +%F)" >"$tmp/demo.log" 2>&1 ||
  { cat "$tmp/demo.log" >&2; exit 1; }

# launch NAME PAGE [ARGS...]: the app on a fresh copy of the demo
# organisation, showing the area PAGE of the manager window; returns once its
# window is on the screen (at $shown, in seconds of $SECONDS).
launch () {
  local name="$1" page="$2"; shift 2
  local home="$tmp/$name"
  mkdir -p "$home/config/glib-2.0/settings" "$home/data" "$home/cache"
  printf '[%s]\nwindow-width=%d\nwindow-height=%d\nlast-page=%s\n' \
    "$schema_path" "$width" "$height" "'$page'" >"$home/config/glib-2.0/settings/keyfile"
  cp "$demo" "$home/data/programme.db"
  XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    "$exe" --database "$home/data/programme.db" "$@" >"$tmp/$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    xdotool search --onlyvisible --pid "$app_pid" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { echo "embassy ended:" >&2; cat "$tmp/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  shown=$SECONDS
}

# start NAME PAGE [ARGS...]: launch, and wait until the window is drawn.
start () {
  launch "$@"
  sleep 3
  settle
}

# settle: waits until the screen stops changing (alike for 3 s), at most
# 40 s: on a busy machine a page reads its data and draws a while.
settle () {
  local previous="" current same=0
  for _ in $(seq 1 40); do
    sleep 1
    current=$(xwd -root -silent | md5sum)
    if [ "$current" = "$previous" ]; then
      same=$((same + 1))
      [ $same -ge 3 ] && return 0
    else
      same=0
    fi
    previous=$current
  done
  echo "the screen did not settle in 40 s" >&2
}

shoot () {
  local name="$1"
  xwd -root -silent | convert xwd:- -strip "$tmp/$name.png"
  if command -v pngquant >/dev/null; then
    pngquant --force --quality 70-95 --strip --output "$out/$name.png" "$tmp/$name.png"
  else
    cp "$tmp/$name.png" "$out/$name.png"
  fi
  echo "$out/$name.png: $(stat -c %s "$out/$name.png") bytes"
  if [ -s "$tmp/$name.log" ]; then
    sed 's/^/  embassy: /' "$tmp/$name.log" | head -n 20
  fi
}

# fill_screen: the staff and kiosk windows have sizes of their own; as large
# as the screen, like the manager window.
fill_screen () {
  local wid
  wid=$(xdotool search --onlyvisible --pid "$app_pid" | head -n 1)
  xdotool windowmove "$wid" 0 0 windowsize "$wid" "$width" "$height"
}

# click X Y: a click where a row of the demo organisation is, at 1280×800.
click () {
  xdotool mousemove "$1" "$2" click 1
  xdotool mousemove "$width" "$height"
  settle
}

for page in overview recognition; do
  start "$page" "$page"
  shoot "$page"
  stop
done

# A customer's suggestion, chosen: whom it reaches and its follow-up.
start feedback feedback
click 370 344
shoot feedback
stop

# The people: a chosen employee opens a dialog, which with no window
# manager lands in a corner of the screen; the list alone.
start people people
shoot people
stop

# The staff view, signed in as a personal banker of the demo organisation
# (the PIN is the last four digits of the employee number).
staff_number=${EMBASSY_SHOTS_STAFF:-NB-00055}
start staff overview --staff
fill_screen
settle
xdotool mousemove $((width / 2)) $((height / 2))
xdotool type --delay 60 "$staff_number"
settle
xdotool key Down
sleep 0.5
xdotool key Return
settle
xdotool type --delay 60 "${staff_number: -4}"
xdotool key Return
xdotool mousemove "$width" "$height"
settle
shoot staff
stop

# The break-room kiosk on its third slide, the wall of fame (the promise of
# the week comes first, then a value, then the wall of fame, 12 s each),
# taken in the middle of it: EMBASSY_SHOTS_KIOSK_SLIDE=N chooses another.
# Its slides change while the screen settles, so this one goes by the clock.
launch kiosk overview --kiosk
fill_screen
xdotool mousemove "$width" "$height"
slide=${EMBASSY_SHOTS_KIOSK_SLIDE:-3}
sleep $((shown + 12 * (slide - 1) + 6 - SECONDS))
shoot kiosk
stop
