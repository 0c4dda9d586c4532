# enum's functional API (Enum('Name', names)) and members made by the enum's own __new__ or the mixed-in type.
from enum import Enum, IntEnum, Flag

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__, Animal.__qualname__)
Color = Enum("Color", ["RED", "GREEN"], start=0)
Pos = IntEnum("Pos", [("X", 10), ("Y", 20)])
Codes = Enum("Codes", {"ok": "200", "missing": "404"}, module="http_codes", qualname="Web.Codes")
Bits = Flag("Bits", "LOW MID HIGH")
print(list(Color), list(Pos), Pos.X + 1, list(Codes), Codes.__module__, Codes.__qualname__)
print(list(Bits), repr(Bits.LOW | Bits.HIGH), Animal("ANT") if False else Animal(1))
try:
    Animal("DOG", "x")
except TypeError as e:
    print(e)


class Coordinate(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coordinate.PY.label, Coordinate(1), repr(Coordinate.PX), Coordinate.PY + 10)


class AutoNumber(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    MERCURY = (3.3e23, 2.4e6)
    VENUS = (4.9e24, 6.1e6)


print(list(AutoNumber), AutoNumber.VENUS.mass, AutoNumber(2), AutoNumber.MERCURY.radius)


class Digits(IntEnum):
    ONE = "1"
    TWO = "2"
    UNO = 1


print(list(Digits), Digits.UNO, Digits.ONE.value, type(Digits.TWO.value).__name__)
