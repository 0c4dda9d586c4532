# Which freed block the next object gets: free lists emptied by a full collection, a container freed after
# what it held, the objects of a list freed last-first; hash() of an object is its id() >> 4.
import gc
# Free lists are emptied by a full collection; their blocks go back to the allocator.
a = [1]
ai = id(a)
del a
gc.collect()
b = [2]
print("list after collect:", id(b) == ai)
# Nested tuples: the inner one is freed first, so the outer one's block is on top.
t = tuple([tuple([1, 2]), 3])
inner = id(t[0])
outer = id(t)
del t
u = tuple([7, 8])
print("2-tuple gets the outer block:", id(u) == outer, id(u) == inner)
# A list and its items: the list object goes back to the list free list.
xs = [object() for _ in range(3)]
first = id(xs[0])
last = id(xs[2])
del xs
o = object()
print("object reuse order:", id(o) == first, id(o) == last)
# Swapping lifetimes: two live objects never share an id.
p, q = object(), object()
print(id(p) != id(q))
# id of a temporary in a loop, with something kept alive in between
seen = []
keep = []
for i in range(4):
    seen.append(id(object()))
    keep.append(object())
print(len(set(seen)), seen[0] == seen[1])
class A:
    pass
class B:
    def __init__(self):
        self.a = 1
        self.b = 2
x = A(); xi = id(x); del x
y = B()
print("A then B:", id(y) == xi)
r = repr(B())
print(r.startswith("<__main__.B object at 0x"))
objs = [A() for _ in range(3)]
addrs = [id(o) for o in objs]
del objs
again = [A() for _ in range(3)]
print([addrs.index(id(o)) if id(o) in addrs else None for o in again])
print("hash is id >> 4:", hash(again[0]) == id(again[0]) >> 4)
