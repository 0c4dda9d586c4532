# A namedtuple's __new__ takes exactly its fields (CPython compiles it from a lambda's source): calls allocate
# what CPython's do (gc.get_count), and argument errors name the function by its __qualname__.
import gc
import sys
from collections import namedtuple

gc.disable()
Point = namedtuple("Point", "x y")
Row = namedtuple("Row", "a b c", defaults=[3])


def allocations(label, make):
    before = gc.get_count()[0]
    kept = make()
    print(label, gc.get_count()[0] - before)
    return kept


p = allocations("Point(1, 2)", lambda: Point(1, 2))
allocations("Point(x=1, y=2)", lambda: Point(x=1, y=2))
allocations("Row(1, 2)", lambda: Row(1, 2))
points = allocations("100 points", lambda: [Point(i, -i) for i in range(100)])
allocations("_make", lambda: Point._make([5, 6]))
allocations("_asdict", lambda: p._asdict())
print(p, points[-1], Row(1, 2), sys.getsizeof(p), gc.is_tracked(p))
print(Point.__new__.__qualname__, Point.__new__.__name__, Point.__new__.__defaults__, Row.__new__.__defaults__, sorted(Point.__new__.__globals__))
print(Point.__new__.__code__.co_filename, Point.__new__.__code__.co_varnames, Point.__new__.__module__)
print(Point.__new__.__doc__, Point.__doc__)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Row(1, 2, 3, 4), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: Row()):
    try:
        bad()
    except TypeError as e:
        print(e)


# A function's __qualname__ and __defaults__ can be changed, and calls follow them.
def scale(value, factor=2):
    return value * factor


scale.__qualname__ = "Geometry.scale"
scale.__defaults__ = (10,)
print(scale(3), scale.__defaults__)
try:
    scale()
except TypeError as e:
    print(e)
scale.__defaults__ = None
try:
    scale(1)
except TypeError as e:
    print(e)
for value in ([1], 3):
    try:
        scale.__defaults__ = value
    except TypeError as e:
        print(e)
try:
    scale.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
