# PEP 562: a module's own __getattr__ answers for names it lacks (here __main__'s, reached through sys.modules);
# typing's aliases of collections classes (DefaultDict, Deque, Counter, OrderedDict, ChainMap) made on first use,
# instantiable, and unsubscripted aliases usable with isinstance/issubclass.
import sys
import typing


def __getattr__(name):
    if name.startswith("lazy_"):
        return name.upper()
    raise AttributeError(f"no {name} here")


main = sys.modules[__name__]
print(main.lazy_value, getattr(main, "lazy_x"), hasattr(main, "other"))
try:
    main.other
except AttributeError as e:
    print("AttributeError:", e)

from typing import ChainMap, Counter, DefaultDict, Deque, OrderedDict

print(DefaultDict, Deque, Counter, OrderedDict, ChainMap)
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
d = DefaultDict[str, list](list)
d["a"].append(1)
print(d, type(d).__name__, typing.get_origin(Deque[int]), typing.get_args(DefaultDict[str, int]))
q = Deque[int]([1, 2])
print(q, Counter("abca"), OrderedDict(a=1), Deque())
try:
    DefaultDict[str]
except TypeError as e:
    print("TypeError:", e)


def f(x: Deque[int]) -> DefaultDict[str, int]: ...


print(typing.get_type_hints(f))


class C(Counter[str]):
    pass


print(C("aab"), C.__mro__[1], C("a").__orig_class__ if hasattr(C("a"), "__orig_class__") else None)
print(isinstance(q, Deque), issubclass(type(q), Deque), isinstance([], typing.List), issubclass(dict, typing.Mapping))
print(isinstance([1], typing.Iterable), isinstance(3, typing.Sized), issubclass(typing.List, typing.Sequence))
for bad in (lambda: typing.Iterable(), lambda: typing.List(), lambda: isinstance([], typing.List[int]), lambda: typing.NoSuchName):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for a, b in ((3, ()), (3, int), (3, (int, str)), (int, ()), ([], list)):
    try:
        print(issubclass(a, b))
    except TypeError as e:
        print("TypeError:", e)
for a, b in ((int, 3), (3, 4), (int, (int, 3)), (str, (int, 3))):
    try:
        print(issubclass(a, b))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(isinstance(a, b))
    except TypeError as e:
        print("TypeError:", e)
