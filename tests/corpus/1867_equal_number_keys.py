# Equal numbers are one dict key and one set member whatever their type.
from fractions import Fraction
from decimal import Decimal
import weakref, functools, collections

d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
d[complex(1, 0)] = 'complex'
d[Fraction(1)] = 'fraction'
d[Decimal(1)] = 'decimal'
print(d, len(d))
print({0: 'a', -0.0: 'b', False: 'c'})
big = 2 ** 53
print({big: 1, float(big): 2, big + 1: 3, float(big + 1): 4})
print({-big: 1, float(-big): 2, 2 ** 60: 3, float(2 ** 60): 4})
print({(1, 2): 'a', (1.0, 2): 'b', (True, 2.0): 'c'})
print({frozenset({1, 2}): 'a', frozenset({1.0, 2.0}): 'b'})
print({1, 1.0, True, 2, 2.0, 3})
print(1.0 in {1}, 2 in {2.0}, True in {1: 0}, 1 in {True: 0}, 0.5 in {0})
s = {1, 2, 3}
print(s & {1.0, 2.0}, s | {3.0, 4.0}, s - {2.0}, s ^ {3.0, 5})
print(d.keys() & {1.0}, {1: 'x'}.keys() == {1.0: 'y'}.keys())
print(dict.fromkeys([1, 1.0, True, 2]))
print(collections.Counter([1, 1.0, True, 2, 2.0]))
print({1: 'a'} == {1.0: 'a'}, {1: 'a'} == {True: 'a'})
d2 = {i: i * i for i in range(-5, 5)}
del d2[-5]
del d2[0.0]
print(d2, d2.get(-4.0), d2.pop(4.0, None), d2.pop(4, 'gone'))

@functools.lru_cache(maxsize=None)
def sq(n):
    return n * n

print(sq(3), sq(3.0), sq.cache_info())

class K:
    pass

k = K()
w = weakref.ref(k)
print({w: 1}[weakref.ref(k)])
match {1: 'one', 2: 'two'}:
    case {1.0: a, 2: b}:
        print('matched', a, b)
class C:
    one = 1
    onef = 1.0

try:
    match {1: 'x'}:
        case {C.one: a, C.onef: b}:
            pass
except ValueError as e:
    print(e)
print(sorted({3: 0, -1: 0, 2.5: 0}), list({10: 0, 5: 0, 7: 0}))
print(hash(1), hash(1.0), hash(2 ** 61), {2 ** 61: 'a', 2 ** 61 - 1: 'b', 0: 'c'})
s = {frozenset({1, 2}), frozenset({'a', 'b'})}
print({1, 2} in s, {'a', 'b'} in s, {1.0, 2} in s)
s.discard({1, 2})
print(s)
