#!/usr/bin/python3
# a11y-walk.py: drive the running Embassy as a screen reader would (AT-SPI).
#
# Waits for the demo organisation to be shown, then visits every area of the
# sidebar (the list named "Areas") with the mouse and checks that every
# showing control of the window has an accessible name, and that the primary
# menu's items and a few dialogs (DIALOGS) have names too; and that no such
# name shows a mnemonic's underscore ("_Send") or says its words twice
# ("Send Send"), as GTK 4.8 names a button with a mnemonic label. Prints
# TAP; exits non-zero on any failure.
#
# Normally run by run-a11y.sh, which starts the program; use Debian's
# /usr/bin/python3 (pyatspi). --dump prints each page's accessible tree;
# EMBASSY_E2E_SHOTS=DIR saves a screenshot of each page there;
# EMBASSY_E2E_TIMEOUT=SECONDS raises the overall limit (270 s).
#
# What GTK 4.8 tells AT-SPI, and how this script copes:
# - Every node is "visible", never "showing". A node whose extents have zero
#   width or height is hidden, and so is everything below it.
# - A stack page that was shown once and then hidden keeps its old extents.
#   Stack pages have no Component interface of their own; when a node has
#   several such children, the page under the stack's centre (hit test) is
#   the visible one and the others are skipped.
# - A widget without a name is exposed under a type name ("GtkMenuButton",
#   "GtkImage"...): that counts as no name.
# - Extents are relative to the window ("Screen coordinates not supported"):
#   the window's origin on the X screen is added before clicking.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import subprocess
import sys
import threading
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

# Seconds for the whole walk, a hard limit (run-a11y.sh allows 10 s more).
TOTAL_TIMEOUT = int(os.environ.get("EMBASSY_E2E_TIMEOUT") or 270)
STARTUP_TIMEOUT = 60    # for the window and the demo organisation
STEP_TIMEOUT = 8        # for one page or the menu to appear
SETTLE = 0.6            # after a page shows: crossfade, lazy content
POLL = 0.25
MAX_NODES = 20000
HEADER_HEIGHT = 60      # the header bar's titles are above this line
COORDS = pyatspi.WINDOW_COORDS

# Interactive roles that a screen reader announces by name.
NEEDS_NAME = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
}
MENU_ROLES = {
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
}
LIST_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}
# Dialogs opened from an area, by the name of the button that opens them:
# one made of a .ui template whose button label is set in C (the employee
# editor) and a message dialog whose responses are added in C (the note
# dialog). Each is closed with Escape, or its Cancel button, without
# changing anything.
DIALOGS = {
    "People": ["New Employee"],
    "Autonomy Pilots": ["Evaluate…"],
}
CLOSE_NAMES = ("Cancel", "Close")
BUTTON_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}

# GTK 4.8 falls back to a type name when a widget has no accessible name.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Emb|Gdk)[A-Z][A-Za-z0-9]*$")
# GTK 4.8 prefixes a button's name with its raw mnemonic label ("_Save Save"),
# and names a check button or a dialog's response by the raw label alone.
MNEMONIC = re.compile(r"_(?=[^\W\d_])")
# Roles whose names are checked for mnemonics and repeats: the controls, and
# the rows of lists.
NAMED_ROLES = NEEDS_NAME | {pyatspi.ROLE_LIST_ITEM}


def diag(text):
    for line in str(text).splitlines() or [""]:
        print("# " + line)
    sys.stdout.flush()


def bail(text):
    print("Bail out! " + text)
    sys.stdout.flush()
    os._exit(1)


def watchdog():
    # PyGObject releases the GIL during calls, so this fires even when the
    # main thread is stuck in a D-Bus call.
    time.sleep(TOTAL_TIMEOUT)
    bail("a11y-walk.py took longer than %d s" % TOTAL_TIMEOUT)


# ---------------------------------------------------------------- helpers

def safe(fn, default=None):
    try:
        return fn()
    except Exception:  # the object may vanish under us
        return default


def role_of(acc):
    return safe(acc.getRole, pyatspi.ROLE_INVALID)


def role_name(acc):
    return safe(acc.getRoleName, "?")


def name_of(acc):
    return safe(lambda: acc.name, "") or ""


def real_name(name):
    """The name a screen reader would find useful, or ''."""
    name = name.strip()
    return "" if TYPE_NAME.match(name) else name


