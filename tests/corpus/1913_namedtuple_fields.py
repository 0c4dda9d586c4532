# namedtuple's fields are _collections._tuplegetter descriptors (C in CPython): read-only, with a writable
# __doc__, a reduce, their own error messages, and priority over an instance __dict__ (data descriptors).
import sys
import copy
import pickle
from collections import namedtuple

Point = namedtuple("Point", ["x", "y", "z"])
p = Point(1, 2, z=3)
print(p, p.x, p.y, p.z, p[0], p._fields)
print(type(Point.x), repr(Point.x), Point.x.__doc__)
print(sys.getsizeof(Point.x), sys.getrefcount(Point.x))
print(type(Point.x).__name__, type(Point.x).__module__, type(Point.x).__qualname__)
Point.y.__doc__ = "the y coordinate"
print(Point.y.__doc__, Point.y.__reduce__())
del Point.z.__doc__
print(Point.z.__doc__, repr(Point.z))
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            p.x = 10
        else:
            del p.x
    except AttributeError as e:
        print(attempt, type(e).__name__, e)
try:
    Point.x.__get__(5)
except TypeError as e:
    print(e)
try:
    Point.x.__set__(p, 1)
except AttributeError as e:
    print(e)
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__(p), Point.x.__get__((7, 8, 9)))

Getter = type(Point.x)
g = Getter(1, "second")
print(g.__get__(("a", "b")), g.__doc__, repr(g))
for args in ((5, "d"), (-1, "d")):
    try:
        Getter(*args).__get__((1,))
    except IndexError as e:
        print(args, e)
for bad in ((), (1,), (1, 2, 3)):
    try:
        Getter(*bad)
    except TypeError as e:
        print(e)
try:
    Getter(index=1, doc="d")
except TypeError as e:
    print(e)
try:
    class Sub(Getter):
        pass
except TypeError as e:
    print(e)


class Labelled(Point):
    pass


q = Labelled(4, 5, 6)
q.__dict__["x"] = "shadow"
print(q.x, q.__dict__, q)

Named = namedtuple("Named", "name quote", defaults=["-"])
n = Named("it's", 'say "hi"')
print(n, repr(n), Named("solo"))
print(n._replace(quote="changed"), n._asdict(), Named._make(["a", "b"]))
print(Named.__new__.__qualname__, Named._make.__doc__, Named._replace.__doc__, Named.__new__.__doc__)
print(Named.__repr__.__doc__, Named._asdict.__qualname__, Named.__module__)
try:
    Named._make(["a", "b", "c"])
except TypeError as e:
    print(e)
try:
    n._replace(nope=1)
except ValueError as e:
    print(e)
print(copy.copy(p) == p, copy.deepcopy(p), pickle.loads(pickle.dumps(p)) == p)
R = namedtuple("R", ["def", "_x", "ok", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple("One", "only")
print(One(1), One.__new__.__doc__)
total = 0
for i in range(2000):
    pt = Point(i, i + 1, i + 2)
    total += pt.x + pt.y * pt.z
print(total)
