# dict.get, dict.pop and dict.setdefault with keys whose class defines __hash__ and __eq__ in Python: the methods
# run them (as CPython's C code does), so their calls, results, exceptions and refcounts are python3's.
import sys, gc

calls = []

class Key:
    def __init__(self, a):
        self.a = a
    def __hash__(self):
        calls.append(("hash", self.a))
        return hash(self.a % 3)
    def __eq__(self, other):
        calls.append(("eq", self.a, getattr(other, "a", other)))
        return isinstance(other, Key) and self.a == other.a
    def __repr__(self):
        return f"Key({self.a})"

d = {Key(i): i * 10 for i in range(6)}
calls.clear()
print(d.get(Key(4)), d.get(Key(9)), d.get(Key(9), "none"), calls)
calls.clear()
print(d.setdefault(Key(7), 70), d.setdefault(Key(1), 99), len(d), calls)
calls.clear()
print(d.pop(Key(2)), d.pop(Key(2), "gone"), len(d), calls)
try:
    d.pop(Key(8))
except KeyError as e:
    print("KeyError", e)
print({}.pop(Key(1), "empty dict: no hash"), calls[-1:])

k = Key(5)
v = object()
print(sys.getrefcount(k), sys.getrefcount(v))
e = {}
e.setdefault(k, v)
print(sys.getrefcount(k), sys.getrefcount(v), e.get(k) is v)
print(e.pop(k) is v, sys.getrefcount(k), sys.getrefcount(v))

class Bad:
    def __hash__(self):
        raise ValueError("no hash here")

for method in ("get", "setdefault", "pop"):
    try:
        getattr({1: 2}, method)(Bad())
    except ValueError as exc:
        print(method, "ValueError", exc)

class Shrinking:
    """An __eq__ that empties the dict it is compared in."""
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        return False

t = {}
t[1] = "one"
print(t.get(Shrinking(t), "missing"), t)

class Deep:
    def __hash__(self):
        return hash(d2.get(self, 0))
d2 = {}
try:
    d2.get(Deep())
except RecursionError as exc:
    print("RecursionError", str(exc)[:40])

bound = d.get
print(sorted(d, key=lambda key: key.a)[:3], sorted([Key(0), Key(5)], key=bound, reverse=True))
gc.collect()
print(gc.get_count()[0] < 50)
