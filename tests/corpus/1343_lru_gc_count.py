# What a call of a cached function allocates (gc.get_count()): the argument tuple, kept when it becomes
# the key; a keyword or typed key is a new tuple; the links of a bounded cache are not gc objects.
import gc
from functools import lru_cache

gc.disable()
# Fill the free lists of small tuples and dicts first, so that what a call allocates is what counts.
warm = [(i,) for i in range(150)] + [(i, i) for i in range(150)] + [(i, i, i, i) for i in range(150)]
warm += [{} for i in range(100)]
del warm


@lru_cache(maxsize=None)
def unbounded(*args, **kwargs):
    return None


@lru_cache(maxsize=2)
def bounded(*args, **kwargs):
    return None


@lru_cache(maxsize=None, typed=True)
def typed(*args):
    return None


def measure(label, call):
    before = gc.get_count()[0]
    call()
    after = gc.get_count()[0]
    print(label, after - before)


for name, f in (("unbounded", unbounded), ("bounded", bounded), ("typed", typed)):
    measure(name + " int miss", lambda: f(1))
    measure(name + " int hit", lambda: f(1))
    measure(name + " pair miss", lambda: f(1, 2))
    measure(name + " pair hit", lambda: f(1, 2))
    measure(name + " list result", lambda: f(3, 4) or [])
# Tuples of more than 20 items have no free list: the argument tuple kept as a key counts.
many = list(range(25))
for name, f in (("unbounded", unbounded), ("bounded", bounded), ("typed", typed)):
    measure(name + " 25 args miss", lambda: f(*many))
    measure(name + " 25 args hit", lambda: f(*many))


class Result:
    pass


@lru_cache(maxsize=2)
def make(n):
    return Result()


for n in (1, 2, 1, 3, 4, 4):
    measure(f"make({n}) kept or evicted", lambda: make(n))
for i in range(5):
    measure("bounded evicting", lambda: bounded(*many, i))
measure("keyword miss", lambda: unbounded(1, k=2))
measure("keyword hit", lambda: unbounded(1, k=2))
measure("bounded keyword miss", lambda: bounded(k=5))
measure("bounded keyword hit", lambda: bounded(k=5))
measure("keyword key of 27 items", lambda: unbounded(*many, k=1))
before = gc.get_count()[0]
for i in range(50):
    unbounded(i, -i)
print("50 new pairs:", gc.get_count()[0] - before)
unbounded.cache_clear()
print("after cache_clear:", gc.get_count()[0] - before)
gc.enable()
