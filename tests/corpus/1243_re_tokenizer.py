# A tokenizer with named groups and lastgroup, the classic re recipe.
import re

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
master = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
print(master.groups, list(master.groupindex.items())[:3])

code = '''total := price * 3.5 + tax;
if x then y := (a - b) / 2;
oops $ 12'''

line = 1
line_start = 0
for mo in master.finditer(code):
    kind = mo.lastgroup
    value = mo.group()
    column = mo.start() - line_start
    if kind == 'NUMBER':
        value = float(value) if '.' in value else int(value)
    elif kind == 'NEWLINE':
        line_start = mo.end()
        line += 1
        continue
    elif kind == 'SKIP':
        continue
    print(f'{kind:8} {value!r:10} line={line} col={column} lastindex={mo.lastindex}')

scanner = master.scanner('a := 1;')
print(scanner.match(), scanner.match(), scanner.search().group())
