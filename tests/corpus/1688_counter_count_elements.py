# Counter.update counts through _collections._count_elements: one hash per element for a plain Counter (and
# __eq__ run by both the get and the set), get/__setitem__ of a subclass called, the iterable's refcount.
import sys, collections
def gen():
    yield sys.getrefcount(g)
g = gen()
c = collections.Counter()
c.update(g)
print(c)
from collections import _count_elements
g = gen()
d = {}
_count_elements(d, g)
print(d)
g = gen()
print(collections.Counter(g))
g = gen()
print(collections.Counter(g, a=1))
import gc
from collections import Counter
class H:
    def __init__(self, n): self.n = n
    def __hash__(self): print('hash', self.n); return self.n
    def __eq__(self, o): print('eq', self.n, o.n); return self.n == o.n
    def __repr__(self): return 'H%d' % self.n
a, b = H(1), H(1)
print(Counter([a, b, H(2)]))
class C(Counter):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
print(C('abca'))
class G(Counter):
    def get(self, k, d=None):
        print('get', k)
        return super().get(k, d)
print(G('aab'))
try:
    Counter([1, [2], 3])
except TypeError as e:
    print(e)
c = Counter('hello world')
print(c.most_common(3), sum(c.values()))
c.update('hello')
print(c)
c.update({'h': 10})
print(c)
def gen():
    yield 'x'
    raise ValueError('boom')
try:
    Counter(gen())
except ValueError as e:
    print(e)
print(gc.get_count()[0] - gc.get_count()[0])
class Bad:
    def __add__(self, o): return NotImplemented
d = Counter()
dict.__setitem__(d, 'k', Bad())
try:
    d.update('k')
except TypeError as e:
    print(e)
