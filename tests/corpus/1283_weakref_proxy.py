# weakref.proxy: operations reach the referent while it lives, then ReferenceError; the basic ref and
# proxy are shared, and getweakrefcount/getweakrefs see every weak reference.
import sys
import weakref


def shape(text):
    parts = text.split("0x")
    return "0x...".join([parts[0]] + [part.lstrip("0123456789abcdef") for part in parts[1:]])


class Node:
    def __init__(self, value):
        self.value = value
        self.items = [value, value * 2]

    def double(self):
        return self.value * 2

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Node(self.value + other)

    def __str__(self):
        return f"Node {self.value}"


n = Node(3)
p = weakref.proxy(n)
print(shape(repr(p)))
print(type(p), type(weakref.proxy(len)), weakref.ProxyTypes)
print(p.value, p.double(), len(p), p[1], str(p), (p + 1).value, bool(p))
print(p.__class__, isinstance(p, Node), type(p) is Node)
p.extra = "set through the proxy"
print(n.extra)
del p.extra
print(hasattr(n, "extra"), hasattr(p, "missing"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p()
except TypeError as e:
    print("TypeError:", e)

print(weakref.proxy(n) is p, weakref.ref(n) is weakref.ref(n))
r = weakref.ref(n)
cb_proxy = weakref.proxy(n, lambda pr: print("proxy callback", type(pr).__name__))
cb_ref = weakref.ref(n, lambda wr: print("ref callback", wr() is None))
print(weakref.getweakrefcount(n), sys.getrefcount(n), sys.getrefcount(p))
print([type(w).__name__ for w in weakref.getweakrefs(n)])
print(weakref.getweakrefs(n)[0] is r, n.__weakref__ is r)
print(sys.getsizeof(p), sys.getsizeof(r))

numbers = [5, 1, 4]


class Bag(list):
    pass


bag = Bag(numbers)
pb = weakref.proxy(bag)
print(len(pb), pb[0], 4 in pb, list(pb), sorted(pb), pb + [9], pb == numbers, pb.count(1))
pb.append(7)
pb[0] = 0
print(bag)


def twice(x):
    return 2 * x


pf = weakref.proxy(twice)
print(pf(21), callable(pf), callable(p))

del n
print("after del:", weakref.getweakrefcount(Node(1)))
print(shape(repr(p)))
for action in (lambda: p.value, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(r())
