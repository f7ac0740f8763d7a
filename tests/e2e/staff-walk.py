#!/usr/bin/python3
# staff-walk.py: sign in to the running `embassy --staff` as a screen reader
# user would (AT-SPI), acknowledge an item, and sign out.
#
# Finds the employee by number in the sign-in's search entry, chooses them
# from the list, types the PIN, opens "To Acknowledge" and presses the first
# "Acknowledge “…”" button; then asks a second process (staff-helper, the
# model layer on the same database file) whether the acknowledgement is
# recorded, signs out and checks that the person's name is nowhere in the
# accessibility tree. Prints TAP; run by run-staff.sh.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import importlib.util
import os
import subprocess
import sys
import threading
import time

import pyatspi

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("a11y_walk", os.path.join(HERE, "a11y-walk.py"))
aw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(aw)

STEP = 20       # seconds for one step to show


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, text):
        self.n += 1
        self.failed += 0 if ok else 1
        print("%s %d - %s" % ("ok" if ok else "not ok", self.n, text))
        sys.stdout.flush()
        return ok

    def require(self, ok, text, frame=None):
        if not self.result(bool(ok), text):
            if frame is not None:
                aw.dump(frame)
            print("1..%d" % self.n)
            sys.exit(1)
        return ok


def showing(frame, test):
    return next((n for n in aw.walk(frame) if test(n)), None)


def wait_showing(frame, test):
    return aw.poll(lambda: showing(frame, test), STEP)


def named(role_set, text, exact=False):
    def test(n):
        if n.role not in role_set:
            return False
        return n.name == text if exact else text in n.name
    return test


def all_named(tap, frame, what):
    """Every showing control of @what has an accessible name."""
    time.sleep(0.6)
    missing = aw.nameless(aw.walk(frame))
    for n in missing:
        aw.diag("\n".join(aw.explain(n)))
    return tap.result(not missing, "every control of %s has a name" % what)


def every_name(acc, out, limit=30000):
    """Every name and text in the tree, hidden nodes included."""
    stack = [acc]
    while stack and len(out) < limit:
        node = stack.pop()
        out.append(aw.name_of(node))
        out.append(aw.safe(lambda: node.description, "") or "")
        text = aw.safe(node.queryText)
        if text is not None:
            out.append(aw.safe(lambda: text.getText(0, -1), "") or "")
        stack.extend(aw.children(node))
    return out


def xdotool(*args):
    return aw.run(["xdotool"] + list(args)) is not None


