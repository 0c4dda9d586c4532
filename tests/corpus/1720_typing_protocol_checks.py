# typing.Protocol: @runtime_checkable isinstance/issubclass check members structurally; other protocols raise TypeError.
from typing import Protocol, runtime_checkable, TypeVar
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer))
print(isinstance(1, Closer))
print(issubclass(F, Closer), issubclass(int, Closer))
class NP(Protocol):
    def f(self): ...
try:
    print(isinstance(F(), NP))
except TypeError as e:
    print("TypeError:", e)
try:
    print(issubclass(F, NP))
except TypeError as e:
    print("TypeError:", e)
@runtime_checkable
class HasX(Protocol):
    x: int
class X:
    def __init__(self): self.x = 1
print(isinstance(X(), HasX), isinstance(F(), HasX))
try:
    print(issubclass(X, HasX))
except TypeError as e:
    print("TypeError:", e)
class Sub(Closer, Protocol):
    def open(self): ...
print(Sub._is_protocol, Closer._is_protocol)
class Impl(Closer):
    pass
print(isinstance(Impl(), Closer), Impl._is_protocol)
print(Closer.__mro__)
try:
    Closer()
except TypeError as e:
    print("TypeError:", e)
print(type(Closer).__name__)
import typing
T = TypeVar("T")
@runtime_checkable
class SupportsGet(Protocol[T]):
    def get(self) -> T: ...
class Box:
    def __init__(self, v): self.v = v
    def get(self): return self.v
print(isinstance(Box(1), SupportsGet), SupportsGet.__parameters__)
class Blocked:
    get = None
print(isinstance(Blocked(), SupportsGet), issubclass(Blocked, SupportsGet))
class Named(Protocol):
    name: str
    def greet(self) -> str:
        return "hi " + self.name
class Person(Named):
    def __init__(self, name):
        self.name = name
p = Person("ann")
print(p.greet(), isinstance(p, Person), Person._is_protocol)
class Plain(Protocol):
    def __init__(self, a):
        self.a = a
class Impl(Plain):
    pass
print(Impl(3).a)
try:
    runtime_checkable(Box)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Box, Protocol): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, SupportsGet)
except TypeError as e:
    print(type(e).__name__, e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self): ...
print([isinstance(x, Sized2) for x in ([], "", 3, {}, None)])
print(issubclass(list, Sized2), issubclass(int, Sized2))
print(SupportsGet[int])
def use(x: SupportsGet[int]) -> None: ...
print(typing.get_type_hints(use))
