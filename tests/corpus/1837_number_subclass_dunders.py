# round(), divmod(), three-argument pow(), math.floor/ceil/trunc, int() and float() call what a class derived from
# int or float defines (__round__, __divmod__/__rdivmod__, __pow__, __floor__..., __int__, __float__), as python3 does.
import math
class I(int):
    def __round__(s, n=None): return "I.round"
    def __divmod__(s, o): return "I.divmod"
    def __rdivmod__(s, o): return "I.rdivmod"
    def __pow__(s, o, m=None): return "I.pow"
    def __floor__(s): return "I.floor"
    def __int__(s): return 100
    def __float__(s): return 300.0
class F(float):
    def __round__(s, n=None): return "F.round"
    def __floor__(s): return "F.floor"
    def __ceil__(s): return "F.ceil"
    def __trunc__(s): return "F.trunc"
    def __float__(s): return 100.0
    def __rdivmod__(s, o): return "F.rdivmod"
for label, f in [("round", lambda: (round(I(5)), round(F(1.5)), round(I(5), 1))),
                 ("divmod", lambda: (divmod(I(7), 2), divmod(7, I(2)), divmod(7, F(2)), divmod(7.0, F(2)))),
                 ("pow", lambda: (pow(I(2), 3, 5), pow(I(2), 3), I(2) ** 3)),
                 ("math", lambda: (math.floor(F(1.5)), math.ceil(F(1.5)), math.trunc(F(1.5)), math.floor(I(3)))),
                 ("conv", lambda: (float(F(1.5)), int(I(2)), float(I(2)), "%f" % I(2), math.sqrt(I(4))))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        return Money(self.cents // n), Money(self.cents % n)

    def __rdivmod__(self, n):
        return NotImplemented

    def __round__(self, nd=None):
        return Money(round(self.cents, -2))

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1005), 4), round(Money(1051)), divmod(True, 2), divmod(7.5, 2), divmod(-7, 2))
try:
    divmod(3, Money(1))
except TypeError as e:
    print(e)


class NoDivmod(int):
    def __divmod__(self, other):
        return NotImplemented


class Base(int):
    def __rdivmod__(self, other):
        return "Base.rdivmod"


class Child(Base):
    pass


for a, b in [(NoDivmod(7), NoDivmod(2)), (NoDivmod(7), 2), (Base(7), Child(2)), (7, Child(2)), (7.5, Base(2))]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(e)
