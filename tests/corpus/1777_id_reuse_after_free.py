# id() after a free: CPython hands a freed object's memory to the next object of its size (a free list's or
# pymalloc's block freed last), so objects with non-overlapping lifetimes may share an id, as the docs of id() say.
import gc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
first = id(p)
del p
q = Point(3, 4)
print("instance reused:", id(q) == first)
s = Slotted(1, 2)
sid = id(s)
del s
t = Slotted(5, 6)
print("slotted reused:", id(t) == sid)
print("slotted vs point:", id(Slotted(0, 0)) == id(Point(0, 0)))
ids = set()
for i in range(5):
    ids.add(id([i]))
print("lists in a loop:", len(ids))
ids = set()
for i in range(5):
    ids.add(id(Point(i, i)))
print("points in a loop:", len(ids))
keep = [Point(i, i) for i in range(5)]
print("kept points distinct:", len({id(k) for k in keep}))
s1 = "hello world" * 2
a = id(s1)
del s1
s2 = "goodbye moon" * 2
print("str reused:", id(s2) == a)
x = (1, 2, 3)
y = tuple([1, 2, 3])
xi = id(y)
del y
z = tuple([4, 5, 6])
print("tuple reused:", id(z) == xi)
d = {"a": 1}
di = id(d)
del d
e = {"b": 2}
print("dict reused:", id(e) == di)
f = 3.14 * 2
fi = id(f)
del f
g = 2.71 * 2
print("float reused:", id(g) == fi)
n = 10 ** 20
ni = id(n)
del n
m = 10 ** 21
print("bigint reused:", id(m) == ni)
def make():
    return [1, 2, 3]
print("calls:", id(make()) == id(make()))
class Node:
    def __init__(self):
        self.other = None
a = Node(); b = Node()
a.other = b; b.other = a
ai = id(a); bi = id(b)
del a, b
gc.collect()
c = Node()
print("after gc:", id(c) in (ai, bi), id(c) == ai, id(c) == bi)
print([id(x) == id(y) for x, y in [([], []), ({}, {}), (object(), object())]])
print(id(object()) == id(object()), id(Point(1,1)) == id(Point(2,2)))
big = list(range(1000))
bi = id(big)
del big
big2 = list(range(1000))
print("big list header reused:", id(big2) == bi)
