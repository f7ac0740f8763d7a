#!/usr/bin/env bash
# Checks every translation: valid (msgfmt --check) and complete against the
# strings in the sources today (not only against the last committed .pot).
# Usage: po-check.sh SOURCE_ROOT
set -euo pipefail
src="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$src"

# The same keywords as meson's i18n.gettext(preset: 'glib').
xgettext --package-name=embassy --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from=po/POTFILES.in -o "$tmp/embassy.pot"

status=0
n=0
while read -r lang; do
  [ -z "$lang" ] && continue
  n=$((n + 1))
  po="po/$lang.po"
  if ! msgfmt --check -o /dev/null "$po"; then
    echo "not ok $n - $lang: msgfmt --check failed"
    status=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/embassy.pot"
  stats="$(msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)"
  if echo "$stats" | grep -qE 'untranslated|fuzzy'; then
    echo "not ok $n - $lang: $stats"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid' | sed -n '1,20s/^/# /p' || true
    status=1
  else
    echo "ok $n - $lang: $stats"
  fi
done < po/LINGUAS
echo "1..$n"
exit $status
