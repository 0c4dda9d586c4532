# functools.cmp_to_key is C code in CPython: a KeyWrapper type (size, members, comparisons through the
# function compared with 0, errors), no frame of its own in a traceback, and its allocations.
import functools
import gc
import sys

gc.disable()


def by_value(a, b):
    return (a > b) - (a < b)


k = functools.cmp_to_key(by_value)
print(type(k), type(k).__name__, type(k).__module__, sys.getsizeof(k), gc.is_tracked(k))
x = k(3)
print(type(x), sys.getsizeof(x), gc.is_tracked(x), x.obj, k.obj)
print(x < k(4), x == k(3), x >= k(5), x != k(2), x <= k(3), x > k(1))
attempts = [
    lambda: k(), lambda: k(1, 2), lambda: k(obj=3).obj, lambda: k(x=3), lambda: functools.cmp_to_key(),
    lambda: functools.cmp_to_key(mycmp=len).obj, lambda: k < k, lambda: k(1) < 3, lambda: hash(k(1)),
    lambda: functools.cmp_to_key(lambda a, b: "x")(1) < functools.cmp_to_key(lambda a, b: "x")(2),
    lambda: functools.cmp_to_key(lambda a, b: [a])(1) < k(2), lambda: type(k)(len), lambda: functools.cmp_to_key,
    lambda: repr(type(k).obj), lambda: type(k).__call__, lambda: [n for n in dir(k) if not n.startswith("__")],
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
x.obj = 7
print(x.obj)
del x.obj
print(x.obj)
try:
    x < k(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    x.other = 1
except AttributeError as e:
    print("AttributeError", e)

words = ["pear", "Fig", "apple", "kiwi", "Banana"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: by_value(a.lower(), b.lower()))))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b)), reverse=True))
print(max(words, key=functools.cmp_to_key(by_value)), min([3, 1, 2], key=k))

o = object()
print(sys.getrefcount(o), sys.getrefcount(by_value))
wrapped = k(o)
print(sys.getrefcount(o), sys.getrefcount(by_value))
del wrapped
print(sys.getrefcount(o), sys.getrefcount(by_value))

start = gc.get_count()[0]
keys = [k(i) for i in range(50)]
print("keys", gc.get_count()[0] - start)
start = gc.get_count()[0]
ordered = sorted(range(200), key=k)
print("sorted", gc.get_count()[0] - start, ordered[:5])
start = gc.get_count()[0]
ordered.sort(key=functools.cmp_to_key(lambda a, b: b - a))
print("sort", gc.get_count()[0] - start, ordered[:5])


def bad(a, b):
    raise ValueError("cannot compare")


try:
    sorted([2, 1], key=functools.cmp_to_key(bad))
except ValueError as e:
    tb = e.__traceback__
    frames = 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print("frames", frames)
sorted([2, 1], key=functools.cmp_to_key(bad))
