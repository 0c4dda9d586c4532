# Refcounts and gc counts around lookups that call __hash__ and __eq__ (collisions everywhere).
import gc, sys

class C:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return type(other) is C and self.v == other.v

gc.collect()
keys = [C(i) for i in range(9)]
print([sys.getrefcount(k) for k in keys[:3]])
d = {k: i for i, k in enumerate(keys)}
s = set(keys)
print(len(d), len(s), sys.getrefcount(keys[0]))
print([d[C(i)] for i in range(9)])
print(all(C(i) in s for i in range(9)), C(9) in s, C(9) in d)
for i in range(0, 9, 2):
    del d[C(i)]
    s.discard(C(i))
print(list(d.values()), sorted(c.v for c in s))
print([sys.getrefcount(k) for k in keys[:3]])
d[C(4)] = 'again'
s.add(C(4))
print(list(d.values()), len(s))
cp = dict(d)
cs = s.copy()
print(cp == d, cs == s, cp[C(7)], C(7) in cs)
d.clear()
s.clear()
print(len(d), len(s), C(1) in d, C(1) in s)
del d, s, cp, cs
gc.collect()
print([sys.getrefcount(k) for k in keys[:3]], gc.get_count())
u = {C(1): 'a'}
u |= {C(1): 'b', C(4): 'c'}
print(sorted((k.v, v) for k, v in u.items()))
x = {C(1), C(2)}
x -= {C(1)}
x |= {C(5)}
x &= {C(5), C(8)}
x ^= {C(5), C(0)}
print(sorted(c.v for c in x))
print(sorted((k.v, v) for k, v in u.items() ^ {(C(1), 'b')}))
print(sorted(k.v for k in u.keys() & {C(4)}), sorted(k.v for k in u.keys() - {C(4)}))
