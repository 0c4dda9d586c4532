# enum as CPython 3.11: members' name/value are enum.property (read-only messages), EnumType.__getattr__ answers
# missing names with the bare name, `1 in SomeEnum` warns and raises TypeError.
import enum
from enum import Enum
class W(Enum):
    MON = 1
try:
    W.MON.value = 5
except AttributeError as e:
    print(e)
try:
    W.MON.name = "x"
except AttributeError as e:
    print(e)
try:
    del W.MON.value
except AttributeError as e:
    print(e)
try:
    W.TUE
except AttributeError as e:
    print("AttributeError:", e)
try:
    W.__nothing__
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(1 in W)
except TypeError as e:
    print("TypeError:", e)
print(W.MON in W, W.MON.value, W.MON.name)
print("__getattr__" in enum.EnumType.__dict__, type(Enum.__dict__["value"]).__name__, W.MON.__class__.value.__class__.__name__ if False else "")
class Color(enum.Enum):
    RED = 1
    value_of_red = 2
try:
    print(Color.value)
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.name, Color.RED.value, Color["RED"], Color(1), [c.name for c in Color])
class Shape(enum.IntEnum):
    SQUARE = 4
print(Shape.SQUARE + 1, Shape.SQUARE.value, f"{Shape.SQUARE}")
