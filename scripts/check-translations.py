#!/usr/bin/env python3
"""Checks translations/skydraft_ko.ts: every message translated, the same %N placeholders as
its source, and no entity escaped twice (&amp;quot; shows as &quot; on screen).
A test (tests/CMakeLists.txt: check_translations); prints each problem, exit 1 when any."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ts = Path(__file__).resolve().parent.parent / "translations" / "skydraft_ko.ts"
problems = []
for message in ET.parse(ts).iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"unfinished: {source[:80]!r}")
        continue
    forms = [n.text or "" for n in translation.findall("numerusform")] or [translation.text or ""]
    for text in forms:
        if not text.strip():
            problems.append(f"empty: {source[:80]!r}")
        if sorted(set(re.findall(r"%L?\d", source))) != sorted(set(re.findall(r"%L?\d", text))):
            problems.append(f"placeholders differ: {source[:80]!r} -> {text[:80]!r}")
        for entity in ("&quot;", "&amp;", "&lt;", "&gt;", "&apos;"):
            if entity in text and entity not in source:
                problems.append(f"escaped twice ({entity}): {text[:80]!r}")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
