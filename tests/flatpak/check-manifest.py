#!/usr/bin/env python3
# Copyright The Embassy developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest offline, without a network or a runtime.

  check-manifest.py SOURCE_ROOT            the static checks:
      every dependency('NAME') and cc.find_library('NAME') of the meson.build
      files is either in the GNOME runtime (RUNTIME below) or built by a module
      of the manifest (MODULES below), whose archive satisfies the version
      meson asks for; every archive or file source has an https URL and a
      sha256; finish-args are exactly FINISH_ARGS; the runtime is one Flathub
      still supports.
  check-manifest.py --show-manifest SOURCE_ROOT
      flatpak-builder --show-manifest reads the manifest, and what it read is
      the manifest's id, runtime, finish-args and modules. Exits 77 (skipped)
      only when flatpak-builder is not installed.
"""

import json
import os
import re
import shutil
import subprocess
import sys

MANIFEST = os.path.join("flatpak", "io.github.embassyapp.Embassy.json")

# What the runtime (org.gnome.Platform//50, built on freedesktop-sdk 25.08)
# provides, by the name meson asks for, with the BuildStream element that
# builds it. Sources: freedesktop-sdk elements/platform.bst (the stack of the
# org.freedesktop.Platform runtime) and gnome-build-meta elements/sdk/*.bst
# (what the GNOME runtime adds on top). Neither lists libcsv, libqrencode or
# libsodium: the manifest builds those.
RUNTIME = {
    "glib-2.0": "freedesktop-sdk components/glib.bst",
    "gio-2.0": "freedesktop-sdk components/glib.bst",
    "gobject-2.0": "freedesktop-sdk components/glib.bst",
    "sqlite3": "freedesktop-sdk components/sqlite.bst",
    "json-glib-1.0": "freedesktop-sdk components/json-glib.bst",
    "gtk4": "gnome-build-meta sdk/gtk.bst",
    "libadwaita-1": "gnome-build-meta sdk/libadwaita.bst",
    "m": "freedesktop-sdk components/glibc.bst (libm is part of glibc)",
}

# What the manifest builds: the name meson asks for -> the module's name.
MODULES = {
    "csv": "libcsv",
    "libqrencode": "libqrencode",
    "libsodium": "libsodium",
}

# The app's sandbox: files go through the portal (GtkFileChooserNative).
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]

# The oldest GNOME runtime Flathub still supports in December 2026: a runtime
# is kept for about a year after its release (GNOME 50: March 2026).
OLDEST_SUPPORTED_GNOME = 50

DEPENDENCY_RE = re.compile(
    r"(?<![\w.])(?P<kind>dependency|cc\.find_library)\(\s*'(?P<name>[^']+)'(?P<rest>[^)]*)\)")
VERSION_RE = re.compile(r"version\s*:\s*'>=\s*(?P<version>[0-9.]+)'")
ARCHIVE_VERSION_RE = re.compile(r"-(?P<version>\d+(?:\.\d+)+)(?:-RELEASE)?\.(?:tar|zip)")
SKIP_DIRS = {".git", "subprojects", ".flatpak-builder", "_flatpak"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def meson_dependencies(root):
    """Yields (file:line, kind, name, minimum version or None) of each call."""
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs
                         if d not in SKIP_DIRS and not d.startswith("_build")
                         and d != "builddir")
        if "meson.build" not in files:
            continue
        path = os.path.join(directory, "meson.build")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for match in DEPENDENCY_RE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            where = "%s:%d" % (os.path.relpath(path, root), line)
            version = VERSION_RE.search(match.group("rest"))
            yield (where, match.group("kind"), match.group("name"),
                   version.group("version") if version else None)


def load_manifest(root):
    with open(os.path.join(root, MANIFEST), encoding="utf-8") as f:
        return json.load(f)


def check_sources(module):
    for source in module.get("sources", []):
        if not isinstance(source, dict) or source.get("type") not in ("archive", "file"):
            continue
        url = source.get("url", "")
        if not url.startswith("https://"):
            fail("module %s: source %r is not fetched over https" % (module["name"], url))
        for mirror in source.get("mirror-urls", []):
            if not mirror.startswith("https://"):
                fail("module %s: mirror %r is not fetched over https" % (module["name"], mirror))
        if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
            fail("module %s: source %s has no sha256 checksum" % (module["name"], url))


def check_static(root):
    manifest = load_manifest(root)
    modules = {m["name"]: m for m in manifest["modules"] if isinstance(m, dict)}

    args = manifest.get("finish-args", [])
    if sorted(args) != sorted(FINISH_ARGS) or len(set(args)) != len(args):
        fail("finish-args are %s, not exactly %s" % (args, FINISH_ARGS))

    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        fail("the runtime is %s with %s, not org.gnome.Platform with org.gnome.Sdk"
             % (manifest.get("runtime"), manifest.get("sdk")))
    branch = str(manifest.get("runtime-version", ""))
    if not branch.isdigit() or int(branch) < OLDEST_SUPPORTED_GNOME:
        fail("runtime-version %r: Flathub no longer supports it (GNOME %d or newer)"
             % (branch, OLDEST_SUPPORTED_GNOME))

    last = manifest["modules"][-1]
    if not isinstance(last, dict) or last.get("name") != "embassy" or last.get("buildsystem") != "meson":
        fail("the last module is not embassy built with meson")

    for module in modules.values():
        check_sources(module)

    used = set()
    count = 0
    for where, kind, name, minimum in meson_dependencies(root):
        count += 1
        if name in RUNTIME:
            print("ok: %s %s('%s') is in the runtime (%s)" % (where, kind, name, RUNTIME[name]))
            continue
        module = modules.get(MODULES.get(name, ""))
        if module is None:
            fail("%s: %s('%s') is neither in the GNOME runtime nor built by a module of %s"
                 % (where, kind, name, MANIFEST))
            continue
        used.add(module["name"])
        print("ok: %s %s('%s') is built by the module %s" % (where, kind, name, module["name"]))
        if minimum:
            for source in module.get("sources", []):
                found = ARCHIVE_VERSION_RE.search(source.get("url", ""))
                if not found:
                    fail("module %s: no version in the URL %s" % (module["name"], source.get("url")))
                elif version_tuple(found.group("version")) < version_tuple(minimum):
                    fail("module %s builds %s, but %s asks for >= %s"
                         % (module["name"], found.group("version"), where, minimum))
    if count == 0:
        fail("no dependency() found in the meson.build files under %s" % root)

    for name in sorted(set(modules) - used - {"embassy"}):
        fail("module %s builds nothing that meson.build asks for" % name)


def check_show_manifest(root):
    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("SKIP: flatpak-builder is not installed")
        return 77
    result = subprocess.run([builder, "--show-manifest", MANIFEST], cwd=root,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail("flatpak-builder --show-manifest exited %d: %s"
             % (result.returncode, result.stderr.strip()))
        return 1
    try:
        shown = json.loads(result.stdout)
    except json.JSONDecodeError as e:
        fail("flatpak-builder --show-manifest printed no JSON: %s" % e)
        return 1
    manifest = load_manifest(root)
    for key in ("id", "runtime", "runtime-version", "sdk", "command"):
        if shown.get(key) != manifest.get(key):
            fail("flatpak-builder read %s = %r, the file says %r" % (key, shown.get(key), manifest.get(key)))
    if shown.get("finish-args") != manifest.get("finish-args"):
        fail("flatpak-builder read finish-args %r" % shown.get("finish-args"))
    names = [m.get("name") for m in shown.get("modules", [])]
    expected = [m.get("name") for m in manifest["modules"]]
    if names != expected:
        fail("flatpak-builder read the modules %s, the file has %s" % (names, expected))
    for module in shown.get("modules", []):
        for source in module.get("sources", []):
            if source.get("type") == "archive" and not source.get("sha256"):
                fail("flatpak-builder read no sha256 for %s" % source.get("url"))
    print("flatpak-builder read %s: modules %s" % (shown.get("id"), ", ".join(names)))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--show-manifest":
        return check_show_manifest(argv[2])
    if len(argv) == 2:
        check_static(argv[1])
        return 1 if failures else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
