# A cache can be part of a reference cycle: a cached method's cache holds the instance, the instance holds
# the class, and the class holds the wrapper. The collector finds cycles through the cache's links too.
import gc
import weakref
from functools import lru_cache

gc.collect()
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


def make_cycle(size):
    @lru_cache(maxsize=size)
    def lookup(key):
        return node

    node = Node("n" + str(size))
    node.lookup = lookup
    lookup("a")
    return weakref.ref(node), weakref.ref(lookup)


for size in (None, 1, 8):
    node_ref, wrapper_ref = make_cycle(size)
    print(size, "alive before collect:", node_ref() is not None, wrapper_ref() is not None)
    found = gc.collect()
    print(size, "collected:", found, "alive after:", node_ref(), wrapper_ref())

# The wrapper is tracked; what it references shows its parts.
@lru_cache(maxsize=2)
def pair(a, b):
    return a + b


pair(1, 2)
print(gc.is_tracked(pair))
refs = gc.get_referents(pair)
print(pair.__wrapped__ in refs, any(type(r) is dict and (1, 2) in r for r in refs))

# Results kept only by a cache survive collections until the cache is cleared.
class Big:
    pass


@lru_cache(maxsize=None)
def build(n):
    return Big()


ref = weakref.ref(build(1))
gc.collect()
print("cached result alive:", ref() is not None)
build.cache_clear()
print("after cache_clear:", ref())
gc.enable()
