# A memory lesson's copy vs deepcopy: which parts are shared, their reference counts, a self-referencing instance
# holding a set, and what a deep copy allocates and leaves for the collector.
import copy, sys, gc
a = [[1, 2], {3: {4}}, (5, [6]), "s", 7.5, {8, 9}, frozenset({10}), b"b", bytearray(b"x")]
print(gc.get_count()[0] >= 0)
b = copy.copy(a)
c = copy.deepcopy(a)
print([x is y for x, y in zip(a, b)])
print([x is y for x, y in zip(a, c)])
print(sys.getrefcount(a[0]), sys.getrefcount(a[1]), sys.getrefcount(a[5]), sys.getrefcount(a[6]))
print(sys.getrefcount(c[0]), sys.getrefcount(c[5]), sys.getrefcount(c[6]))
class P:
    def __init__(self):
        self.items = {1, 2}
        self.me = self
p = P()
q = copy.deepcopy(p)
print(q.me is q, q.items == p.items, q.items is p.items, sys.getrefcount(q))
gc.collect()
before = gc.get_count()
r = copy.deepcopy(p)
after = gc.get_count()
print(after[0] - before[0])
del q, r
print(gc.collect())
