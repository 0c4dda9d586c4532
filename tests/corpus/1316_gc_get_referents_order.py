import gc
class A:
    def __init__(self): self.x = [1]; self.y = 'q'
class S:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = []; self.q = {}
class L(list): pass
a = A(); s = S(); l = L([1, 2]); l.tag = 't'
d = {1: 'one', 'two': [2]}
e = {'k': 'v', 'k2': [3]}
from collections import namedtuple
P = namedtuple('P', 'x y')
for o in [a, s, l, d, e, [1, 'x', None], (1, [2], 'z'), P(1, [2]), 1, 'str', None, {1, 2}, frozenset()]:
    r = gc.get_referents(o)
    print(type(o).__name__, [type(t).__name__ if not isinstance(t, (int, str, list, tuple, dict)) or t is None else t for t in r][:8])
print(len(gc.get_referents(a.__dict__)), gc.get_referents(a.__dict__) == [[1], 'q'])
print([type(t).__name__ for t in gc.get_referents(A)], gc.get_referents(A)[1] is A.__mro__)
