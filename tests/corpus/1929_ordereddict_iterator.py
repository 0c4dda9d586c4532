# OrderedDict's own iterator (odict_iterator): it holds the next key, fails on any reordering or size change,
# and a key added after the last one was taken is never met; one type for keys, values, items and reversed.
from collections import OrderedDict
y = OrderedDict(b=1, c=2, a=3)
for k in reversed(y):
    print(k)
    y.move_to_end("a")
print(list(y))
y = OrderedDict(b=1, c=2, a=3)
try:
    for k in y.values():
        print(k)
        y.move_to_end("b")
except RuntimeError as e:
    print(e)
y = OrderedDict(b=1, c=2, a=3)
it = iter(y)
print(next(it))
del y["c"]
try:
    print(next(it))
except Exception as e:
    print(type(e).__name__, e)
y = OrderedDict(b=1, c=2, a=3)
it = iter(y)
print(next(it))
y["c"] = 7
print(next(it), next(it))
y = OrderedDict(b=1)
it = iter(y)
print(next(it))
y["x"] = 1
print(list(it))
y = OrderedDict(a=1, b=2)
try:
    for k in y:
        print(k)
        if k == "b":
            y["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(y))
y = OrderedDict(a=1, b=2, c=3)
try:
    for k in y:
        print(k)
        y["a"] = 5
        if k == "a":
            del y["c"]
            y["c"] = 9
except RuntimeError as e:
    print("RuntimeError:", e)
for view in (y.keys(), y.values(), y.items(), reversed(y)):
    try:
        for k in view:
            y.move_to_end("a")
    except RuntimeError as e:
        print(type(view).__name__, "RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        if k == "b":
            d["c"] = 3
except RuntimeError as e:
    print("dict RuntimeError:", e)
print(d)
it = iter(y)
next(it)
y.popitem()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
import sys, gc
y = OrderedDict(b=1, c=2, a=3)
for x in (iter(y), iter(y.keys()), iter(y.values()), iter(y.items()), reversed(y), reversed(y.items()), reversed(y.values())):
    print(type(x).__name__, sys.getsizeof(x), gc.is_tracked(x), sys.getrefcount(x))
it = iter(y.items())
a = next(it)
b = next(it)
print(a, b, sys.getrefcount(a))
del a
c = next(it)
print(c, sys.getrefcount(c), sys.getrefcount(y))
print([k for k in dir(it) if not k.startswith("__") or k in ("__next__", "__iter__", "__reduce__", "__length_hint__")])
