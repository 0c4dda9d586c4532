# In-place operators as binary_iop1: the left operand's in-place slot first (dict |= and set |= keep the left object
# whatever the right one's class defines); list has none, so a right operand's __radd__ comes before list's +=.
from collections import defaultdict, OrderedDict, Counter
d = {"x": 0}
d2 = d
d |= defaultdict(int, a=1)
print(d, d is d2, type(d).__name__)
d |= OrderedDict(b=2)
print(d, type(d).__name__)
d |= Counter("c")
print(d)
d |= [("p", 1)]
print(d)
class Foo:
    def __radd__(self, other): return "radd"
    def __iter__(self): return iter([7])
x = [1]; x += Foo(); print(x)
class NotImpl:
    def __radd__(self, other): return NotImplemented
    def __iter__(self): return iter([8])
y = [1]; y += NotImpl(); print(y)
class L(list):
    def __radd__(self, other): return "L radd"
z = [1]; z += L([2]); print(z)
s = {1}
class S(set):
    def __ror__(self, other): return "S ror"
s |= S({2}); print(s)
try:
    d |= 5
except TypeError as e:
    print(e)
