# dataclasses and memory: instance sizes with and without slots, shared defaults, cycles between instances.
import gc
import sys
from dataclasses import dataclass, field


@dataclass
class Plain:
    x: int
    y: int


@dataclass(slots=True)
class Slotted:
    x: int
    y: int


p = Plain(1, 2)
s = Slotted(1, 2)
print("plain:", sys.getsizeof(p), hasattr(p, "__dict__"))
print("slotted:", sys.getsizeof(s), hasattr(s, "__dict__"), Slotted.__slots__)
print("slotted repr/eq:", s, s == Slotted(1, 2))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)

shared = [0]


@dataclass
class Holder:
    items: list = field(default_factory=list)
    tag: str = "t"


before = sys.getrefcount(shared)
h = Holder(shared)
print("holder references the list:", sys.getrefcount(shared) - before)
h2 = Holder()
print("factory lists are distinct:", h.items is not h2.items)


@dataclass(eq=False)
class Node:
    name: str
    peer: "Node" = None


gc.collect()
a = Node("a")
b = Node("b", a)
a.peer = b
print("refs:", sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("collected:", gc.collect())


@dataclass(slots=True, eq=False)
class SlotNode:
    peer: object = None


# slots=True makes a new class: the one the class statement made is garbage now (not printed: when an
# automatic collection has already untracked its bases tuple depends on how many objects the decorator made).
gc.collect()
n = SlotNode()
n.peer = n
print("slotted self-reference refs:", sys.getrefcount(n))
del n
print("collected slotted:", gc.collect())