def extents(acc):
    """(x, y, width, height) relative to the window, or None."""
    def get():
        e = acc.queryComponent().getExtents(COORDS)
        return (e.x, e.y, e.width, e.height)
    return safe(get)


def has_area(ext):
    return ext is not None and ext[2] > 0 and ext[3] > 0


def children(acc):
    n = safe(lambda: acc.childCount, 0) or 0
    out = []
    for i in range(n):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            out.append(child)
    return out


def describe(acc, ext=None):
    if ext is None:
        ext = extents(acc)
    return "%s %r %s" % (role_name(acc), name_of(acc), ext)


def hit(acc, x, y):
    return safe(lambda: acc.queryComponent().getAccessibleAtPoint(x, y, COORDS))


def visible_page(stack, pages):
    """Which of the stack's pages (children without extents) is shown."""
    ext = extents(stack)
    if not has_area(ext):
        return None
    x, y, w, h = ext
    for fx, fy in ((0.5, 0.5), (0.5, 0.75), (0.25, 0.5), (0.75, 0.5), (0.5, 0.25)):
        node = hit(stack, x + int(w * fx), y + int(h * fy))
        for _ in range(100):
            if node is None:
                break
            for page in pages:
                if node == page:
                    return page
            parent = safe(lambda: node.parent)
            if parent is None or parent == stack:
                break
            node = parent
    return None


class Node:
    __slots__ = ("acc", "role", "name", "ext", "path")

    def __init__(self, acc, role, name, ext, path):
        self.acc, self.role, self.name, self.ext, self.path = acc, role, name, ext, path

    def where(self):
        return " > ".join(self.path)


def walk(root, stats=None):
    """Every showing node below root (root included), depth first.

    A node with zero width or height is skipped with all below it; a node
    without the Component interface (a stack page) is looked through, but
    only the visible page of a stack is.
    """
    found = []
    todo = [(root, [], extents(root))]
    while todo and len(found) < MAX_NODES:
        acc, path, ext = todo.pop()
        if ext is not None and not has_area(ext):
            continue
        name = name_of(acc)
        if ext is not None:
            found.append(Node(acc, role_of(acc), name, ext, path))
        sub = path + ["%s %r" % (role_name(acc), name) if name else role_name(acc)]
        kids = [(k, extents(k)) for k in children(acc)]
        pages = [k for k, e in kids if e is None]
        if len(pages) >= 2:
            shown = visible_page(acc, pages)
            if shown is not None:
                kids = [(k, e) for k, e in kids if e is not None or k == shown]
            elif stats is not None:
                stats["ambiguous stacks"] = stats.get("ambiguous stacks", 0) + 1
        for child, child_ext in reversed(kids):
            todo.append((child, sub, child_ext))
    return found


def dump(root, limit=2500):
    """The whole tree, hidden nodes included, as diagnostics."""
    lines = []

    def rec(acc, depth):
        if len(lines) >= limit:
            return
        lines.append("  " * depth + describe(acc))
        for child in children(acc):
            rec(child, depth + 1)
    rec(root, 0)
    diag("\n".join(lines))


def poll(fn, timeout):
    deadline = time.monotonic() + timeout
    while True:
        value = safe(fn)
        if value:
            return value
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL)


def clear_cache(acc):
    safe(lambda: acc.clear_cache())


def run(argv, timeout=10):
    try:
        return subprocess.run(argv, check=True, timeout=timeout, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
    except (OSError, subprocess.SubprocessError) as e:
        diag("%s failed: %s" % (" ".join(argv), e))
        return None


def app_windows(pid):
    """The app's viewable X windows: [(id, x, y, width, height, depth)]."""
    out = run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)]) or ""
    windows = []
    for wid in out.split():
        info = run(["xwininfo", "-id", wid]) or ""
        values = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            values[key] = value.strip()
        try:
            windows.append((wid, int(values["Absolute upper-left X"]),
                            int(values["Absolute upper-left Y"]),
                            int(values["Width"]), int(values["Height"]),
                            int(values["Depth"])))
        except (KeyError, ValueError):
            continue
    return windows


