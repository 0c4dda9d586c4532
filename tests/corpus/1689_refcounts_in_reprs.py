# repr of containers: list and tuple items are borrowed while their __repr__ runs, a dict holds key and value,
# a set repr goes through a list of its items.
import sys
class R:
    def __repr__(self):
        return 'R%d' % sys.getrefcount(self)
r = R()
print([r], (r,), (r, r), {r: r}, {1: r}, {r}, frozenset([r]), [[r]], {'a': [r]})
print(repr([r]), str((r,)), f'{[r]}', '%s' % [r], '{}'.format([r]))
import collections
print(collections.deque([r]), collections.OrderedDict([(1, r)]), collections.defaultdict(list, {1: r}))
print(collections.Counter({r: 1}))
class C:
    def __init__(self, x): print('init', sys.getrefcount(x))
class D:
    def __new__(cls, x): print('new', sys.getrefcount(x)); return object.__new__(cls)
class E(list):
    def __init__(self, x): print('list-init', sys.getrefcount(x))
o = object()
C(o); D(o); E(o)
C(x=o)
c = C(o)
print(sys.getrefcount(o))
def g(x): print('func', sys.getrefcount(x))
g(o)
print(int(o is o), str(5))
class K:
    def __index__(self): print('index', sys.getrefcount(self)); return 3
    def __str__(self): print('str', sys.getrefcount(self)); return 'k'
    def __format__(self, spec): print('format', sys.getrefcount(self)); return 'f'
    def __len__(self): print('len', sys.getrefcount(self)); return 1
    def __iter__(self): print('iter', sys.getrefcount(self)); return iter([1])
    def __hash__(self): print('hash', sys.getrefcount(self)); return 1
    def __repr__(self): print('repr', sys.getrefcount(self)); return 'r'
k = K()
print(bin(k), str(k), format(k, ''), len(k), list(k), hash(k), repr(k), '%s' % k, f'{k}', [k], range(k), divmod(k, 1) if False else 0, bytes(k), bytearray(k))
print(sorted([k, k], key=lambda v: sys.getrefcount(v)))
print(max(k), min(k))
