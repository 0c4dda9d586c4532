import numbers
from fractions import Fraction
import math
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, sorted(c.__abstractmethods__), c.__mro__, c.__module__, c.__hash__)
print(numbers.__all__)
values = [1, True, 1.5, 2j, Fraction(1, 3), "1", None, float("nan")]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Integral))
class Celsius(numbers.Real):
    pass
try:
    Celsius()
except TypeError as e:
    print(e)
class Digit(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"Digit({self.v})"
    def __add__(self, o): return Digit(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Digit(-self.v)
    def __pos__(self): return Digit(self.v)
    def __abs__(self): return Digit(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __mul__(self, o): return Digit(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return Digit(self.v // int(o))
    def __rfloordiv__(self, o): return Digit(int(o) // self.v)
    def __mod__(self, o): return Digit(self.v % int(o))
    def __rmod__(self, o): return Digit(int(o) % self.v)
    def __pow__(self, e, m=None): return Digit(pow(self.v, int(e), m))
    def __rpow__(self, b): return Digit(int(b) ** self.v)
    def __lshift__(self, o): return Digit(self.v << int(o))
    def __rlshift__(self, o): return Digit(int(o) << self.v)
    def __rshift__(self, o): return Digit(self.v >> int(o))
    def __rrshift__(self, o): return Digit(int(o) >> self.v)
    def __and__(self, o): return Digit(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Digit(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Digit(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Digit(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
d = Digit(7)
print(d, float(d), complex(d), d.real, d.imag, d.conjugate(), d.numerator, d.denominator, bool(d), bool(Digit(0)))
print(d - 2, 10 - d, divmod(d, 2), divmod(20, d), [10, 20, 30, 40, 50, 60, 70, 80][d], hex(d), d.__index__())
print(isinstance(d, numbers.Rational), isinstance(d, int), math.floor(d))
try:
    hash(d)
except TypeError as e:
    print(e)
def describe(x):
    if isinstance(x, numbers.Integral): return "integral"
    if isinstance(x, numbers.Rational): return "rational"
    if isinstance(x, numbers.Real): return "real"
    if isinstance(x, numbers.Complex): return "complex"
    return "not a number"
print([describe(v) for v in values])
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = __mul__ = lambda *a: 0
    __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = __round__ = __rpow__ = lambda *a: 0
    __rtruediv__ = __truediv__ = __trunc__ = lambda *a: 0
print(float(Half()), Half().real)
numbers.Number.register(str)
print(isinstance("x", numbers.Number), isinstance("x", numbers.Complex))
print("--- hex, bin and oct take __index__")
class Seven:
    def __index__(self):
        return 7
print(hex(Seven()), bin(Seven()), oct(Seven()), hex(-255), bin(True))
class Wrong:
    def __index__(self):
        return "7"
for value in (Wrong(), 1.5, "x", None):
    try:
        hex(value)
    except TypeError as e:
        print(e)
print("--- Fraction registered after numbers, and before")
import sys
print(issubclass(Fraction, numbers.Rational), isinstance(Fraction(3, 4), numbers.Number), Fraction(3, 4).real)
print(type(numbers.Real).__name__, sys.getrefcount(numbers.Integral) > 1, numbers.Integral.__subclasses__())
