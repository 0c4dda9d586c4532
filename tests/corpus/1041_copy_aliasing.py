# The aliasing lesson: a shallow copy shares the inner objects, a deep copy does not; refcounts show it.
import copy
import gc
import sys

a = [[1, 2], [3, 4]]
print("before:", sys.getrefcount(a[0]))
b = copy.copy(a)
print("after copy:", sys.getrefcount(a[0]), b is a, b[0] is a[0])
c = copy.deepcopy(a)
print("after deepcopy:", sys.getrefcount(a[0]), c[0] is a[0], sys.getrefcount(c[0]))
b[0].append(99)
print(a, b, c)
print("sizes:", sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))

t = (1, "two", 3.0)
print("tuple refs:", sys.getrefcount(t))
same = copy.deepcopy(t)
print("deepcopy of immutable tuple is itself:", same is t, sys.getrefcount(t))
mixed = (1, [2])
other = copy.deepcopy(mixed)
print("tuple holding a list is copied:", other is mixed, other == mixed)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
x2 = copy.deepcopy(x)
print(x2.peer.peer is x2, x2 is x, x2.peer is y)
print("refs:", sys.getrefcount(x), sys.getrefcount(x2))
shallow = copy.copy(x)
print("shallow shares peer:", shallow.peer is y, sys.getrefcount(y))
gc.collect()
del x, y, shallow
print("collected original cycle:", gc.collect())
del x2
print("collected copied cycle:", gc.collect())

cycle = []
cycle.append(cycle)
dup = copy.deepcopy(cycle)
print(dup[0] is dup, sys.getrefcount(dup))
del cycle, dup
print("collected lists:", gc.collect())
