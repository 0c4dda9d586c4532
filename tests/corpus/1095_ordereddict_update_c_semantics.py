# OrderedDict.update and __init__ behave as the C type's: one key at a time through __setitem__ (a subclass
# sees each), CPython's messages, any iterable pair; dict(["ab"]) too. Errors inside show no extra frames.
from collections import OrderedDict, defaultdict
import sys


class Loud(OrderedDict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def update(self, *args, **kwds):
        print("Loud.update is not what __init__ calls")


d = Loud([(1, 2)], x=3)
OrderedDict.update(d, {5: 6}, y=7)
OrderedDict.update(d, [(8, 9)])
print(d)

o = OrderedDict()
o.update((i, i) for i in range(100))
print(sys.getsizeof(o))
for arg in ([1], [(1, 2, 3)], [(1,)], [()], ["ab"], [[1, 2]], [iter((3, 4))], [{5, 6} and (5, 6)]):
    try:
        o = OrderedDict()
        o.update(arg)
        print(o)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ((1, 2), ([], []), ()):
    try:
        OrderedDict(*bad)
        print("ok", bad)
    except TypeError as e:
        print(e)
try:
    o.update(1, 2)
except TypeError as e:
    print(e)
o.update(self=1, other=2)
print(o)
try:
    OrderedDict.update()
except TypeError as e:
    print(e)
print(dict(["ab", (1, 2), [3, 4]]))
e = {}
e.update(["xy"])
print(e)
for pairs in ([5], ["abc"]):
    try:
        dict(pairs)
    except Exception as exc:
        print(type(exc).__name__, exc)


def gen():
    yield (1, 2)
    raise ValueError("stop")


g = OrderedDict()
try:
    g.update(gen())
except ValueError as exc:
    print(exc, g)
dd = defaultdict(None)
try:
    dd["missing"]
except KeyError as exc:
    print("KeyError", exc)
o.move_to_end("nope")
