# A bounded lru_cache evicts the least recently used entry; a hit makes an entry the most recent.
from functools import lru_cache

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    square(x)
print(calls)
print(square.cache_info())

calls.clear()
for x in [4, 3, 1]:
    square(x)
print("still cached:", calls == [])
square(6)
square(4)
print(calls, square.cache_info())

square.cache_clear()
print(square.cache_info())
calls.clear()
square(1)
square(1)
print(calls, square.cache_info())


@lru_cache(maxsize=1)
def one(x):
    calls.append(("one", x))
    return str(x)


calls.clear()
for x in "aabbaab":
    one(x)
print(calls, one.cache_info())

# maxsize=0 caches nothing; a negative maxsize is 0.
for size in (0, -5):
    @lru_cache(maxsize=size)
    def never(x):
        calls.append(("never", x))
        return x
    calls.clear()
    never(1)
    never(1)
    print(size, calls, never.cache_info())
