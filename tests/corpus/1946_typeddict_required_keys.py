# typing.TypedDict as 3.11 makes it: a dict subclass whose keys Required/NotRequired (or total) sort, the functional
# form, and TypeError for isinstance; a class found as a special method (`__call__ = dict`) is called unbound.
from typing import TypedDict, NotRequired, Required, Annotated, get_type_hints
class Book(TypedDict):
    title: str
    pages: NotRequired[int]
class Opt(TypedDict, total=False):
    a: Required[int]
    b: str
class Sub(Book, total=False):
    extra: Annotated[Required[str], "meta"]
    note: str
for c in (Book, Opt, Sub):
    print(c.__name__, sorted(c.__required_keys__), sorted(c.__optional_keys__), c.__total__, list(c.__annotations__))
print(type(Book).__name__, Book.__mro__, Book.__bases__)
b = Book(title="T", pages=3)
print(b, type(b).__name__)
Alt = TypedDict("Alt", {"a": int, "b-c": str})
print(Alt(a=1), Alt.__annotations__, Alt.__module__, Alt.__name__, Alt.__total__)
Kw = TypedDict("Kw", {"x": int}, total=False)
print(sorted(Kw.__optional_keys__))
for f in (lambda: isinstance({"x": 1}, Book), lambda: issubclass(dict, Book)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(TypedDict, int): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(TypedDict):
        x: 5
except TypeError as e:
    print("TypeError:", e)
print(get_type_hints(Sub))
print(get_type_hints(Sub, include_extras=True))
print(Book.__module__, Book.__qualname__)
from typing import Generic, TypeVar
T = TypeVar("T")
class Boxed(TypedDict, Generic[T]):
    item: T
print(Boxed.__mro__, Boxed.__parameters__, Boxed[int])
print(Boxed(item=3))
P = TypedDict("P", x=int, y=str)
print(P.__annotations__, sorted(P.__required_keys__))
class M(type):
    __call__ = dict
class A(metaclass=M): pass
print(A(x=1), A([(1, 2)]))
