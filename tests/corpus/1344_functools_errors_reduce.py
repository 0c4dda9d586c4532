# Exceptions are not cached; a call that fills the cache for its own key while running keeps the first
# entry; unhashable arguments fail before the function runs. Then functools.reduce, the C function: its
# messages, the argument tuple it reuses (refcounts seen inside the function), gc counts, recursion.
from functools import lru_cache

attempts = []


@lru_cache(maxsize=2)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError(f"attempt {len(attempts)}")
    return x * 10


for _ in range(4):
    try:
        print(flaky(7))
    except ValueError as e:
        print("ValueError:", e)
print(attempts, flaky.cache_info())


@lru_cache(maxsize=2)
def reentrant(n):
    if n > 0:
        # Fills the cache while the outer call is running, including the outer call's own key once.
        inner = reentrant(n - 1)
        if n == 3:
            reentrant.cache_clear()
        return inner + [n]
    return [0]


print(reentrant(5), reentrant.cache_info())
print(reentrant(5), reentrant(1), reentrant.cache_info())


@lru_cache(maxsize=None)
def same_key(n):
    if n == 1:
        return same_key(1.0) if False else "one"
    return same_key(n - 1)


print(same_key(3), same_key(1.0), same_key.cache_info())

try:
    flaky({})
except TypeError as e:
    print("TypeError:", e)
print(attempts, flaky.cache_info())


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


try:
    flaky(BadHash())
except RuntimeError as e:
    print("RuntimeError:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


@lru_cache(maxsize=None)
def ident(k):
    return k.v


print(ident(Key(1)), ident(Key(1)), ident.cache_info())


# functools.reduce
import gc
import sys
from functools import reduce

for args in [(), (len,), (len, 1), (len, [], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(len, [], initial=1)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(len, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce, reduce(lambda a, b: a + b, range(10)), reduce(lambda a, b: a * b, [], 7))

x = [1]


def add(a, b):
    # a is held by the caller's list or the previous result, the reused argument tuple and this frame.
    print("refs inside:", sys.getrefcount(a), sys.getrefcount(b))
    return a + b


print(reduce(add, [x, [2], [3]]))
print(reduce(lambda a, b: a + [b], "abc", []))
gc.disable()
before = gc.get_count()[0]
reduce(lambda a, b: b, range(100))
print("gc count over 99 calls:", gc.get_count()[0] - before)
gc.enable()


def boom(a, b):
    raise ValueError(b)


try:
    reduce(boom, [1, 2])
except ValueError as e:
    print("ValueError:", e)


def gen():
    yield 1
    yield 2


print(reduce(max, gen(), 0))
sys.setrecursionlimit(100)


reached = []


def deep(n):
    reached.append(n)
    return reduce(lambda a, b: deep(n + 1) if n < 200 else a, [1, 2], 0)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e, "at depth", max(reached))
