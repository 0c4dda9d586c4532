# lru_cache on a recursive function: each call goes through the C wrapper, and the cache fills as the
# recursion unwinds; a deep first call hits the recursion limit sooner (the wrapper is a C call level).
import sys
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), fib.cache_info())
print(fib(21), fib.cache_info())


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(20), ways.cache_info().currsize)


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(100)
for n in (20, 40, 60):
    depth.cache_clear()
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
# Filled from the bottom up, a deeper call only recurses a little each time.
for n in range(0, 150, 30):
    print(n, depth(n))
print(depth.cache_info())
