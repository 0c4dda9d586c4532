import sys, gc, copy, weakref
def show(o):
    return sys.getrefcount(o)
x = object()
print(sys.getrefcount(x), show(x))
lst = [x, x]
print(sys.getrefcount(x))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[1])
a = [1, [2, 3]]
b = copy.copy(a); d = copy.deepcopy(a)
a[1].append(4)
print(a, b, d, a[1] is b[1], a[1] is d[1], id(a) == id(b))
k = 256
print(k is 256 - 0 + k - k, [] == [], [] is [], "ab" == "a" + "b", None is None)
class Node:
    def __init__(self, name):
        self.name = name; self.other = None
    def __del__(self):
        print("del", self.name)
class Leaf:
    def __init__(self): self.parent = None
gc.collect()
n1, n2 = Node("a"), Node("b")
n1.other, n2.other = n2, n1
lf = Leaf(); lf.parent = n1; n1.leaf = lf
del n1, n2, lf
print("collected", gc.collect())
print("again", gc.collect())
n = Node("solo")
r = weakref.ref(n, lambda ref: print("callback, dead:", ref() is None))
print(r() is n)
del n
print(r())
for L in ([], [1], [1, 2, 3, 4, 5], list(range(100))):
    print(len(L), sys.getsizeof(L))
grow = []
sizes = []
for i in range(20):
    grow.append(i); sizes.append(sys.getsizeof(grow))
print(sizes)
print([sys.getsizeof(v) for v in (0, 1, 2**30, 2**60, 2**100, -1, True, 1.5, "", "a", "abc", "é", "€", (), (1,), {}, {"a": 1}, set(), b"", None)])
dct = {}
ds = []
for i in range(12):
    dct[i] = i; ds.append(sys.getsizeof(dct))
print(ds)
s = ""
print([sys.getsizeof("x" * k) for k in (0, 1, 10, 100)])
def f():
    local = [1, 2]
    return sys.getrefcount(local)
print(f(), sys.getrefcount(None) > 100, gc.get_count()[0] >= 0, gc.isenabled())