def window_origin(pid, frame_ext):
    """Where the window's content is on the X screen.

    GTK reports extents relative to the window's content, and without a
    compositor the X window has a resize margin around it (1100x720 for a
    1090x710 window): the content is centred in it.
    """
    if pid is None or frame_ext is None:
        return (0, 0)
    best = None
    for wid, x, y, w, h, depth in app_windows(pid):
        dw, dh = w - frame_ext[2], h - frame_ext[3]
        if 0 <= dw <= 200 and 0 <= dh <= 200 and (best is None or dw + dh < best[0]):
            best = (dw + dh, x + dw // 2, y + dh // 2)
    return (best[1], best[2]) if best else (0, 0)


def click_centre(ext, origin):
    x = origin[0] + ext[0] + ext[2] // 2
    y = origin[1] + ext[1] + ext[3] // 2
    return run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"]) is not None


def screenshot(name, pid=None, popups=False):
    """With EMBASSY_E2E_SHOTS=DIR, save the screen as DIR/NAME.png.

    Popovers are separate 32-bit windows that a capture of Xvfb's root window
    leaves out: with popups, each small window of the app is saved too.
    """
    folder = os.environ.get("EMBASSY_E2E_SHOTS")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, re.sub(r"[^\w.-]+", "-", name))
    shots = [("-root", base + ".png")]
    if popups and pid is not None:
        big = max((w * h for _, _, _, w, h, _ in app_windows(pid)), default=0)
        shots += [("-id " + wid, "%s-popup-%d.png" % (base, i))
                  for i, (wid, _, _, w, h, _) in enumerate(app_windows(pid))
                  if 1 < w * h < big]
    for source, path in shots:
        try:
            subprocess.run("xwd -silent %s | convert xwd:- '%s'" % (source, path), shell=True,
                           check=True, timeout=20, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
            diag("screenshot: %s" % path)
        except (OSError, subprocess.SubprocessError) as e:
            diag("screenshot failed: %s" % e)


def action_names(acc):
    action = safe(acc.queryAction)
    if action is None:
        return []
    return [safe(lambda: action.getName(i)) for i in range(safe(lambda: action.nActions, 0) or 0)]


def do_action(acc, wanted):
    action = safe(acc.queryAction)
    if action is None:
        return False
    for i in range(safe(lambda: action.nActions, 0) or 0):
        if safe(lambda: action.getName(i)) == wanted:
            return bool(safe(lambda: action.doAction(i), False))
    return False


def is_selected(acc):
    states = safe(acc.getState)
    return bool(states and states.contains(pyatspi.STATE_SELECTED))


# ---------------------------------------------------------------- the app

def process_alive(pid):
    if pid is None:
        return True
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[-1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    named = None
    for app in children(desktop):
        if pid is not None and safe(app.get_process_id) == pid:
            return app
        if named is None and (name_of(app) == "embassy" or any(
                role_of(c) == pyatspi.ROLE_FRAME and name_of(c) == "Embassy"
                for c in children(app))):
            named = app
    # Without a pid, any app that looks like Embassy; with one, only ours.
    return named if pid is None else None


def find_frame(app):
    frames = [c for c in children(app) if role_of(c) == pyatspi.ROLE_FRAME]
    for f in frames:
        if name_of(f) == "Embassy" and has_area(extents(f)):
            return f
    for f in frames:
        if has_area(extents(f)):
            return f
    return frames[0] if frames else None


def find_areas_list(nodes):
    return next((n for n in nodes if n.role in LIST_ROLES and n.name == "Areas"), None)


def area_rows(frame):
    """The showing list items of the "Areas" list, and the list."""
    areas = find_areas_list(walk(frame))
    if areas is None:
        return None, []
    return areas, [n for n in walk(areas.acc) if n.role == pyatspi.ROLE_LIST_ITEM]


def row_name(row):
    if real_name(row.name):
        return row.name
    for node in walk(row.acc):
        if node.role == pyatspi.ROLE_LABEL and real_name(node.name):
            return node.name
    return ""


def content_titles(frame, areas_list):
    """Showing labels in the content's header bar (right of the sidebar)."""
    fext = extents(frame) or (0, 0, 0, 0)
    titles = []
    for node in walk(frame):
        if node.role != pyatspi.ROLE_LABEL or not real_name(node.name):
            continue
        x, y, w, h = node.ext
        if y + h / 2 > fext[1] + HEADER_HEIGHT:
            continue
        if areas_list is not None:
            lx, ly, lw, lh = areas_list.ext
            if x + w / 2 < lx + lw:      # the sidebar's own header
                continue
        titles.append(node.name)
    return titles


def nameless(nodes):
    return [n for n in nodes if n.role in NEEDS_NAME and not real_name(n.name)]


def explain(n):
    lines = ["nameless %s %r at %s" % (role_name(n.acc), n.name, n.ext),
             "    path: %s" % n.where()]
    tip = safe(lambda: n.acc.description, "")
    if tip:
        lines.append("    description (tooltip): %r" % tip)
    kids = [describe(c) for c in children(n.acc)][:4]
    if kids:
        lines.append("    children: %s" % "; ".join(kids))
    return lines


def visible_texts(acc):
    """The names of the labels showing inside a control: its visible text."""
    return [n.name for n in walk(acc)[1:] if n.role == pyatspi.ROLE_LABEL]


def doubled(name):
    """Whether the name is one word sequence said twice ("Send Send").

    The underscores of mnemonics are left out first, so that "_Send Send"
    counts.
    """
    words = MNEMONIC.sub("", name).split()
    half = len(words) // 2
    return half > 0 and len(words) % 2 == 0 and words[:half] == words[half:]


def said(name):
    """What a garbled name means to say: "_Send Send" is "Send"."""
    words = MNEMONIC.sub("", name).split()
    return " ".join(words[:len(words) // 2] if doubled(name) else words)


def garbled(node):
    """What is wrong with a showing control's name, or None.

    A mnemonic underscore ("_Send") that the control's visible text does not
    show, or the same words twice ("Send Send").
    """
    name = node.name.strip()
    if node.role not in NAMED_ROLES or not real_name(name):
        return None
    marks = {name[m.start():m.start() + 2] for m in MNEMONIC.finditer(name)}
    twice = doubled(name)
    if not marks and not twice:
        return None
    texts = [t.strip() for t in visible_texts(node.acc)]
    problems = []
    if marks and not any(mark in text for mark in marks for text in texts):
        problems.append("a mnemonic underscore")
    if twice and name not in texts:
        problems.append("its words twice")
    return " and ".join(problems) or None


def garbled_names(nodes, where):
    """Failures for the names of nodes that a screen reader would misread."""
    out = []
    for n in nodes:
        problem = garbled(n)
        if problem:
            out.append("%s: %s %r has %s" % (where, role_name(n.acc), n.name, problem))
            out.append("    path: %s" % n.where())
    if out:
        out.insert(0, "%d showing control(s) have a name that a screen reader misreads "
                   "(GTK 4.8 builds it from a raw mnemonic label):" % (len(out) // 2))
    return out


def notes(nodes):
    """Doubtful names that do not fail the test."""
    out = []
    items = [n for n in nodes if n.role == pyatspi.ROLE_LIST_ITEM and not real_name(n.name)]
    if items:
        lists = sorted({n.path[-1] for n in items if n.path})
        texts = [name_of(c) for c in walk(items[0].acc)[1:] if role_of(c.acc) == pyatspi.ROLE_LABEL]
        out.append("note (not a failure): %d showing list item(s) have no name, in %s; "
                   "the first one's labels: %r" % (len(items), ", ".join(lists), texts[:3]))
    return out


# ---------------------------------------------------------------- main

class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0
        self.last = time.monotonic()

    def result(self, ok, text, errors=()):
        self.n += 1
        if not ok:
            self.failed += 1
        now = time.monotonic()
        print("%s %d - %s" % ("ok" if ok else "not ok", self.n, text))
        for e in errors:
            diag(e)
        diag("(%.1f s)" % (now - self.last))
        self.last = now
        sys.stdout.flush()


def wait_for_app(pid, start):
    def ready():
        if not process_alive(pid):
            bail("embassy (pid %s) exited before its window appeared" % pid)
        app = find_app(pid)
        return app is not None and find_frame(app) is not None and app
    app = poll(ready, STARTUP_TIMEOUT)
    if not app:
        bail("no application 'embassy' on the AT-SPI desktop after %d s (is it running? "
             "GTK registers from an idle callback, which a busy main loop, such as a "
             "spinner that never stops, can starve)" % STARTUP_TIMEOUT)
    safe(lambda: app.set_cache_mask(Atspi.Cache.NONE))
    return app


def wait_for_sidebar(app, pid, start):
    saw_busy = False
    frame = None
    deadline = start + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if not process_alive(pid):
            bail("embassy exited while creating the demo organisation")
        clear_cache(app)
        frame = find_frame(app) or frame
        if frame is not None:
            nodes = walk(frame)
            if not saw_busy and any(n.name.startswith("Creating the demo organisation")
                                    for n in nodes):
                saw_busy = True
                diag("busy page shown after %.1f s" % (time.monotonic() - start))
            areas = find_areas_list(nodes)
            if areas is not None and any(n.role == pyatspi.ROLE_LIST_ITEM
                                         for n in walk(areas.acc)):
                diag("sidebar shown after %.1f s%s" % (
                    time.monotonic() - start, "" if saw_busy else " (busy page not seen)"))
                return frame
        time.sleep(0.5)
    if frame is not None:
        dump(frame)
    bail("the 'Areas' sidebar did not show within %d s" % STARTUP_TIMEOUT)


def visit_area(tap, app, frame, origin, index, expected, dump_tree):
    label = expected or "#%d" % (index + 1)
    errors = []
    clear_cache(app)
    areas, rows = area_rows(frame)
    if areas is None:
        # A folded window shows one pane at a time: go back to the sidebar.
        back = next((n for n in walk(frame) if n.role in BUTTON_ROLES
                     and n.name == "Back to Areas"), None)
        if back is not None and do_action(back.acc, "click"):
            poll(lambda: area_rows(frame)[0], STEP_TIMEOUT)
            areas, rows = area_rows(frame)
    if areas is None:
        tap.result(False, "area %s" % label, ["the 'Areas' list is not showing"])
        return
    if index >= len(rows):
        tap.result(False, "area %s" % label, ["row %d is gone from the sidebar" % index])
        return

    if not click_centre(rows[index].ext, origin):
        errors.append("cannot click the row at %s" % (rows[index].ext,))

    def page_shown():
        clear_cache(app)
        cur, cur_rows = area_rows(frame)
        if cur is not None and index < len(cur_rows) and not is_selected(cur_rows[index].acc):
            return False
        return expected in content_titles(frame, cur)
    if not poll(page_shown, STEP_TIMEOUT):
        cur, cur_rows = area_rows(frame)
        errors.append("after clicking %r the content title shows %r%s" % (
            expected, content_titles(frame, cur),
            "" if cur is None or index >= len(cur_rows) or is_selected(cur_rows[index].acc)
            else " and the row is not selected"))
    time.sleep(SETTLE)
    screenshot("area-%d-%s" % (index + 1, label))

    clear_cache(app)
    stats = {}
    nodes = walk(frame, stats)
    if dump_tree:
        dump(frame)
    bad = nameless(nodes)
    counted = sum(1 for n in nodes if n.role in NEEDS_NAME)
    if bad:
        errors.append("%d of %d showing controls have no accessible name:" % (len(bad), counted))
        for n in bad:
            errors.extend(explain(n))
    errors.extend(garbled_names(nodes, "area %s" % label))
    extra = notes(nodes)
    if stats:
        extra.append("note: could not tell the visible page of %d stack(s): all their "
                     "pages were checked" % stats["ambiguous stacks"])
    tap.result(not errors, "area %s (%d controls)" % (label, counted), errors + extra)


def check_dialog(tap, app, frame, area, opener):
    """Open a dialog with the button named opener, check its names, close it."""
    errors = []
    clear_cache(app)
    before = [c for c in children(app) if has_area(extents(c))]
    button = next((n for n in walk(frame) if n.role in BUTTON_ROLES and said(n.name) == opener),
                  None)
    dialog = None
    title = opener
    if button is None:
        errors.append("no showing button named %r" % opener)
    elif not do_action(button.acc, "click"):
        errors.append("the button %r has no working 'click' action" % opener)
    else:
        def new_window():
            clear_cache(app)
            return next((c for c in children(app) if has_area(extents(c))
                         and not any(c == b for b in before)), None)
        dialog = poll(new_window, STEP_TIMEOUT)
        if dialog is None:
            errors.append("no window opened after clicking %r" % opener)
    counted = 0
    if dialog is not None:
        time.sleep(SETTLE)
        title = name_of(dialog)
        screenshot("dialog-%s-%s" % (area, opener))
        nodes = walk(dialog)
        counted = sum(1 for n in nodes if n.role in NEEDS_NAME)
        bad = nameless(nodes)
        if bad:
            errors.append("%d of %d showing controls have no accessible name:"
                          % (len(bad), counted))
            for n in bad:
                errors.extend(explain(n))
        errors.extend(garbled_names(nodes, "dialog %r of %s" % (title, area)))

        def closed():
            clear_cache(app)
            return not has_area(extents(dialog))
        run(["xdotool", "key", "Escape"])
        if not poll(closed, 2):
            close = next((n for n in walk(dialog) if n.role in BUTTON_ROLES
                          and n.name in CLOSE_NAMES), None)
            if close is None or not do_action(close.acc, "click") or not poll(closed, STEP_TIMEOUT):
                bail("the dialog %r opened by %r does not close" % (title, opener))
    tap.result(not errors, "dialog %r from %s (%d controls)" % (title, area, counted), errors)


def check_menu(tap, app, frame, pid):
    errors = []
    clear_cache(app)
    nodes = walk(frame)
    button = next((n for n in nodes if n.role in BUTTON_ROLES and n.name == "Main Menu"), None)
    if button is None:
        errors.append("no showing button named 'Main Menu'")
        # Go on with the nameless menu button of the header bar, if any, to
        # check the menu itself: a GtkMenuButton whose tooltip is the name.
        fext = extents(frame) or (0, 0, 0, 0)
        button = next((n for n in nodes if n.role in BUTTON_ROLES
                       and n.ext[1] < fext[1] + HEADER_HEIGHT
                       and (n.name == "GtkMenuButton"
                            or safe(lambda: n.acc.description) == "Main Menu")), None)
        if button is not None:
            errors.append("the menu button at %s is named %r (its tooltip, %r, is only "
                          "its description)" % (button.ext, button.name,
                                                safe(lambda: button.acc.description, "")))
    items = []
    if button is None:
        pass
    elif not any(do_action(n.acc, "click") for n in [button] + walk(button.acc)[1:]
                 if n.role in BUTTON_ROLES and "click" in action_names(n.acc)):
        errors.append("neither the menu button nor its inner button has a working "
                      "'click' action")
    else:
        def menu_items():
            clear_cache(app)
            return [n for n in walk(app) if n.role in MENU_ROLES]
        items = poll(menu_items, STEP_TIMEOUT) or []
        if not items:
            errors.append("no menu items showed after clicking the menu button")
        time.sleep(1.0)  # let the popover map and paint
        screenshot("menu", pid, popups=True)
        bad = [n for n in items if not real_name(n.name)]
        if bad:
            errors.append("%d of %d menu items have no accessible name:" % (len(bad), len(items)))
            for n in bad:
                errors.extend(explain(n))
        errors.extend(garbled_names(items, "primary menu"))
        run(["xdotool", "key", "Escape"])
        if not poll(lambda: not menu_items(), STEP_TIMEOUT):
            errors.append("the menu did not close with Escape")
    tap.result(not errors, "primary menu (%s)" % ", ".join(repr(n.name) for n in items),
               errors)


def main():
    parser = argparse.ArgumentParser(
        description="Walk the running Embassy through AT-SPI (TAP output).")
    parser.add_argument("--pid", type=int, default=None,
                        help="process id of the embassy under test")
    parser.add_argument("--dump", action="store_true",
                        help="print the whole accessible tree of each page")
    args = parser.parse_args()

    threading.Thread(target=watchdog, daemon=True).start()
    Atspi.set_timeout(5000, 15000)
    start = time.monotonic()

    app = wait_for_app(args.pid, start)
    frame = find_frame(app)
    diag("found %r (pid %s), window %s after %.1f s" % (
        name_of(app), safe(app.get_process_id), describe(frame), time.monotonic() - start))
    frame = wait_for_sidebar(app, args.pid, start)
    origin = window_origin(args.pid, extents(frame))
    diag("window origin on the screen: %s" % (origin,))

    _, rows = area_rows(frame)
    names = [row_name(r) for r in rows]
    print("1..%d" % (len(rows) + 2 + sum(len(DIALOGS.get(n, [])) for n in names)))
    tap = Tap()
    errors = []
    if len(rows) < 2:
        errors.append("only %d area(s) in the sidebar" % len(rows))
    if not names or names[0] != "Overview":
        errors.append("the first area is %r, not 'Overview'" % (names[0] if names else None))
    if not all(names):
        errors.append("a sidebar row has no name: %r" % names)
    tap.result(not errors, "sidebar lists %d areas: %s" % (len(rows), ", ".join(names)), errors)

    for index, expected in enumerate(names):
        visit_area(tap, app, frame, origin, index, expected, args.dump)
        for opener in DIALOGS.get(expected, []):
            check_dialog(tap, app, frame, expected, opener)

    check_menu(tap, app, frame, args.pid)

    diag("%d of %d failed; walk took %.1f s" % (tap.failed, tap.n, time.monotonic() - start))
    sys.stdout.flush()
    os._exit(1 if tap.failed else 0)


if __name__ == "__main__":
    main()
