#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a Python dictionary file (source text as it
appears in the .ts, XML-escaped -> translation), leaving everything else as it is:
    python3 scripts/fill-translations.py translations/skydraft_ko.ts TABLE.py
Prints the messages still unfinished."""
import re
import sys

ts_path, table_path = sys.argv[1], sys.argv[2]
table = {}
exec(open(table_path, encoding="utf-8").read(), table)
KO = table["KO"]
text = open(ts_path, encoding="utf-8").read()
missing = []


def fill(m):
    body = m.group(0)
    if 'type="unfinished"' not in body:
        return body
    src = re.search(r"<source>(.*?)</source>", body, re.S).group(1)
    if src not in KO:
        missing.append(src)
        return body
    tr = KO[src].replace("&", "&amp;").replace("&amp;amp;", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if 'numerus="yes"' in body:
        filled = f"<translation>\n            <numerusform>{tr}</numerusform>\n        </translation>"
    else:
        filled = f"<translation>{tr}</translation>"
    # A function, not a template: translations may hold backslashes.
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: filled, body, flags=re.S)


text = re.sub(r"<message( numerus=\"yes\")?>.*?</message>", fill, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
for m in missing:
    print("unfinished:", m)
print(f"{len(missing)} unfinished")
