# typing.get_type_hints evaluates string annotations (forward references) in the module's globals, inside aliases too.
import typing
def f(x: "int") -> "list[str]": ...
print(typing.get_type_hints(f))
class A:
    a: "int"
    b: "A"
    c: None
print(typing.get_type_hints(A))
def g(x: "Undefined"): ...
try:
    typing.get_type_hints(g)
except NameError as e:
    print("NameError", e)
def h(x: "typing.Optional[int]" = None, y: int = 3): ...
print(typing.get_type_hints(h))
import typing, functools, sys
from typing import List, Optional, Annotated, ClassVar, Literal, Dict, Callable, get_type_hints
class Node:
    value: int
    next: Optional["Node"]
    children: List["Node"]
    kids: list["Node"]
    count: ClassVar["int"] = 0
    mode: Literal["a", "b"]
    either: "int | str"
    table: Dict[str, "Node"]
    cb: Callable[["Node"], "int"]
print(get_type_hints(Node))
class Leaf(Node):
    weight: "float"
print(get_type_hints(Leaf))
def f(a: Annotated["int", "meta"], b: "Annotated[str, 1]" = "") -> "Optional[Node]": ...
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
@functools.wraps(f)
def w(*args): return f(*args)
print(get_type_hints(w))
@typing.no_type_check
def n(x: "Nope"): ...
print(get_type_hints(n))
def g(x: "Local"): ...
print(get_type_hints(g, localns={"Local": bytes}))
print(get_type_hints(lambda x: x), get_type_hints(print))
try:
    get_type_hints(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    def bad(x: "1 +"): ...
    get_type_hints(bad)
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    def tup(x: "(int, str)"): ...
    get_type_hints(tup)
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def meth(self, other: "M") -> "List[M]": ...
print(get_type_hints(M.meth), get_type_hints(M().meth))
x: "List[int]" = []
print(get_type_hints(sys.modules[__name__]))
print(Optional["Node"], List["int"] == List["int"], typing.ForwardRef("a") == typing.ForwardRef("a"))