def helper(args, *rest):
    return subprocess.run([args.helper, args.database] + list(rest), text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--number", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--pin", required=True)
    parser.add_argument("--helper", required=True)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    threading.Thread(target=aw.watchdog, daemon=True).start()
    tap = Tap()

    app = aw.poll(lambda: aw.find_app(args.pid), 60)
    tap.require(app, "the staff view is on the accessibility bus")
    frame = aw.poll(lambda: aw.find_frame(app), 30)
    tap.require(frame and aw.name_of(frame) == "Embassy Staff View",
                "its window is the staff view (%r)" % (frame and aw.name_of(frame)))
    origin = aw.window_origin(args.pid, aw.extents(frame))

    # Find myself by number.
    entry = wait_showing(frame, named(aw.NEEDS_NAME, "Find your name or employee number"))
    tap.require(entry, "the search entry is named", frame)
    aw.click_centre(entry.ext, origin)
    xdotool("type", "--delay", "60", args.number)
    row = wait_showing(frame, lambda n: n.role == pyatspi.ROLE_LIST_ITEM and
                       (args.name in n.name or any(args.name in m.name for m in aw.walk(n.acc))))
    tap.require(row, "searching %s lists %s" % (args.number, args.name), frame)
    aw.screenshot("staff-e2e-search", args.pid)
    all_named(tap, frame, "the search")
    # By keyboard: Down from the search goes to the list, Return chooses.
    xdotool("key", "Down")
    time.sleep(0.3)
    xdotool("key", "Return")

    # The PIN: hidden, named.
    pin = wait_showing(frame, named({pyatspi.ROLE_PASSWORD_TEXT}, "Your PIN"))
    tap.require(pin, "the keyboard chooses the person; the PIN entry is a named password text",
                frame)
    all_named(tap, frame, "the PIN step")
    # The PIN entry has the focus: type at once.
    xdotool("type", "--delay", "60", args.pin)
    xdotool("key", "Return")
    sign_out = wait_showing(frame, named(aw.BUTTON_ROLES, "Sign Out"))
    tap.require(sign_out, "the right PIN signs %s in" % args.name, frame)
    tap.result(showing(frame, lambda n: n.role == pyatspi.ROLE_LABEL and n.name == args.name),
               "my name is shown")
    aw.screenshot("staff-e2e-me", args.pid)
    all_named(tap, frame, "Me")

    # To Acknowledge.
    # The header holds a wide and a narrow switcher (AdwViewSwitcherTitle
    # squeezes one away without hiding it from AT-SPI): the one to press is
    # the one inside the window.
    frame_ext = aw.extents(frame)
    is_tab = named(aw.BUTTON_ROLES | {pyatspi.ROLE_PAGE_TAB}, "To Acknowledge")
    def inside(acc):
        ext = aw.extents(acc)
        return ext is not None and ext[0] >= 0 and ext[0] + ext[2] <= frame_ext[2]
    tab = wait_showing(frame, lambda n: is_tab(n) and inside(n.acc.parent))
    tap.require(tab, "the view switcher offers To Acknowledge", frame)
    aw.click_centre(tab.ext, origin)
    button = wait_showing(frame, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and
                          n.name.startswith("Acknowledge \u201c"))
    tap.require(button, "an item waits with its own Acknowledge button", frame)
    # GTK 4.8 may follow the accessible label with the button's own label.
    title = button.name[len("Acknowledge \u201c"):].rsplit("\u201d", 1)[0]
    aw.screenshot("staff-e2e-to-acknowledge", args.pid)
    all_named(tap, frame, "To Acknowledge")

    before = helper(args, "pending", args.number)
    item = next((line.split("\t") for line in before.stdout.splitlines()
                 if line.split("\t")[2:] == [title]), None)
    tap.require(item, "the item %r is pending in the database" % title)
    if not aw.do_action(button.acc, "click"):
        aw.click_centre(button.ext, origin)

    gone = aw.poll(lambda: not showing(frame, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and
                                       n.name == button.name), STEP)
    tap.result(gone, "its button goes once it is acknowledged")
    recorded = aw.poll(lambda: helper(args, "has-acknowledged", args.number,
                                      item[0], item[1]).returncode == 0, STEP)
    tap.result(recorded, "another process finds the acknowledgement in the database")
    aw.screenshot("staff-e2e-acknowledged", args.pid)

    # Sign out: nothing of me is left (the same walk finds me before).
    tap.result(any(args.name in t for t in every_name(app, [])),
               "the walk of the whole tree finds my name while I am signed in")
    back = None

    # Signing out rebuilds the window's content: look the frame up afresh,
    # past the cache of the accessibility tree.
    def sign_in_shown():
        aw.clear_cache(app)
        current = aw.find_frame(app)
        return current is not None and showing(current, named(aw.NEEDS_NAME,
                                                               "Find your name or employee number"))

    # The button's action, else a click, else its shortcut: under load a
    # first activation can be lost on the way through the bus.
    for attempt in range(3):
        sign_out = wait_showing(frame, named(aw.BUTTON_ROLES, "Sign Out"))
        if sign_out is None:
            # Gone: the last try signed out, later than it was awaited.
            back = aw.poll(sign_in_shown, 8)
            break
        if attempt == 0:
            aw.do_action(sign_out.acc, "click")
        elif attempt == 1:
            aw.click_centre(sign_out.ext, origin)
        else:
            xdotool("key", "ctrl+shift+q")
        back = aw.poll(sign_in_shown, 8)
        if back:
            break
        aw.diag("Sign Out, attempt %d, showed no sign-in" % (attempt + 1))
    tap.require(back, "Sign Out shows the sign-in again", frame)
    time.sleep(1)
    aw.clear_cache(app)
    left = [t for t in every_name(app, []) if args.name in t or args.number in t]
    tap.result(not left, "nothing in the accessibility tree names me after signing out %r" % left[:3])

    print("1..%d" % tap.n)
    sys.exit(1 if tap.failed else 0)


if __name__ == "__main__":
    main()
