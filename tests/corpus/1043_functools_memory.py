# functools and memory: a cache keeps its arguments and results alive; a partial holds its arguments.
import functools
import gc
import sys

label = "key-" + str(7)
before = sys.getrefcount(label)


@functools.lru_cache(maxsize=None)
def make(name):
    return [name]


result = make(label)
print("unbounded cache holds the key:", sys.getrefcount(label) - before)
print("and the result:", sys.getrefcount(result))
make.cache_clear()
print("after cache_clear:", sys.getrefcount(label) - before, sys.getrefcount(result))
del result

data = [1, 2, 3]
p = functools.partial(print, data)
print("partial holds its argument:", sys.getrefcount(data))
del p
print("after del:", sys.getrefcount(data))


class Node:
    def __init__(self):
        self.callback = functools.partial(self.fire, "boom")

    def fire(self, what):
        return what


gc.collect()
n = Node()
print(n.callback())
print("node refs:", sys.getrefcount(n))
del n
print("cycle through a partial collected:", gc.collect() > 0)


def outer():
    @functools.wraps(outer)
    def inner():
        return inner
    return inner


f = outer()
print(f() is f, f.__wrapped__ is outer, f.__name__)
print("sizes:", sys.getsizeof(make.cache_info().hits), sys.getsizeof([1, 2, 3]))
