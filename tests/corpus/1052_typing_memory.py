# typing and memory: generic classes' instances are ordinary objects (refcounts of classes named in aliases are
# left out: CPython's typing caches the aliases it makes, the playground's does not).
import gc
import sys
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Item:
    pass


alias = List[Item]
print(alias, Optional[Item], alias.__args__[0] is Item)


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


box = Box(Item())
print("plain instance:", sys.getsizeof(box), sys.getrefcount(box))
typed = Box[int](5)
print("made through the alias:", typed.item, typed.__orig_class__)


class Node(Generic[T]):
    def __init__(self):
        self.next = self


gc.collect()
n = Node()
print("self-linked node refs:", sys.getrefcount(n))
del n
print("collected:", gc.collect())
