# enum: auto() values are known while the class body runs (so members can be combined there), Flag
# boundaries (STRICT refuses unknown bits, IntFlag KEEPs them in the name), and dir() of enums and members.
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto


class Weekday(Flag):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()
    WEEKEND = SATURDAY | SUNDAY
    WEEKDAYS = MONDAY | TUESDAY | WEDNESDAY | THURSDAY | FRIDAY


print(Weekday.WEEKEND, list(Weekday.WEEKEND), len(Weekday), repr(Weekday(3)))
print(Weekday.MONDAY in Weekday.WEEKDAYS, ~Weekday.WEEKEND, Weekday(96) is Weekday.WEEKEND, Weekday(0))
try:
    Weekday(128)
except ValueError as e:
    print(e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for value in (0, 8, 9, 15, -1):
    p = Perm(value)
    print(repr(p), str(p), p.name, format(p))
print(repr(~Perm.R), repr(Perm.R | 16), list(Perm(7)))


class Color(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    RED = auto()
    GREEN = auto()
    _ignore_ = "scratch"
    scratch = 5

    def describe(self):
        return self.name.title()


print(list(Color), hasattr(Color, "scratch"), Color.RED.describe())
print(dir(Color))
print(dir(Color.RED))


class Pair(Enum):
    A = (1, auto())
    B = (2, auto())


class Level(IntEnum):
    LOW = auto()
    HIGH = 10
    HIGHER = auto()


class Fruit(StrEnum):
    APPLE = auto()
    PEAR = auto()


print(list(Pair), list(Level), list(Fruit), dir(Level)[:4])
for body in ("A = 1\n    A = 2", "_sunder_ = 1", "A = auto()\n    def _generate_next_value_(*a): return 1"):
    try:
        exec("class Bad(Enum):\n    " + body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
