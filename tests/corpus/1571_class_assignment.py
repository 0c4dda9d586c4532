# Changing an object's class (`obj.__class__ = Other`), the state pattern some tutorials show: what CPython allows
# (classes with the same layout), what it refuses and with which message, and what the change costs in memory.
import gc
import sys
import types


class Closed:
    def describe(self):
        return "closed"

    def open(self):
        self.__class__ = Opened


class Opened:
    def describe(self):
        return "open"

    def close(self):
        self.__class__ = Closed


door = Closed()
door.name = "front"
print(door.describe(), type(door).__name__, sys.getrefcount(Closed), sys.getrefcount(Opened))
door.open()
print(door.describe(), type(door).__name__, sys.getrefcount(Closed), sys.getrefcount(Opened))
print(door.__dict__, sys.getsizeof(door), sys.getsizeof(door.__dict__))
door.close()
print(door.describe(), isinstance(door, Closed), isinstance(door, Opened))

# The instance dict is made at the change: gc.get_count() sees it.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2


class Q:
    pass


p = P()
gc.collect()
before = gc.get_count()
p.__class__ = Q
after = gc.get_count()
print(before, after, sys.getsizeof(p.__dict__), p.x, p.y)
p2 = P()
p2.__class__ = P
print(sys.getsizeof(p2.__dict__), p2.__dict__)

for value in [5, None, int, list]:
    try:
        p.__class__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del p.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = Q
except TypeError as e:
    print("TypeError:", e)
try:
    Q.__class__ = type
except TypeError as e:
    print("TypeError:", e)


class WithSlots:
    __slots__ = ("a", "b")


class SameSlots:
    __slots__ = ("b", "a")


class OtherSlots:
    __slots__ = ("c",)


s = WithSlots()
s.a = 1
s.b = 2
s.__class__ = SameSlots
print(type(s).__name__, s.a, s.b)
for target in [OtherSlots, Q]:
    try:
        s.__class__ = target
    except TypeError as e:
        print("TypeError:", e)


class Small(int):
    pass


class Other(int):
    pass


n = Small(3)
try:
    n.__class__ = Other
except TypeError as e:
    print("TypeError:", e)


class L1(list):
    pass


class L2(list):
    pass


items = L1([1, 2])
items.__class__ = L2
print(type(items).__name__, items, sys.getsizeof(items))


class E1(Exception):
    pass


class E2(Exception):
    pass


class E3(ValueError):
    pass


err = E1("boom")
err.__class__ = E2
print(repr(err), isinstance(err, E2))
for target in [E3, ValueError]:
    try:
        err.__class__ = target
    except TypeError as e:
        print("TypeError:", e)


class Tricky:
    __class__ = int


t = Tricky()
t.__class__ = str
print(type(t).__name__, t.__dict__, isinstance(t, int))

# A module may be given a ModuleType (sub)class only.
mod = sys.modules[__name__]
mod.__class__ = types.ModuleType
print(type(mod).__name__)
try:
    mod.__class__ = int
except TypeError as e:
    print(e)
