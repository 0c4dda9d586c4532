# dict(pairs) and d.update(pairs) set each pair before taking the next (dict_merge_from_seq2).
import gc
import sys
import tracemalloc
from collections import defaultdict

# One pair tuple at a time is alive: the tuple free list (and zip's and enumerate's reused result) serve them all.
tracemalloc.start()
d = dict((i, 0) for i in range(100))
d = None
print(tracemalloc.get_traced_memory())
d = dict(enumerate(range(500)))
print(tracemalloc.get_traced_memory())
d = None
tracemalloc.reset_peak()
d = {}
d.update(zip(range(300), range(300)))
print(tracemalloc.get_traced_memory()[0])
d = None
tracemalloc.stop()

d = {}
d.update((k, len(d)) for k in "abc")
print(d)

seen = {}
print(dict((k, len(seen)) for k in "xy" if not seen.setdefault(k, 1)))


def stops_after_one():
    yield ("a", 1)
    raise ValueError("stop")


d = {}
try:
    d.update(stops_after_one())
except ValueError as e:
    print("raised", e, "kept", d)

try:
    dict(stops_after_one())
except ValueError as e:
    print("dict() raised", e)


class Pair:
    def __init__(self, k):
        self.k = k

    def __iter__(self):
        print("unpack", self.k)
        return iter((self.k, 0))


def pairs():
    for k in "xy":
        print("yield", k)
        yield Pair(k)


print(dict(pairs()))
d = {"z": 9}
d.update(pairs())
print(d)

dd = defaultdict(list)
dd.update((k, len(dd)) for k in "pq")
print(dict(dd))

for bad in ([("a", 1), 5], [("a", 1), ("b", 2, 3)], iter([("a", 1), "xyz"])):
    d = {}
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, d)

print(dict(["ab", "cd"]), dict(zip("abc", range(3))), dict(enumerate("hi")))

value = object()
before = sys.getrefcount(value)
d = dict((str(i), value) for i in range(5))
print(sys.getrefcount(value) - before, len(d))
del d
print(sys.getrefcount(value) - before)

gc.collect()
counts = gc.get_count()
d = dict((i, [i]) for i in range(10))
print(gc.get_count()[0] - counts[0])
del d
