import sys, gc, weakref
a = 256
b = 256
print(a is b)
x = "hello"
y = "hello"
print(x is y, x == y)
p = [1, 2]
q = [1, 2]
print(p is q, id(p) == id(q), id(p) == id(p))
class Slotted:
    __slots__ = ("a", "__weakref__")
    def __init__(self):
        self.a = 1
s = Slotted()
r = weakref.ref(s)
print(r() is s, hasattr(s, "__dict__"))
class Sub(Slotted):
    __slots__ = ("b",)
t = Sub()
t.a = 1
t.b = 2
print(t.a, t.b, sys.getsizeof(t) > sys.getsizeof(s))
try:
    t.c = 3
except AttributeError as e:
    print(e)
def make():
    local = [0] * 5
    print(sys.getrefcount(local))
    return local
kept = make()
print(sys.getrefcount(kept))
def f():
    v = []
    w = v
    del w
    return sys.getrefcount(v)
print(f())
items = []
for k in range(3):
    items.append([k])
print([sys.getrefcount(i) for i in items])
d = {"k": items}
print(sys.getrefcount(items))
del d
print(sys.getrefcount(items))
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree()
leaf = Tree(root)
print(sys.getrefcount(root), sys.getrefcount(leaf))
del root, leaf
print(gc.collect())
print(type(None).__name__, type(type).__name__, isinstance(Tree, type), callable(Tree))
