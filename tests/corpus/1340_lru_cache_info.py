# cache_info() is a CacheInfo named tuple, cache_clear() resets it, cache_parameters() reports the settings;
# the wrapper is one object of type functools._lru_cache_wrapper carrying the wrapped function's attributes.
import functools
import sys


@functools.lru_cache
def double(x):
    "Double x."
    return 2 * x


info = double.cache_info()
print(info, isinstance(info, tuple), type(info).__name__, type(info).__module__)
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, info == (0, 0, 128, 0), info._asdict())
for x in (1, 2, 1, 1):
    double(x)
print(double.cache_info(), double.cache_info()[0], double.cache_info().currsize)
print(double.cache_parameters())
double.cache_clear()
print(double.cache_info())

print(type(double), type(double).__name__, type(double).__module__, type(double).__qualname__)
print(repr(double).startswith("<functools._lru_cache_wrapper object at 0x"))
print(double.__name__, double.__qualname__, double.__doc__, double.__module__, double.__wrapped__.__name__)
print(sorted(double.__dict__))
print(callable(double), isinstance(double, functools._lru_cache_wrapper), sys.getsizeof(double))
double.note = "set"
print(double.note, double.__dict__["note"])
del double.note
try:
    double.note
except AttributeError as e:
    print("AttributeError:", e)
print(double.__reduce__(), functools.cache(len).__reduce__())
import copy
print(copy.copy(double) is double, copy.deepcopy(double) is double)


def greet(name, punctuation="!"):
    return "hi " + name + punctuation


direct = functools._lru_cache_wrapper(greet, 2, False, functools._CacheInfo)
print(direct("a"), direct("a"), direct.cache_info())
try:
    direct.__name__
except AttributeError as e:
    print("AttributeError:", e)
for args in [(greet,), (greet, "x", 0, None), (1, 2, 0, None), (greet, 2, 0, None, 5)]:
    try:
        functools._lru_cache_wrapper(*args)
    except TypeError as e:
        print("TypeError:", e)
print(functools.lru_cache(maxsize=None)(greet).cache_info(), functools.lru_cache(None)(greet)("b"))
try:
    functools.lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
