# WeakValueDictionary and WeakKeyDictionary methods Lib/weakref.py has (setdefault, popitem, copy, valuerefs,
# keyrefs, the | operators, generator views) and finalize.atexit's setter.
import weakref, gc

class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Item(%d)' % self.n

keep = [Item(i) for i in range(4)]
cache = weakref.WeakValueDictionary()
cache['a'] = keep[0]
print(cache.setdefault('a', keep[1]).n, cache.setdefault('b', keep[1]).n, sorted(cache))
print(type(cache.keys()).__name__, sorted(cache.keys()), [v.n for v in cache.values()], sorted((k, v.n) for k, v in cache.items()))
copy = cache.copy()
print(type(copy).__name__, sorted(copy), len(cache.valuerefs()), all(type(r) is not None for r in cache.itervaluerefs()))
merged = cache | {'c': keep[2]}
print(type(merged).__name__, sorted(merged), sorted(cache))
cache |= {'d': keep[3]}
print(sorted(cache))
key, value = cache.popitem()
print(key, value, len(cache))
del keep[3], keep[2]
gc.collect()
print(sorted(cache), sorted(merged))
empty = weakref.WeakValueDictionary()
try:
    empty.popitem()
except KeyError as e:
    print('KeyError', e)
class Named(weakref.WeakValueDictionary): pass
print(repr(Named()).split(' at ')[0])

owners = weakref.WeakKeyDictionary()
a, b = Item(10), Item(11)
owners[a] = 'first'
print(owners.setdefault(b, 'second'), len(owners.keyrefs()), type(owners.keys()).__name__)
print(sorted(k.n for k in owners), sorted(owners.values()), sorted((k.n, v) for k, v in owners.items()))
both = owners.copy()
print(type(both).__name__, len(both), len(owners | {Item(12): 'gone'}))
k, v = owners.popitem()
print(k.n in (10, 11), v in ('first', 'second'), len(owners))

def note(name): print('finalizer', name)
x, y = Item(20), Item(21)
fx = weakref.finalize(x, note, 'x')
fy = weakref.finalize(y, note, 'y')
print(fx.atexit)
fx.atexit = False
fy.atexit = 0
print(fx.atexit, fy.atexit, fx.alive)
fz = weakref.finalize(Item(22), note, 'z')
fz.atexit = False
print(fz.atexit, fz.alive)
w = Item(23)
weakref.finalize(w, note, 'w at exit')
print('end')
