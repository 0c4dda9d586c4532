# A __hash__ that calls object.__hash__ or super().__hash__() gets the builtin kind's hash (was RecursionError).
from decimal import Decimal
from fractions import Fraction
class A:
    def __hash__(self): return object.__hash__(self) + 0
a = A()
print(hash(a) == object.__hash__(a), len({a, a, A()}))
class B:
    def __eq__(self, o): return self is o
    def __hash__(self): return super().__hash__()
b = B()
print(hash(b) == object.__hash__(b), len({b, b, B()}))
class F(frozenset):
    def __hash__(self): return super().__hash__()
print(hash(F({1})) == hash(frozenset({1})), F({1}) in {frozenset({1})})
class I(int):
    def __hash__(self): return super().__hash__() + 1
print(hash(I(5)), int.__hash__(I(5)), {I(5): 'a'}.get(5))
class S(str):
    def __hash__(self): return str.__hash__(self)
print(hash(S('x')) == hash('x'), {S('x'): 1}['x'])
class T(tuple):
    def __hash__(self): return tuple.__hash__(self) ^ 1
print(hash(T((1, 2))) == hash((1, 2)) ^ 1)
class C(complex):
    def __hash__(self): return super().__hash__()
print(hash(C(1, 0)) == hash(1))
class Y(bytes):
    def __hash__(self): return bytes.__hash__(self)
print(hash(Y(b'ab')) == hash(b'ab'))
print(hash(Decimal('1.5')) == hash(1.5), hash(Fraction(1, 2)) == hash(0.5))
try:
    print(hash(Decimal('NaN')) != 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(object.__hash__(b) == hash(b), type(object.__hash__(b)))
