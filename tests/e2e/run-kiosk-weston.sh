#!/bin/bash
# run-kiosk-weston.sh: the kiosk covers the whole output of a real Wayland
# compositor (TAP output).
#
# Usage: run-kiosk-weston.sh EMBASSY_BINARY BUILD_ROOT
#
# Starts weston's headless backend with kiosk-shell at 1280×800 and at
# 1920×1080 and `EMBASSY_BINARY --kiosk` on a copy of the demo database in
# it. The compositor's configure (WAYLAND_DEBUG) must ask for the output's
# size and the full-screen state, and the window, which prints its size
# with EMBASSY_KIOSK_PRINT_SIZE=1, must draw at that size.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 EMBASSY_BINARY BUILD_ROOT" >&2
  exit 2
fi

exe=$(readlink -f "$1")
build_root=$(readlink -f "$2")

skip () {
  echo "1..0 # SKIP $*"
  exit 0
}

command -v weston >/dev/null 2>&1 || skip "weston is not installed"
[ -f "$build_root/tests/demo.db" ] || { echo "Bail out! no demo database in $build_root/tests"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/embassy-kiosk-weston.XXXXXX") || exit 1
chmod 700 "$tmp"
weston_pid=
app_pid=
stop () {
  for pid in $app_pid $weston_pid; do
    kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  app_pid=
  weston_pid=
}
trap 'stop; rm -rf "$tmp"' EXIT

n=0
failed=0
result () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else failed=$((failed + 1)); echo "not ok $n - $2"; fi
}

# Runs the kiosk in weston at WIDTH×HEIGHT; leaves the logs in $tmp.
run_at () {
  local width=$1 height=$2 socket="wl-embassy-$$-$1"
  cp "$build_root/tests/demo.db" "$tmp/programme.db"
  XDG_RUNTIME_DIR="$tmp" weston --backend=headless-backend.so --use-pixman \
    --shell=kiosk-shell.so --width="$width" --height="$height" --socket="$socket" \
    --idle-time=0 >"$tmp/weston.log" 2>&1 &
  weston_pid=$!
  for _ in $(seq 1 50); do [ -S "$tmp/$socket" ] && break; sleep 0.1; done
  [ -S "$tmp/$socket" ] || { echo "Bail out! weston does not start"; sed 's/^/# /' "$tmp/weston.log"; exit 1; }

  XDG_RUNTIME_DIR="$tmp" WAYLAND_DISPLAY="$socket" GDK_BACKEND=wayland GSK_RENDERER=cairo \
  WAYLAND_DEBUG=1 EMBASSY_KIOSK_PRINT_SIZE=1 \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build_root/data" \
  EMBASSY_LOCALEDIR="$build_root/po" LANG=C.UTF-8 \
    "$exe" --kiosk --database "$tmp/programme.db" >"$tmp/app.out" 2>"$tmp/app.err" &
  app_pid=$!
  for _ in $(seq 1 100); do
    grep -q "^kiosk-size=${width}x${height}\$" "$tmp/app.out" 2>/dev/null && break
    sleep 0.1
  done
  sleep 0.5
  stop
}

echo "1..4"
for size in 1280x800 1920x1080; do
  width=${size%x*}
  height=${size#*x}
  run_at "$width" "$height"

  # xdg_toplevel.configure(1280, 800, array[...]) with the fullscreen state (2).
  grep -E "xdg_toplevel@[0-9]+\.configure\($width, $height, array" "$tmp/app.err" >/dev/null
  result $? "at $size, the compositor configures the kiosk to the output's size"
  last=$(grep '^kiosk-size=' "$tmp/app.out" | tail -n 1)
  [ "$last" = "kiosk-size=$size" ]
  result $? "at $size, the kiosk draws over the whole output (${last:-no size printed})"
  if [ "$last" != "kiosk-size=$size" ]; then
    grep -E "configure|fullscreen" "$tmp/app.err" | head -n 20 | sed 's/^/# /'
  fi
done
[ $failed -eq 0 ]
