# re.error in detail: message, pattern, position, line and column; the errors that are not re.error.
import re

patterns = ['abc(', 'x{2,1}', '[b-a]', '(?P<n>a)(?P<n>b)', 'a\n  b\n  (?P<', '(?<=a*)b', '\\', '(?P=x)',
            '(?i', '(?-:a)', 'a{,4294967296}', '*', '(?#no end', '[', 'a)', r'\x4g', r'\u12', r'\U00110000',
            '(?ia)', '(?:a|b', '(a)(?(2)b)', r'(a)|\2', '(?<!a|bc)x', '(?>)', 'a++*']
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p, e.args)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)
try:
    re.compile('(')
except Exception as e:
    print(isinstance(e, re.error), isinstance(e, Exception), type(e).__name__, type(e).__module__)
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
for args in [('a', 5), (5, 'a'), ('a', None), ('a', ['a'])]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for flags in [re.L, re.A | re.U]:
    try:
        re.compile('a', flags)
    except ValueError as e:
        print('ValueError', e)
