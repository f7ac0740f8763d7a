# Sourced by the command-line tests (run-*.sh EMBASSY DATA_DIR): their
# arguments, a temporary folder removed at exit, an environment without a
# display, and check DESCRIPTION COMMAND…, which prints one TAP line and
# remembers a failure in $failed.
set -uo pipefail
embassy="$1"
data="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

export LANG=C.UTF-8 LANGUAGE= GSETTINGS_BACKEND=memory
unset DISPLAY WAYLAND_DISPLAY
db="$tmp/programme.db"
n=0
failed=0

check () {
  local description="$1"; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    failed=1
  fi
}
