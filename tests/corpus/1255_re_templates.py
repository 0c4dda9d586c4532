# Replacement templates: group references, escapes, octal, and expand() on a match.
import re

m = re.match(r'(?P<first>\w+) (?P<second>\w+) (\w+)', 'one two three')
for template in [r'\1-\2-\3', r'\g<first>/\g<second>', r'\g<0>!', r'\3\2\1', r'\g<3>0', r'\30', r'\n\t|',
                 r'\x', r'\101\0\07', r'a\\b', r'\-\.', r'\g<2>\g<second>', r'', 'plain']:
    try:
        print(repr(template), '->', repr(m.expand(template)))
    except (re.error, IndexError) as e:
        print(repr(template), '!!', type(e).__name__, e)
print(re.sub(r'(\w+)', r'<\1>', 'a bc'), re.sub(r'(\w)(\w)?', r'[\2\1]', 'abc'))
print(re.sub('a', '\\\\', 'banana'), re.sub('a', r'\\\\', 'banana'))
print(re.sub('(?P<x>a)', r'\g<x>\g<x>', 'banana'), re.sub('a', '$0', 'banana'))
for bad in [r'\g<-1>', r'\g<1x>', r'\g<9>', r'\400', r'\12', '\\']:
    try:
        print(re.sub('(a)', bad, 'a'))
    except (re.error, IndexError) as e:
        print(repr(bad), '!!', type(e).__name__, e, e.pos if isinstance(e, re.error) else '')
