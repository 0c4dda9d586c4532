# A cache holds references: an unbounded cache keeps each key and result once, a bounded one keeps the
# key twice (dict key and link) and the result once; cache_clear() and eviction give them back.
import sys
from functools import lru_cache

key = "k-" + str(42)
arg = ("t", 1)
result = ["value"]


def same(x, *rest, **options):
    return result


for size in (None, 4, 0):
    cached = lru_cache(maxsize=size)(same)
    k0, a0, r0 = sys.getrefcount(key), sys.getrefcount(arg), sys.getrefcount(result)
    cached(key)
    cached(arg)
    cached(key, arg)
    print(size, "key", sys.getrefcount(key) - k0, "arg", sys.getrefcount(arg) - a0, "result", sys.getrefcount(result) - r0)
    cached(key)
    print(size, "after a hit", sys.getrefcount(key) - k0, sys.getrefcount(result) - r0)
    cached.cache_clear()
    print(size, "after clear", sys.getrefcount(key) - k0, sys.getrefcount(arg) - a0, sys.getrefcount(result) - r0)
    del cached

# Eviction releases the oldest entry's key and result.
small = lru_cache(maxsize=2)(lambda x: [x])
first = "first-" + str(1)
f0 = sys.getrefcount(first)
value = small(first)
print("cached:", sys.getrefcount(first) - f0, sys.getrefcount(value))
small("b")
small("c")
print("evicted:", sys.getrefcount(first) - f0, sys.getrefcount(value))

# typed and keyword keys are new tuples holding the arguments.
typed = lru_cache(maxsize=None, typed=True)(same)
t0 = sys.getrefcount(key)
typed(key)
typed(key, flag=key)
print("typed holds:", sys.getrefcount(key) - t0)
typed.cache_clear()
print("cleared:", sys.getrefcount(key) - t0)

# Deleting the wrapper frees the cache and what it holds.
holder = lru_cache(maxsize=None)(same)
holder(key)
h0 = sys.getrefcount(key)
del holder
print("freed with the wrapper:", h0 - sys.getrefcount(key))
