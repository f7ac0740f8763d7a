#!/bin/bash
# own-display.sh: runs a widget test on an X display and a D-Bus session bus
# of its own.
#
# Usage: own-display.sh PROGRAM [ARGS...]
#
# Each widget test gets a new Xvfb (the display number chosen by the
# server itself, so that tests started together never pick the same one)
# and a new session bus, so that `meson test` runs them side by side: no
# test takes the keyboard focus from another or finds another's
# application on the bus. The program's output and exit status are its own.
# The screen is 1280×1024 unless EMBASSY_XVFB_SCREEN says otherwise
# (WIDTHxHEIGHTxDEPTH).
# Without Xvfb, the program runs on the display it was given.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ $# -lt 1 ]; then
  echo "usage: $0 PROGRAM [ARGS...]" >&2
  exit 2
fi

# Inside the new bus (see below): the program, with the TAP stream as its
# standard output.
if [ -n "${EMBASSY_OWN_DISPLAY_BUS:-}" ]; then
  unset EMBASSY_OWN_DISPLAY_BUS
  exec 1>&3 3>&-
  exec "$@"
fi

xvfb_pid=
tmp=
cleanup () {
  if [ -n "$xvfb_pid" ]; then
    kill -TERM "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  [ -z "$tmp" ] || rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if command -v Xvfb >/dev/null 2>&1; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-display.XXXXXX") || exit 1
  # -displayfd: the server takes the first free display and writes its
  # number once it accepts connections.
  Xvfb -displayfd 3 -screen 0 "${EMBASSY_XVFB_SCREEN:-1280x1024x24}" -nolisten tcp -noreset \
    3>"$tmp/display" 2>"$tmp/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 1 200); do
    [ -s "$tmp/display" ] && break
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
      echo "Bail out! Xvfb did not start: $(tail -n 3 "$tmp/xvfb.log")"
      xvfb_pid=
      exit 1
    fi
    sleep 0.05
  done
  if [ ! -s "$tmp/display" ]; then
    echo "Bail out! Xvfb gave no display number in 10 s"
    exit 1
  fi
  DISPLAY=":$(head -n 1 "$tmp/display")"
  export DISPLAY
  # A runtime folder of its own too: what a service of the bus puts there
  # (a socket, a mount) is not shared with a test beside it.
  mkdir -m 700 "$tmp/runtime"
  XDG_RUNTIME_DIR="$tmp/runtime"
  export XDG_RUNTIME_DIR
  unset WAYLAND_DISPLAY
fi

status=0
if command -v dbus-run-session >/dev/null 2>&1; then
  # What the bus and the services it starts print goes to stderr; the
  # program gets the TAP stream as fd 3.
  exec 3>&1
  EMBASSY_OWN_DISPLAY_BUS=1 dbus-run-session -- bash "$0" "$@" >&2 || status=$?
else
  "$@" || status=$?
fi
exit $status
