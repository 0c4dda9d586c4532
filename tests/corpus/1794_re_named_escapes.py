# re patterns with \N{name} escapes (any case, in sets), and re.error for unknown or malformed names
import re
for p in [r'\N{EM DASH}+', r'[\N{GREEK SMALL LETTER ALPHA}-\N{greek small letter omega}]+', r'\N{nope}', r'\N{', r'\Nx', r'\N{}', '\\N{LATIN SMALL LETTER A}b', r'x\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}']:
    try:
        print(re.findall(p, 'a—— αβγ ab'))
    except re.error as e:
        print('error', e, e.pos)
try:
    re.compile(rb'\N{EM DASH}')
except re.error as e:
    print('error', e)
