# enum's 3.11 additions: member()/nonmember() in a class body, verify() with UNIQUE, CONTINUOUS and NAMED_FLAGS,
# FlagBoundary and EnumCheck as the StrEnums they are (a Flag's _boundary_ is one).
import enum
from enum import Enum, Flag, IntEnum, StrEnum, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
from enum import FlagBoundary, STRICT, KEEP, EnumCheck


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    gravity = nonmember(9.8)

    @member
    def helper():
        return "a member function"


print([m.name for m in Planet], Planet.gravity, Planet.helper, Planet.helper.value(), type(Planet.__dict__["gravity"]).__name__)
print(STRICT, repr(STRICT), KEEP == "keep", list(FlagBoundary), list(EnumCheck), repr(UNIQUE))
print(enum.Flag._boundary_, enum.IntFlag._boundary_)


class Perm(Flag, boundary=KEEP):
    R = 4
    W = 2
    X = 1


print(Perm(8) if False else Perm(7), Perm._boundary_)


@verify(UNIQUE)
class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED)
for body in ["A = 1\n    B = 1", "A = 1\n    B = 3", "A = 1\n    B = 2"]:
    for check in ("UNIQUE", "CONTINUOUS"):
        try:
            exec(f"@verify({check})\nclass E(Enum):\n    {body}\nprint('ok', list(E))")
        except ValueError as e:
            print(check, e)
try:
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 8
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class G(Flag):
        A = 1
        B = 2
        C = 12
except ValueError as e:
    print(e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(e)
print(sorted(set(enum.__all__) - {"global_enum", "global_enum_repr", "global_flag_repr", "global_str", "pickle_by_enum_name", "pickle_by_global_name"}))
