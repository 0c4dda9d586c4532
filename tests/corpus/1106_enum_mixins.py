from enum import IntEnum, StrEnum, IntFlag, Enum, auto
class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', format(Color.RED, '03d'), Color.RED == 1, Color.RED + 1, Color(2), Color['BLUE'])
print(hash(Color.RED) == hash(1), {1: 'one'}[Color.RED], sorted([Color.BLUE, Color.RED]), list(Color), len(Color), isinstance(Color.RED, int), Color.RED.value, Color.RED.name)
print(Color.RED < Color.GREEN, Color.GREEN * 2, int(Color.BLUE), [0, 10, 20][Color.GREEN], Color.__mro__)
class Mood(StrEnum):
    HAPPY = auto()
    SAD = 'sad!'
print(Mood.HAPPY, repr(Mood.HAPPY), f'{Mood.SAD}', Mood.SAD == 'sad!', Mood.HAPPY.upper(), Mood('sad!'), len(Mood.SAD), isinstance(Mood.SAD, str))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R & 4, repr(Perm.R), str(Perm.X), rw == 6, Perm.W in rw, int(rw), list(Perm))
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
class Planet(float, Enum):
    MERCURY = 3.3
print(Planet.MERCURY, repr(Planet.MERCURY), Planet.MERCURY * 2)
