# enum: members, lookup by value and name, aliases, auto, Flag combinations, unique, and the refusals.
import sys
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, type(Color.RED), type(Color))
print(Color.__members__, repr(Color))
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'), isinstance(Color.RED, Color))
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.Y.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.W), Perm(6), bool(Perm(0)), repr(Perm(0)), Perm.R & Perm.W)
print(list(Perm.R | Perm.X))
class F(Flag):
    A = auto()
    B = auto()
print(F.A.value, F.B.value, ~F.A)
print(f"{Color.RED}", "%s" % Color.GREEN, Color.RED.__class__.__name__)
print(sys.getsizeof(Color.RED), sys.getrefcount(Color.RED))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color.RED._name_, Color.RED._value_)
class M(Enum):
    A = 1
    def describe(self): return f"{self.name}!"
    @property
    def lower(self): return self.name.lower()
print(M.A.describe(), M.A.lower, M._member_names_)
print(list(reversed(Color)))
try:
    class Sub(Color): pass
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
print(Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)))
print(Color.RED.name, Color.GREEN.value, [c.name for c in Color], Color._member_names_)
print(Perm.R | Perm.W | Perm.X, Perm(7), Perm.W ^ Perm.W, ~Perm.R)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
print(auto(), Color.__members__["CRIMSON"], Color.RED.__class__ is Color)
