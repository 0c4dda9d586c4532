# Weak references to objects with a user __hash__ are found as keys through the referents' __eq__ (WeakKeyDictionary).
import weakref, gc
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K({self.v})'
a, b, a2 = K(1), K(2), K(1)
print(weakref.ref(a) == weakref.ref(b), len({weakref.ref(a), weakref.ref(b)}), len({weakref.ref(a), weakref.ref(a2)}))
w = weakref.WeakKeyDictionary(); w[a] = 1; w[b] = 2; w[a2] = 3
print(len(w), sorted(w.values()), w[K(2)], K(3) in w)
print((weakref.ref(b),) in {(weakref.ref(a),)}, weakref.ref(a2) in {weakref.ref(a): 0})
r = weakref.ref(b)
d = {r: 'b'}
del b
gc.collect()
print(r() is None, len(d), hash(r) == 7, d[r], len(w))
class Plain: pass
p = Plain()
print(len({weakref.ref(p), weakref.ref(p)}), {weakref.ref(p): 1}[weakref.ref(p)])
