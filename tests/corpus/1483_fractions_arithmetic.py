# fractions.Fraction: construction, arithmetic with ints/floats/complex, comparisons, hashing, rounding, errors.
from fractions import Fraction
import math
import sys

print(Fraction(3, 4), Fraction(6, -8), Fraction(0, 5), Fraction(7), Fraction())
print(repr(Fraction(3, 4)), [Fraction(1, 3), Fraction(2)], str(Fraction(10, 5)))
print(Fraction("3/4"), Fraction("1.5"), Fraction("-0.125"), Fraction(" 22/7\n"), Fraction("1e-3"), Fraction("2.5E2"))
print(Fraction(0.1), Fraction(1.5), Fraction(-2.75), Fraction(1e20), Fraction(5e-324).denominator.bit_length())
print(Fraction(Fraction(1, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(True), Fraction(3, True))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())

print("--- arithmetic")
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a - 1.0, 2.0 // a, a % 0.1)
print(a + 1j, 1j * a, a ** 2, a ** -2, a ** 0, Fraction(-2, 3) ** 3, Fraction(-2, 3) ** -3)
print(Fraction(4, 9) ** Fraction(1, 2), Fraction(4, 9) ** 0.5, 2 ** Fraction(3), 2 ** Fraction(-1), 4 ** Fraction(1, 2))
print(Fraction(-8) ** Fraction(1, 3), Fraction(1, 2) ** Fraction(2))
total = sum(Fraction(1, n) for n in range(1, 11))
print(total, float(total), sum([Fraction(1, 10)] * 10), 0.1 * 10 == 1, sum([Fraction(1, 10)] * 10) == 1)
print(math.fsum([0.1] * 10), Fraction(0.1) * 10 == 1)

print("--- conversions and rounding")
x = Fraction(7, 2)
print(int(x), int(-x), float(x), complex(x), bool(x), bool(Fraction(0)))
print(math.floor(x), math.ceil(x), math.trunc(-x), math.floor(-x), math.ceil(-x))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(13, 10)))
print(round(Fraction(1, 3), 2), round(Fraction(2, 3), 0), round(Fraction(12345, 7), -2), round(Fraction(1, 8), 2))
print(type(round(x)).__name__, type(round(x, 1)).__name__, type(x // 1).__name__, type(x % 1).__name__)
print(float(Fraction(10**400, 3 * 10**399)), float(Fraction(1, 3)), Fraction(1, 3) * 3 == 1)

print("--- comparisons and hashing")
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2, 1) == 2, Fraction(1, 2) == Fraction(2, 4))
print(Fraction(1, 2) < Fraction(2, 3), Fraction(1, 2) >= 0.5, 1 > Fraction(1, 2), 0.75 <= Fraction(3, 4))
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) > float("-inf"), Fraction(1, 2) == float("nan"), Fraction(1, 2) < float("nan"))
print(Fraction(1, 2) == complex(0.5, 0), Fraction(1, 2) == complex(0.5, 1), Fraction(1, 2) != "1/2")
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(-1)), hash(Fraction(1, 3)))
print(hash(Fraction(-7, 3)), hash(Fraction(2**61 - 1, 2**61 - 1)), hash(Fraction(1, 2**61 - 1)))
print({Fraction(1, 2): "half", 0.5: "float half", 1: "one", Fraction(1): "fraction one"})
print(sorted([Fraction(2, 3), 0.5, 1, Fraction(-1, 4), 0]), max(Fraction(1, 3), 0.3), min(Fraction(1, 3), 0.34))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), Fraction(3, 4) in [0.75], 0.75 in {Fraction(3, 4)})

print("--- limit_denominator")
print(Fraction(math.pi).limit_denominator(10), Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator())
print(Fraction("3.14159").limit_denominator(1000), Fraction(1, 3).limit_denominator(2), Fraction(0.1).limit_denominator())
print(Fraction(-math.e).limit_denominator(50), Fraction(5, 7).limit_denominator(7), Fraction(1, 2).limit_denominator(1))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(2.5).limit_denominator(1))

print("--- sizes and identity")
print(sys.getsizeof(Fraction(1, 2)), sys.getsizeof(Fraction(10**30, 3)), type(Fraction(1, 2)).__name__, Fraction.__module__)
print(Fraction.__slots__, Fraction(3, 4).__class__ is Fraction, isinstance(Fraction(1), Fraction))
print(f"{Fraction(3, 8)}", "{}".format(Fraction(5, 1)), "%s and %r" % (Fraction(1, 9), Fraction(1, 9)))

print("--- seeded random operands: ints, Fractions, floats")
import operator
import random
rng = random.Random(11)
def num():
    k = rng.randint(0, 3)
    if k == 0: return rng.randint(-50, 50)
    if k == 1: return Fraction(rng.randint(-50, 50), rng.randint(1, 30))
    if k == 2: return rng.uniform(-100, 100)
    return round(rng.uniform(-10, 10), rng.randint(0, 3))
for i in range(80):
    a, b = num(), num()
    out = []
    for op in ("add", "sub", "mul", "truediv", "floordiv", "mod", "lt", "eq", "pow"):
        try:
            if op == "pow":
                b2 = rng.randint(-3, 3) if rng.random() < 0.7 else b
                r = a ** b2
            else:
                r = getattr(operator, op)(a, b)
        except Exception as e:
            r = type(e).__name__ + str(e)
        out.append(r)
    print(repr(a), repr(b), out, hash(a) if not isinstance(a, float) else "", round(a, 2) if isinstance(a, Fraction) else "")
for i in range(25):
    x = Fraction(rng.randint(1, 10**8), rng.randint(1, 10**8))
    print(x.limit_denominator(rng.randint(1, 1000)), Fraction(str(round(rng.uniform(-1e5, 1e5), 5))), Fraction(rng.uniform(-1, 1)))
