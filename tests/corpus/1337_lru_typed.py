# typed=True keeps 3 and 3.0 (and True) apart; without it they share one entry, whichever came first.
from functools import lru_cache


@lru_cache(maxsize=None)
def plain(x):
    return repr(x)


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return repr(x)


for f in (plain, typed):
    print([f(v) for v in (3, 3.0, True, 1, 1.0)], f.cache_info())


@lru_cache(maxsize=4, typed=True)
def pair(a, b=0):
    return (type(a).__name__, type(b).__name__, a + b)


print(pair(1, 2), pair(1.0, 2), pair(1, 2.0), pair(1, 2))
print(pair(1, b=2), pair(1, b=2.0), pair.cache_info())
print(pair.cache_parameters(), plain.cache_parameters())

# A str subclass is not the lone-str fast path: the argument tuple is the key, and it still compares equal.
class Name(str):
    pass


print(plain(Name("x")), plain("x"), plain.cache_info())
