# __eq__ that changes the dict it is compared in: lookdict starts the walk again.
import sys

class K:
    def __init__(self, v, d=None):
        self.v = v
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        if self.d is not None and self.v == 'mut':
            d = self.d
            self.d = None
            d[K('late')] = 'L'
        return self.v == getattr(other, 'v', other)
    def __repr__(self):
        return 'K(%r)' % (self.v,)

d = {}
d[K('mut', d)] = 1
d[K('b')] = 2
print(len(d), d)
print(K('late') in d)
print(d.get(K('zz'), 'missing'))
del d[K('b')]
print(d)
d[K('b')] = 3
print(list(d.items()))
k = K('x')
d2 = {k: 'v'}
print(sys.getrefcount(k))
k.v = 'y'
print(d2[k], sys.getrefcount(k))

# a key whose hash changes after it is stored is lost, as in CPython
class M:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
m = M(1)
dm = {m: 'one'}
m.h = 2
print(m in dm, len(dm))
dm[m] = 'two'
print(len(dm), list(dm.values()))
m.h = 1
print(dm[m])
