# functools.singledispatch and singledispatchmethod: registration by class, by annotation (a union too) and by
# direct call, dispatch along the MRO and to ABCs a class only virtually derives from, the registry, and the
# errors of a bad registration. Then the WeakKeyDictionary methods the dispatcher's cache uses, and typing's
# get_origin/get_args of unions and builtin generic aliases.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable
import numbers

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(float)
def _(x):
    return f"float {x:.2f}"

@describe.register
def _(x: list | tuple):
    return f"sequence of {len(x)}"

def describe_dict(d):
    return f"dict with {len(d)} keys"
describe.register(dict, describe_dict)

for v in [1, 2.5, [1, 2], (3,), {"a": 1}, "text", True, None, 3 + 4j]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.__wrapped__)
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, type(describe.registry).__name__)

@singledispatch
def kind(x):
    return "other"
@kind.register
def _(x: Sequence):
    return "Sequence"
@kind.register
def _(x: Mapping):
    return "Mapping"
@kind.register(numbers.Number)
def _(x):
    return "Number"
print(kind([1]), kind("s"), kind({}), kind(1), kind(2.0), kind(range(3)), kind(set()))

try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(5)
except TypeError as e:
    print(e)
try:
    @describe.register
    def bad(x: list[int]):
        pass
except TypeError as e:
    print(e)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: str):
        return f"str:{arg}"
f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(1.5))

class Animal: pass
class Dog(Animal): pass
@singledispatch
def speak(a):
    return "..."
@speak.register
def _(a: Animal):
    return "animal sound"
print(speak(Dog()), speak(Animal()), speak(1))
import weakref, gc, typing
class K: pass
a, b = K(), K()
d = weakref.WeakKeyDictionary()
d[a] = 1
print(d.setdefault(b, 2), d.setdefault(a, 5), len(d))
d.update({b: 3})
print(sorted(d.values()), d.pop(a), len(d), d.pop(a, 'gone'))
del b
gc.collect()
print(len(d))
d[a] = 9
d.clear()
print(len(d), list(d.items()))
v = weakref.WeakValueDictionary()
v['x'] = a
v.clear()
print(len(v))
try:
    d.pop(a)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(typing.get_origin(list[int]), typing.get_args(list[int]), typing.get_origin(int | None), typing.get_args(int | None), typing.get_args(dict[str, list[int]]))
print(typing.get_origin(typing.List[int]), typing.get_args(typing.Optional[int]), typing.get_origin(int))
