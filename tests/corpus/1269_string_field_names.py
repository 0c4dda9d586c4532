# _string.formatter_field_name_split and the iterator types string.Formatter relies on.
import _string
for s in ['a', '0', 'a.b[0][x].c', 'a.', 'a[', 'a[]', 'a[0]x', '', '.x', '[1]', '01', 'a..b', '-1', 'a[-1]']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(type(_string.formatter_parser('')), type(_string.formatter_field_name_split('a')[1]))
it = _string.formatter_parser('a{b}c{{')
print(next(it), next(it), next(it, 'end'), list(it))
bad = _string.formatter_parser('ok}}x{')
print(next(bad))
try:
    next(bad)
except ValueError as e:
    print('ValueError', e)
try:
    _string.formatter_parser(5)
except TypeError as e:
    print('TypeError')
