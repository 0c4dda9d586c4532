# dataclass(slots=True): a frozen class gets __getstate__/__setstate__ (copy and pickle work), a class that has __slots__
# already is refused, weakref_slot=True adds __weakref__, as in 3.11.
import copy, pickle, weakref
from dataclasses import dataclass, fields
@dataclass(slots=True, frozen=True)
class SF:
    v: int
    w: str = "x"
a = SF(3)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b == a, b is a, SF.__getstate__(a), pickle.loads(pickle.dumps(a)))
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print(e)
@dataclass(slots=True, weakref_slot=True)
class W:
    n: int
w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class Bad:
        n: int
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Plain:
    k: int
print(copy.copy(Plain(5)), hasattr(Plain, "__getstate__") and Plain.__getstate__ is SF.__getstate__)
