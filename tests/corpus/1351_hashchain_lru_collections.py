# functools.lru_cache and collections containers with arguments that define __hash__ and __eq__ (all colliding).
import functools
from collections import OrderedDict, Counter, defaultdict

class Arg:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'Arg(%d)' % self.v

@functools.lru_cache(maxsize=2)
def f(a):
    print('  call', a)
    return a.v * 10

print(f(Arg(1)), f(Arg(2)), f(Arg(1)), f(Arg(3)), f(Arg(2)))
print(f.cache_info())

@functools.cache
def g(a, b=0):
    return a.v + b

print(g(Arg(1)), g(Arg(1)), g(Arg(2), b=1), g(Arg(2), b=1))
print(g.cache_info())

od = OrderedDict()
od[Arg(1)] = 'a'
od[Arg(2)] = 'b'
od.move_to_end(Arg(1))
print(list(od.items()))
c = Counter([Arg(1), Arg(2), Arg(1)])
print(sorted((k.v, n) for k, n in c.items()))
dd = defaultdict(list)
dd[Arg(5)].append(1)
dd[Arg(5)].append(2)
print(dict(dd))
