# Builtins calling Python functions many times over (map's function, min/max's and sorted's key): results,
# exceptions, refcounts, and the frames they run in (each call a frame of its own, as CPython's).
import sys, gc

data = list(range(10))
print(list(map(lambda x: x * x, data)), list(map(str, data))[:3], list(map(pow, data, data))[:4])
squares = map(lambda x: x * x, data)
print(next(squares), next(squares), sum(squares))

def failing(x):
    if x == 3:
        raise ValueError("three")
    return x

m = map(failing, data)
try:
    print(list(m))
except ValueError as e:
    print("ValueError", e, next(m))

def stopping(x):
    if x == 4:
        raise StopIteration
    return x
m = map(stopping, data)
print(list(m), list(m), next(m, "more"))

item = object()
holder = [item]
print(sys.getrefcount(item))
r = list(map(lambda o: o, holder))
print(sys.getrefcount(item), r[0] is item)
del r
print(sys.getrefcount(item))

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max(3, 1, 4, 1, 5, key=lambda v: -v), min([], key=len, default="empty"), max([2.5, 1, 3], key=float))
try:
    max([1, "a", 2], key=lambda v: v)
except TypeError as e:
    print("TypeError", e)
ks = [object() for _ in range(3)]
best = max(ks, key=id)
print(sys.getrefcount(best), best is max(ks, key=id))

frames = []
def remember(x):
    frames.append(sys._getframe())
    return -x
print(sorted(data[:4], key=remember), len(set(map(id, frames))), [f.f_locals["x"] for f in frames])
frames.clear()

def plain(x):
    return x % 3
print(sorted(data, key=plain), [plain(x) for x in data][:3])
calls = 0
def counting(x):
    global calls
    calls += 1
    return x
print(sorted(range(50, 0, -1), key=counting)[:3], calls, sorted(range(5), key=counting), calls)

class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
nodes = list(map(Node, range(5)))
del nodes
print(gc.collect())
