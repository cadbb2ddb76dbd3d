#!/usr/bin/env python3
"""After merging branches that each ran lupdate: fills the unfinished messages of a .ts file
with the finished translations another version of it holds (same source text), e.g.
    git show other-branch:translations/skydraft_ko.ts > /tmp/other.ts
    python3 scripts/merge-translations.py translations/skydraft_ko.ts /tmp/other.ts
Plural messages keep all their forms. Prints how many were filled and what is still unfinished."""
import re
import sys

MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
target_path, other_paths = sys.argv[1], sys.argv[2:]
known = {}
for path in other_paths:
    for m in MESSAGE.finditer(open(path, encoding="utf-8").read()):
        body = m.group(0)
        if 'type="unfinished"' in body or 'type="vanished"' in body or 'type="obsolete"' in body:
            continue
        src = re.search(r"<source>(.*?)</source>", body, re.S)
        tr = re.search(r"<translation>.*?</translation>", body, re.S)
        if src and tr:
            known.setdefault(src.group(1), tr.group(0))

filled, missing = 0, []


def fill(m):
    global filled
    body = m.group(0)
    if 'type="unfinished"' not in body:
        return body
    src = re.search(r"<source>(.*?)</source>", body, re.S).group(1)
    if src not in known:
        missing.append(src)
        return body
    filled += 1
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: known[src], body, flags=re.S)


text = MESSAGE.sub(fill, open(target_path, encoding="utf-8").read())
open(target_path, "w", encoding="utf-8").write(text)
for s in missing:
    print("unfinished:", s)
print(f"{filled} filled, {len(missing)} unfinished")
