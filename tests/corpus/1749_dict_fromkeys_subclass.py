# dict.fromkeys called on a subclass makes an instance of it (its __init__ runs) and stores each key through PyObject_SetItem (its __setitem__ runs); a bound method of a builtin shows the builtin's name.
from collections import OrderedDict, defaultdict, Counter
class D(dict):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(repr(OrderedDict.fromkeys("ab")), repr(defaultdict.fromkeys("ab", 1)))
class E(dict): pass
e = E.fromkeys({"x": 1, "y": 2})
print(type(e).__name__, e, type({}.fromkeys("a")).__name__, type(E().fromkeys("q")).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as ex:
    print("NotImplementedError:", ex)
import types
m = types.MethodType(len, [1, 2])
print(m, m())
def keys():
    for k in "xy":
        print("yield", k)
        yield k
print(D.fromkeys(keys()))
