# __slots__ given as a dict: its keys are the slot names (the values are their docstrings).
import sys


class Point:
    __slots__ = {"x": "the x coordinate", "y": "the y coordinate"}

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"), sys.getsizeof(p))
print(type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as error:
    print("AttributeError:", error)
