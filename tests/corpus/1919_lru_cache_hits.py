# lru_cache hits for one int or str argument answered without running the wrapper's full call: the hit counts,
# a bounded cache's recency order after hits, the argument tuple CPython packs (gc.get_count()), and the
# recursion guard every call of the wrapper passes.
import gc
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def square(n):
    return n * n


@lru_cache(maxsize=3)
def shout(word):
    return word.upper()


print([square(i % 4) for i in range(10)], square.cache_info())
for word in ("a", "b", "c", "a", "d", "b", "a"):
    shout(word)
print(shout.cache_info(), shout("a"), shout.cache_info())
shout("c")
print(shout.cache_info())


def allocations(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before


print([allocations(lambda: square(2)) for _ in range(3)], [allocations(lambda: shout("a")) for _ in range(3)])
print(allocations(lambda: [square(i % 3) for i in range(50)]))
print(square(True), square(2.0), square(-0), square.cache_info())


class Key(int):
    pass


print(square(Key(3)), square.cache_info())
print(sys.getrefcount(square(3)) >= 2, square(10 ** 20) == 10 ** 40, square.cache_info().currsize)


def deep(n):
    return square(2) if n == 0 else deep(n - 1)


sys.setrecursionlimit(60)
for depth in (40, 70):
    try:
        print(depth, deep(depth))
    except RecursionError as e:
        print(depth, "RecursionError", e)
sys.setrecursionlimit(1000)
total = 0
for i in range(20000):
    total += square(i % 50) + len(shout("abc"[i % 3]))
print(total, square.cache_info().hits, shout.cache_info())
