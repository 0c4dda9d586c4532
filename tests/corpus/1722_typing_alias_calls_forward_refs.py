# typing.List[int]() and the other builtin aliases refuse to be called; subscripts turn strings into ForwardRef and None into NoneType.
import typing
from typing import *
T = TypeVar("T")
for t in (typing.List[int], typing.Dict[str, int], typing.Set[int], typing.List, typing.Tuple[int],
          typing.FrozenSet[int], typing.Type[int], typing.List[T][str], typing.Dict[str, T][int]):
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class Box(Generic[T]):
    pass
b = Box[int]()
print(type(b).__name__, b.__orig_class__)
for x in [List["int"], List[None], Tuple["int", None], Union["A", int], Optional["A"], Callable[["A"], "B"],
          Callable[..., None], Dict[str, "A"], Box["A"], Box[None], ClassVar["int"], Annotated["int", "x"],
          Literal["a", None], Set["int"], Type["A"], List[T]["A"]]:
    print(x)
print(List["int"] == List["int"], hash(List["int"]) == hash(List["int"]), Union["A", "A"])
print(ForwardRef("int"), ForwardRef("x", module="m"), ForwardRef("a") == ForwardRef("a"), ForwardRef("a") | None)
print(List["int"].__args__[0].__forward_arg__, List["int"].__args__[0].__forward_evaluated__)
try:
    ForwardRef("a b")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    ForwardRef(3)
except TypeError as e:
    print(type(e).__name__, e)
