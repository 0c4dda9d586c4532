# Edge semantics a probe of 60 programs found different (each fails on the code before): None | None, str % a
# mapping-like argument, slice comparisons, format()'s spec type, Argument Clinic's 'not None' in messages,
# __str__ named when __repr__ returns no str, dict |= any iterable of pairs, bytes()'s argument checks first.
try: print(None | None)
except TypeError as e: print('TypeError', e)
print(int | None, None | int)
print('ab' % b'xy', 'ab' % bytearray(b'x'), 'ab' % memoryview(b'z'), 'ab' % [1], 'ab' % range(3), 'ab' % {'k': 1})
for args in (b'xy', 5, 'q', (1,)):
    try:
        print('ab' % args)
    except TypeError as e:
        print('TypeError', e)
print(b'ab' % {})
for args in (b'xy', bytearray(b'x'), [1], {'a': 1}):
    try:
        print(b'ab' % args)
    except TypeError as e:
        print('TypeError', e)
print('%(a)s' % {'a': 1})
s = slice(1, 2)
print(slice(1, 2) == slice(1, 2), slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 3), s == s, s <= s, s < s)
print(slice(1, 2) < slice(1, 3), slice(0, 5) > slice(0, 4, 1), slice(None) == slice(None, None), slice(1, 'a') == slice(1, 'a'))
print(sorted([slice(3, 1), slice(1, 2), slice(1, 1)]))
try:
    print(slice(1, None) < slice(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    print(slice(1, 2) < 5)
except TypeError as e:
    print('TypeError', e)
print(slice(1, 2) == (1, 2, None), slice(1, 2) in [slice(1, 2)])
from collections import OrderedDict, defaultdict
d = {'a': 1}
d |= [('z', 26)]
print(d)
d |= (kv for kv in [('g', 7)])
print(d)
class M:
    def keys(self): return ['m']
    def __getitem__(self, k): return k * 2
d |= M()
print(d)
for bad in (5, [1, 2], ['abc']):
    try:
        d |= bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(d | [('q', 1)])
except TypeError as e:
    print('TypeError', e)
o = OrderedDict(a=1)
o |= [('b', 2)]
print(o)
dd = defaultdict(int)
dd |= {'x': 1}
dd |= [('y', 2)]
print(dd)
for f in (lambda: bytes(5, None), lambda: bytes(5, 'utf-8'), lambda: bytearray(None, None), lambda: bytes(errors=5)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

try: print(repr(format('x', 1)))
except Exception as e: print(type(e).__name__, e)
class R:
    def __repr__(self): return 5
try: str(R())
except TypeError as e: print(e)
try: print(R())
except TypeError as e: print(e)
try: f'{R()}'
except TypeError as e: print(e)

import sys, types, time, unicodedata, io
cases = [
    lambda: super(None), lambda: type('x', None, {}), lambda: type(None, (), {}), lambda: type('x', (), None),
    lambda: BaseExceptionGroup(None, [ValueError()]), lambda: types.MappingProxyType(None),
    lambda: sys.stdout.write(None), lambda: int.__format__(1, None), lambda: memoryview(b'').cast(None),
    lambda: bytes.fromhex(None), lambda: str.maketrans('a', 'b', None), lambda: float.__getformat__(None),
    lambda: 'a'.startswith(None), lambda: unicodedata.name(None), lambda: time.strftime(None),
    lambda: open('/tmp/x', None), lambda: io.StringIO().write(None), lambda: sys.intern(None),
    lambda: 'a'.center(3, None), lambda: object().__format__(None), lambda: (1).to_bytes(1, None),
    lambda: int.from_bytes(b'a', None), lambda: b'a'.decode(None), lambda: b'a'.decode('utf-8', None),
    lambda: bytes('a', None), lambda: bytearray('a', 'utf-8', None), lambda: 'a'.replace('a', None),
    lambda: 'a'.removesuffix(None), lambda: 'a'.split(None, None), lambda: 'abc'.strip(5),
    lambda: 'a'.join([None]), lambda: 'a' + None, lambda: float(None), lambda: [][None],
    lambda: print(*None), lambda: 'a'.count(None), lambda: 'a'.find(None), lambda: 'a'.partition(None),
    lambda: 'a'.encode(None), lambda: 'a'.encode('utf-8', None), lambda: str(b'x', 'utf-8', None),
    lambda: time.get_clock_info(None), lambda: format(1.5, None), lambda: '{}'.format_map(None),
    lambda: 'a'.zfill(None), lambda: 'a'.expandtabs(None), lambda: 'ab'.ljust(5, 'xy'),
]
for c in cases:
    try:
        c()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
