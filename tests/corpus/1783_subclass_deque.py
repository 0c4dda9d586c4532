# Subclasses of collections.deque: __init__ with maxlen calling super(), append/appendleft overridden, extra attributes,
# repr naming the subclass, copy/+/* making the subclass, maxlen read-only, unhashable, truth, gc.
import collections, copy, gc, sys
class D(collections.deque):
    def __init__(self, iterable=(), maxlen=None, name="d"):
        super().__init__(iterable, maxlen)
        self.name = name
        self.log = []
    def append(self, x):
        self.log.append(("append", x))
        super().append(x)
    def appendleft(self, x):
        self.log.append(("appendleft", x))
        super().appendleft(x)
d = D([1, 2], maxlen=3, name="n")
d.append(3); d.append(4); d.appendleft(0)
print(d, d.log, d.maxlen, d.name, len(d), d[0], isinstance(d, collections.deque), type(d).__name__)
d.extend([7, 8])
print(d, d.log, list(reversed(d)), 7 in d, d == collections.deque([0, 7, 8]), d.count(7))
e = d.copy()
print(type(e).__name__, e, e.maxlen, e.name, e.log)
f = d + D([5])
print(type(f).__name__, f, type(d * 2).__name__, d * 2)
g = copy.copy(d)
print(type(g).__name__, g, g.maxlen)
print(D(), D("ab"), repr(D(range(3), 2)))
class Plain(collections.deque):
    pass
p = Plain([1])
p.tag = "t"
print(p, p.tag, p.pop(), p, Plain.__mro__)
try:
    Plain([1]).popleft() and Plain().pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
print(sys.getrefcount(p), gc.collect())
p.append(p)
del p
print(gc.collect())
class Bad(collections.deque):
    def __new__(cls, *a):
        return [1]
try:
    Bad.copy(collections.deque.__new__(Bad))
except TypeError as ex:
    print(type(ex).__name__, ex)
q = D([1, 2], 5)
for action in ("set", "del"):
    try:
        if action == "set":
            q.maxlen = 3
        else:
            del q.maxlen
    except AttributeError as ex:
        print(type(ex).__name__, ex)
try:
    hash(q)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(bool(D()), bool(q), q * 2, 2 * q, -1 * q, q < D([1, 3]), q == [1, 2])
q += [9]
print(q, type(q).__name__, q.log)
