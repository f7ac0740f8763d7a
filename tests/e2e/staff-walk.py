#!/usr/bin/python3
# staff-walk.py: sign in to the running `embassy --staff` as a screen reader
# user would (AT-SPI), acknowledge an item, nominate a colleague, and sign out.
#
# Finds the employee by number in the sign-in's search entry, chooses them
# from the list, types the PIN, opens "To Acknowledge" and presses the first
# "Acknowledge “…”" button; then asks a second process (staff-helper, the
# model layer on the same database file) whether the acknowledgement is
# recorded. In Recognition it opens the Nominate dialog, finds a colleague
# (staff-helper's choice) by number and takes them with Return, chooses the
# value by keyboard (Alt+V opens the row's choices, Down, Return), types a
# story with a word of this run, presses the button named "Send" and asks
# staff-helper whether that nomination is stored, by whom and of whom.
# Last it signs out and checks that the person's name is nowhere in the
# accessibility tree. Prints TAP; run by run-staff.sh.
#
# Under Xvfb, the keys go wherever the X focus is: each key is pressed once
# the accessibility tree shows that the one before took effect (a key sent
# while a popover maps is lost), and pressed again if it shows nothing.
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


def switch_to(frame, origin, title):
    """Presses the view switcher's tab @title; returns it, or None.

    The header holds a wide and a narrow switcher (AdwViewSwitcherTitle
    squeezes one away without hiding it from AT-SPI): the one to press is
    the one inside the window.
    """
    frame_ext = aw.extents(frame)
    is_tab = named(aw.BUTTON_ROLES | {pyatspi.ROLE_PAGE_TAB}, title)

    def inside(acc):
        ext = aw.extents(acc)
        return ext is not None and ext[0] >= 0 and ext[0] + ext[2] <= frame_ext[2]
    tab = wait_showing(frame, lambda n: is_tab(n) and inside(n.acc.parent))
    if tab is not None:
        aw.click_centre(tab.ext, origin)
    return tab


def find_window(app, title):
    aw.clear_cache(app)
    return next((w for w in aw.children(app)
                 if aw.role_of(w) == pyatspi.ROLE_FRAME and aw.name_of(w) == title and
                 aw.has_area(aw.extents(w))), None)


def has_state(acc, state):
    states = aw.safe(acc.getState)
    return bool(states and states.contains(state))


def labels_in(acc):
    return [n.name for n in aw.walk(acc) if n.role == pyatspi.ROLE_LABEL]


def press_until(key, done, tries=3):
    """Presses @key until done() holds (each try waits a third of a step):
    under load a key can reach GTK before the widget that takes it has
    the focus. Returns what done() returned, or None."""
    for _ in range(tries):
        xdotool("key", key)
        result = aw.poll(done, STEP / tries)
        if result:
            return result
    return None


def choose_next(combo, mnemonic):
    """Opens the choices of the combo row @combo with its @mnemonic, moves
    down one choice and takes it, by keyboard; returns the choice's text, or
    None.

    GTK 4.8 puts the open popover's list under the row, as list items whose
    label is the choice; the one with the focus is the one Return takes.
    Each key is pressed once the previous one has shown its effect.
    """
    def focused_item():
        aw.clear_cache(combo)
        return next((n for n in aw.walk(combo) if n.role == pyatspi.ROLE_LIST_ITEM and
                     has_state(n.acc, pyatspi.STATE_FOCUSED)), None)
    first = press_until(mnemonic, focused_item)
    if first is None:
        return None
    before = labels_in(first.acc)

    def moved_on():
        item = focused_item()
        return item if item is not None and labels_in(item.acc) != before else None
    moved = press_until("Down", moved_on)
    if not moved or not labels_in(moved.acc):
        return None
    choice = labels_in(moved.acc)[0]
    xdotool("key", "Return")
    return choice


