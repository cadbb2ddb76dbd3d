#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a table of source -> translation.

Usage: scripts/fill-translations.py translations/skydraft_ko.ts TABLE.tsv
TABLE.tsv: one message a line, source<TAB>translation (numerus forms separated by ' || ').
Only messages still marked unfinished are touched, so it is safe to run after lupdate.
"""
import html
import re
import sys


def main(ts_path, table_path):
    table = {}
    with open(table_path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            src, tr = line.split('\t', 1)
            table[src.replace('\\n', '\n')] = tr.replace('\\n', '\n')
    text = open(ts_path, encoding='utf-8').read()
    filled = 0

    def replace(m):
        nonlocal filled
        numerus, src_xml = m.group(1), m.group(2)
        src = html.unescape(src_xml)
        if src not in table:
            return m.group(0)
        forms = table[src].split(' || ')
        esc = lambda t: html.escape(t, quote=False).replace('"', '&quot;').replace("'", '&apos;')
        if numerus:
            body = ''.join('\n            <numerusform>%s</numerusform>' % esc(x) for x in forms) + '\n        '
        else:
            body = esc(forms[0])
        filled += 1
        return '<message%s>\n        <source>%s</source>\n        <translation>%s</translation>' % (numerus or '', src_xml, body)

    pattern = re.compile(r'<message( numerus="yes")?>\s*<source>((?:(?!</source>).)*)</source>\s*'
                         r'<translation type="unfinished">(?:(?!</translation>).)*</translation>', re.S)
    text = pattern.sub(replace, text)
    open(ts_path, 'w', encoding='utf-8').write(text)
    print('%s: filled %d message(s)' % (ts_path, filled))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
