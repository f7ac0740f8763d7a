# e2e-session.sh: how every end-to-end script starts (sourced, not run)
#
# The script that sources it sets $self (its own path) and $e2e_screen (the
# Xvfb screen, WxHxD) and passes its own arguments. The script is run again
# under an Xvfb of its own (xvfb-run, when there is one), then inside a
# D-Bus session bus of its own; the inner run writes its TAP stream to the
# outer run's standard output and everything else to standard error. Skips
# (TAP) where xdotool or a display is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later

e2e_skip () {
  echo "1..0 # SKIP $*"
  exit 0
}

if [ -z "${EMBASSY_E2E_OWN_DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  EMBASSY_E2E_OWN_DISPLAY=1 exec xvfb-run -a -s "-screen 0 $e2e_screen" \
    env -u DBUS_SESSION_BUS_ADDRESS bash "$self" "$@"
fi
[ -n "${DISPLAY:-}" ] || e2e_skip "no X11 display for xdotool"
command -v xdotool >/dev/null 2>&1 || e2e_skip "xdotool is not installed"
command -v dbus-run-session >/dev/null 2>&1 || e2e_skip "dbus-run-session is not installed"

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  [ -z "${EMBASSY_E2E_IN_DBUS:-}" ] || { echo "Bail out! no session bus"; exit 1; }
  exec 3>&1
  EMBASSY_E2E_IN_DBUS=1 EMBASSY_E2E_TAP_FD=3 exec dbus-run-session -- bash "$self" "$@" >&2
fi
if [ "${EMBASSY_E2E_TAP_FD:-}" = 3 ]; then
  exec 1>&3 3>&-
  unset EMBASSY_E2E_TAP_FD
fi