def nominate(tap, args, app, frame, origin):
    """Recognition: nominate a colleague by keyboard, as a screen reader
    user would, and have another process find the nomination."""
    found = helper(args, "colleague", args.number)
    colleague = found.stdout.strip().split("\t")
    tap.require(found.returncode == 0 and len(colleague) == 2,
                "the demo organisation has a colleague to nominate")
    number, name = colleague
    # A story no other run or demo nomination has.
    words = "walk%d" % os.getpid()
    story = "Stayed until the card was replaced (%s)." % words
    tap.result(helper(args, "has-nominated", args.number, words, number).returncode == 1,
               "another process finds no nomination %r before it is sent" % words)

    tap.require(switch_to(frame, origin, "Recognition"),
                "the view switcher offers Recognition", frame)
    # One walk finds both: the window's tree is large.
    is_button = named({pyatspi.ROLE_PUSH_BUTTON}, "Nominate a Colleague or a Team\u2026",
                      exact=True)
    is_mine = named(aw.LIST_ROLES, "My Nominations", exact=True)
    def both():
        nodes = aw.walk(frame)
        found = [next((n for n in nodes if test(n)), None) for test in (is_button, is_mine)]
        return all(found) and found
    found = aw.poll(both, STEP)
    tap.require(found, "Recognition has a named Nominate button and My Nominations", frame)
    button, mine = found
    if not aw.do_action(button.acc, "click"):
        aw.click_centre(button.ext, origin)
    dialog = aw.poll(lambda: find_window(app, "Nominate"), STEP)
    tap.require(dialog, "Nominate opens its dialog")
    at = aw.window_origin(args.pid, aw.extents(dialog))

    # The colleague: search by number, Return takes the first match.
    entry = wait_showing(dialog, named({pyatspi.ROLE_ENTRY}, "Search the colleague to nominate",
                                       exact=True))
    tap.require(entry, "the colleague search is named", dialog)
    aw.click_centre(entry.ext, at)
    xdotool("type", "--delay", "60", number)
    # The list follows the search a moment later: Return is pressed once
    # the colleague is the first match, not while a shorter search shows.
    def first_match():
        matches = showing(dialog, named(aw.LIST_ROLES, "Colleagues found", exact=True))
        items = [n for n in aw.walk(matches.acc) if n.role == pyatspi.ROLE_LIST_ITEM] \
            if matches else []
        return items and name in items[0].name
    tap.require(aw.poll(first_match, STEP), "searching %s finds %s first" % (number, name),
                dialog)
    xdotool("key", "Return")
    chosen = wait_showing(dialog, named({pyatspi.ROLE_LABEL}, "Nominating %s" % name, exact=True))
    tap.require(chosen, "Return chooses %s" % name, dialog)

    # The value: its row's mnemonic opens the choices; Down, Return.
    combo = wait_showing(dialog, named({pyatspi.ROLE_COMBO_BOX}, "Value shown", exact=True))
    tap.require(combo, "the value is a named combo row", dialog)
    value = choose_next(combo.acc, "alt+v")
    tap.require(value, "Alt+V, Down and Return choose a value", dialog)
    def value_shown():
        # The popover closed (no choice has the focus) and the row shows it.
        aw.clear_cache(combo.acc)
        nodes = aw.walk(combo.acc)
        return (not any(n.role == pyatspi.ROLE_LIST_ITEM and
                        has_state(n.acc, pyatspi.STATE_FOCUSED) for n in nodes) and
                any(n.role == pyatspi.ROLE_LABEL and n.name == value for n in nodes))
    tap.result(aw.poll(value_shown, STEP), "the value row shows %r" % value)

    # The story.
    text = wait_showing(dialog, named({pyatspi.ROLE_TEXT}, "Story", exact=True))
    tap.require(text, "the story is a named text", dialog)
    aw.click_centre(text.ext, at)
    xdotool("type", "--delay", "20", story)
    typed = aw.poll(lambda: aw.safe(lambda: text.acc.queryText().getText(0, -1)) == story, STEP)
    tap.require(typed, "the story is typed", dialog)
    aw.screenshot("staff-e2e-nominate", args.pid, popups=True)
    all_named(tap, dialog, "the nomination")

    send = wait_showing(dialog, named(aw.BUTTON_ROLES, "Send", exact=True))
    tap.require(send, "the Send button is named Send for screen readers", dialog)
    if not aw.do_action(send.acc, "click"):
        xdotool("key", "ctrl+Return")
    closed = aw.poll(lambda: find_window(app, "Nominate") is None, STEP)
    tap.require(closed, "Send sends the nomination and closes the dialog", dialog)
    def story_listed():
        aw.clear_cache(mine.acc)
        return showing(mine.acc, lambda n: n.role == pyatspi.ROLE_LABEL and words in n.name)
    listed = aw.poll(story_listed, STEP)
    tap.result(listed, "My Nominations lists the story")
    aw.screenshot("staff-e2e-nominated", args.pid)
    recorded = aw.poll(lambda: helper(args, "has-nominated", args.number, words,
                                      number).returncode == 0, STEP)
    tap.result(recorded, "another process finds the nomination of %s in the database" % name)


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
    tap.require(switch_to(frame, origin, "To Acknowledge"),
                "the view switcher offers To Acknowledge", frame)
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

    nominate(tap, args, app, frame, origin)

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
