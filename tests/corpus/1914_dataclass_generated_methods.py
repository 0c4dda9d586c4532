# dataclass __repr__, comparisons and __hash__ are generated as CPython generates them (exec'd source, the
# recursion guard's key tuple): a call allocates what CPython's does, and pprint knows the generated repr.
import gc
from dataclasses import dataclass, field
@dataclass(order=True)
class Item:
    name: str
    price: float
    qty: int = 1
a = Item("a", 1.5)
b = Item("a", 1.5)
def delta(f):
    gc.collect(); c0 = gc.get_count()[0]; r = f(); c1 = gc.get_count()[0]; return c1 - c0, r
print(delta(lambda: repr(a)))
print(delta(lambda: a == b))
print(delta(lambda: a < b))
print(delta(lambda: Item("c", 2.0, 3)))
print(Item.__repr__.__qualname__, Item.__eq__.__qualname__, Item.__repr__.__wrapped__.__qualname__ if hasattr(Item.__repr__, "__wrapped__") else None)
print(Item.__lt__.__qualname__, Item.__repr__.__name__, Item.__repr__.__doc__)
@dataclass
class Node:
    val: int
    nxt: "Node" = None
n = Node(1); n.nxt = n
print(n)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "x"
f = F(1)
print(hash(f) == hash((1, "x")), F.__hash__.__qualname__, delta(lambda: hash(f))[0])
@dataclass(unsafe_hash=True)
class U:
    a: int
    c: list = field(default_factory=list, hash=False)
print(hash(U(2)) == hash((2,)), U.__hash__.__qualname__)
import pprint
@dataclass
class Big:
    name: str
    items: list
pprint.pprint(Big("x" * 30, list(range(30))), width=40)
class Custom(Big):
    def __repr__(self):
        return "custom"
pprint.pprint(Custom("a", [1]))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
