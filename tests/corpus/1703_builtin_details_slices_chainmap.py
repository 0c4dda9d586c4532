# Small builtin details as CPython 3.11: slices are unhashable and tracked by the collector, setdefault hashes
# once, ChainMap is a MutableMapping (==, |, views), __iter__ = None makes a class not iterable.
import gc
from collections import ChainMap
print(gc.is_tracked(slice(1, 2)), gc.is_tracked(slice(1, [2])))
try:
    d = {slice(1, 2): 1}
    print("stored", d)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 1
    def __eq__(self, o): return self.n == o.n
d = {}
d.setdefault(K(1), "a")
d.setdefault(K(1), "b")
print(len(d))
print(ChainMap({'a': 1}) == ChainMap({'a': 1}), ChainMap({'a': 1}, {'b': 2}) == {'a': 1, 'b': 2}, ChainMap({'a': 1}) != ChainMap({'a': 2}))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in NotIter(): pass
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 2)
print(any(o is s for o in gc.get_objects()))
xs = list(range(10))
gc.collect()
before = gc.get_count()
for i in range(5):
    ys = xs[i:i + 3]
print(gc.get_count()[0] - before[0], gc.collect())
from collections.abc import Mapping, MutableMapping
from collections import ChainMap
import types
print(isinstance(ChainMap(), Mapping), isinstance(ChainMap(), MutableMapping), isinstance(types.MappingProxyType({}), Mapping))
a, b = {'a': 1}, {'a': 9, 'b': 2}
cm = ChainMap(a, b)
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.keys(), list(cm.values()), list(cm.items()))
print(cm == {'a': 1, 'b': 2}, cm == ChainMap({'a': 1}, {'b': 2}), cm != ChainMap(), 'b' in cm, cm.get('z', 0))
child = cm.new_child({'c': 3})
child['a'] = 100
print(child, child.parents, a)
print(cm | {'z': 1}, {'y': 0} | cm)
cm |= {'w': 5}
print(cm, cm.pop('w'), ChainMap.fromkeys('xy', 0))
try:
    hash(cm)
except TypeError as e:
    print("TypeError:", e)
try:
    del cm['b']
except KeyError as e:
    print("KeyError:", e)
print(type(cm).__mro__[1:3], ChainMap.__doc__.split()[0])
