#!/bin/bash
# run-a11y.sh: end-to-end accessibility walk of the real program (TAP output).
#
# Usage: run-a11y.sh EMBASSY_BINARY BUILD_ROOT
#
# Starts EMBASSY_BINARY on a temporary demo database and lets a11y-walk.py
# drive it through AT-SPI, as a screen reader would: every area of the
# sidebar is visited and every showing control must have an accessible name.
# Needs a display (run under `xvfb-run -a -s '-screen 0 1280x1024x24'`);
# starts its own D-Bus session bus when there is none.
# Environment: EMBASSY_E2E_TIMEOUT=SECONDS (the walk's limit, 270),
# EMBASSY_E2E_SHOTS=DIR (save a screenshot of each page there).
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 EMBASSY_BINARY BUILD_ROOT" >&2
  exit 2
fi

self=$(readlink -f "${BASH_SOURCE[0]}")
here=$(dirname "$self")
exe=$(readlink -f "$1")
build_root=$(readlink -f "$2")
python=/usr/bin/python3

skip () {
  echo "1..0 # SKIP $*"
  exit 0
}

# A display and a session bus of its own, so that it runs beside the other
# interface tests (it types with xdotool, which goes to whatever window has
# the focus on a shared display), started as theirs are.
if [ -z "${EMBASSY_E2E_OWN_DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
  EMBASSY_E2E_OWN_DISPLAY=1 exec bash "$here/../ui/own-display.sh" \
    bash "$self" "$exe" "$build_root"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  skip "no display"
fi
# The mouse is driven with xdotool, which needs X11 (Xvfb or Xwayland).
[ -n "${DISPLAY:-}" ] || skip "no X11 display for xdotool"
command -v xdotool >/dev/null 2>&1 || skip "xdotool is not installed"
command -v dbus-run-session >/dev/null 2>&1 || skip "dbus-run-session is not installed"
"$python" -c 'import pyatspi' >/dev/null 2>&1 || skip "python3-pyatspi is not installed"
[ -x "$exe" ] || { echo "Bail out! $exe is not an executable"; exit 1; }

# Without a session bus, start one for this run alone and come back here.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  if [ -n "${EMBASSY_E2E_IN_DBUS:-}" ]; then
    echo "Bail out! dbus-run-session did not provide a session bus"
    exit 1
  fi
  # Services started by the bus (at-spi2-registryd...) write to its stdout:
  # give the bus stderr, and hand the TAP stream to the inner run as fd 3.
  exec 3>&1
  EMBASSY_E2E_IN_DBUS=1 EMBASSY_E2E_TAP_FD=3 \
    exec dbus-run-session -- bash "$self" "$exe" "$build_root" >&2
fi
if [ "${EMBASSY_E2E_TAP_FD:-}" = 3 ]; then
  exec 1>&3 3>&-
  unset EMBASSY_E2E_TAP_FD
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-a11y.XXXXXX") || exit 1
app_pid=
launcher_pid=

cleanup () {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null
    for _ in $(seq 1 30); do
      kill -0 "$app_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$app_pid" 2>/dev/null
    wait "$app_pid" 2>/dev/null
  fi
  if [ -n "$launcher_pid" ]; then
    kill -TERM "$launcher_pid" 2>/dev/null
    wait "$launcher_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The accessibility bus: org.a11y.Bus is normally started by D-Bus
# activation (at-spi-bus-launcher); start the launcher by hand if that fails.
a11y_bus_ok () {
  timeout 10 dbus-send --session --print-reply=literal --reply-timeout=8000 \
    --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1
}
if ! a11y_bus_ok; then
  launcher=/usr/libexec/at-spi-bus-launcher
  [ -x "$launcher" ] || launcher=/usr/lib/at-spi2-core/at-spi-bus-launcher
  if [ ! -x "$launcher" ]; then
    echo "Bail out! no AT-SPI bus and no at-spi-bus-launcher"
    exit 1
  fi
  "$launcher" --launch-immediately >"$tmp/launcher.log" 2>&1 &
  launcher_pid=$!
  for _ in $(seq 1 50); do
    a11y_bus_ok && break
    sleep 0.2
  done
  a11y_bus_ok || { echo "Bail out! the AT-SPI bus does not start"; exit 1; }
fi

# GTK must talk to the accessibility bus.
unset GTK_A11Y NO_AT_BRIDGE

GSETTINGS_BACKEND=memory \
GSETTINGS_SCHEMA_DIR="$build_root/data" \
EMBASSY_LOCALEDIR="$build_root/po" \
LANG=C.UTF-8 \
GDK_BACKEND=x11 \
  "$exe" --database "$tmp/demo.db" --demo >"$tmp/app.log" 2>&1 &
app_pid=$!

timeout -k 5 $(( ${EMBASSY_E2E_TIMEOUT:-270} + 10 )) "$python" "$here/a11y-walk.py" --pid "$app_pid"
status=$?
if [ $status -eq 124 ] || [ $status -eq 137 ]; then
  echo "Bail out! a11y-walk.py timed out"
fi

if [ -s "$tmp/app.log" ]; then
  echo "# embassy's output:"
  sed 's/^/#   /' "$tmp/app.log" | head -n 200
fi
if ! kill -0 "$app_pid" 2>/dev/null; then
  wait "$app_pid"
  echo "# embassy exited early with status $?"
  app_pid=
  [ $status -ne 0 ] || status=1
fi

exit $status
