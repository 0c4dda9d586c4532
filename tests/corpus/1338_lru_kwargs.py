# Keyword arguments are part of the key, in the order given: f(a=1, b=2) and f(b=2, a=1) are two entries.
from functools import lru_cache

seen = []


@lru_cache(maxsize=None)
def f(*args, **kwargs):
    seen.append((args, sorted(kwargs.items())))
    return len(seen)


print(f(1), f(1), f(x=1), f(1, x=1), f(1, x=1))
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f(), f(), f(1, 2), f(1, 2), f((1, 2)))
print(f.cache_info())
print(seen)

# Keyword keys and unhashable arguments.
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(x={})
except TypeError as e:
    print("TypeError:", e)
print(f.cache_info())


@lru_cache(maxsize=2)
def g(a, *, scale=1):
    return a * scale


print(g(2), g(2, scale=3), g(a=2), g(2, scale=3), g.cache_info())
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(g.cache_info())
