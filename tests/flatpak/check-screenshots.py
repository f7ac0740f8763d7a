#!/usr/bin/env python3
# Copyright The Embassy developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-screenshots.py SOURCE_ROOT

Checks offline what `appstreamcli validate --no-net` cannot: every
<screenshot> of the metainfo has a caption and one image whose URL is the
public raw URL of a PNG file of data/screenshots, of the width and height the
metainfo says, at most MAX_WIDTH × MAX_HEIGHT and MAX_BYTES; every PNG file of
data/screenshots is shown by one screenshot; exactly one screenshot is the
default.
"""

import os
import struct
import sys
import xml.etree.ElementTree as ET

METAINFO = os.path.join("data", "io.github.embassyapp.Embassy.metainfo.xml.in.in")
FOLDER = os.path.join("data", "screenshots")
URL_BASE = "https://raw.githubusercontent.com/embassyapp/embassy/main/data/screenshots/"
MAX_WIDTH, MAX_HEIGHT = 1280, 800
MAX_BYTES = 300 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def png_size(path):
    """The width and height of a PNG file, read from its IHDR chunk."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != PNG_SIGNATURE or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    tree = ET.parse(os.path.join(root, METAINFO))
    screenshots = tree.getroot().findall("./screenshots/screenshot")
    if not screenshots:
        fail("the metainfo has no screenshots")
    defaults = [s for s in screenshots if s.get("type") == "default"]
    if len(defaults) != 1:
        fail("%d screenshots are the default, not one" % len(defaults))

    shown = set()
    for index, screenshot in enumerate(screenshots, 1):
        caption = screenshot.find("caption")
        if caption is None or not (caption.text or "").strip():
            fail("screenshot %d has no caption" % index)
        images = screenshot.findall("image")
        if len(images) != 1:
            fail("screenshot %d has %d images, not one" % (index, len(images)))
            continue
        image = images[0]
        url = (image.text or "").strip()
        if not url.startswith(URL_BASE) or not url.endswith(".png"):
            fail("screenshot %d: %s is not a PNG file under %s" % (index, url, URL_BASE))
            continue
        name = url[len(URL_BASE):]
        path = os.path.join(root, FOLDER, name)
        if name in shown:
            fail("screenshot %d shows %s again" % (index, name))
        shown.add(name)
        if not os.path.isfile(path):
            fail("screenshot %d: %s is not in %s" % (index, name, FOLDER))
            continue
        size = png_size(path)
        if size is None:
            fail("%s is not a PNG file" % name)
            continue
        width, height = size
        if (str(width), str(height)) != (image.get("width"), image.get("height")):
            fail("%s is %d×%d, the metainfo says %s×%s"
                 % (name, width, height, image.get("width"), image.get("height")))
        if width > MAX_WIDTH or height > MAX_HEIGHT:
            fail("%s is %d×%d, larger than %d×%d" % (name, width, height, MAX_WIDTH, MAX_HEIGHT))
        length = os.path.getsize(path)
        if length > MAX_BYTES:
            fail("%s has %d bytes, more than %d" % (name, length, MAX_BYTES))
        print("ok: %s, %d×%d, %d KiB: %s" % (name, width, height, length // 1024,
                                             (caption.text or "").strip() if caption is not None else ""))

    for name in sorted(os.listdir(os.path.join(root, FOLDER))):
        if name.endswith(".png") and name not in shown:
            fail("%s of %s is shown by no screenshot of the metainfo" % (name, FOLDER))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
