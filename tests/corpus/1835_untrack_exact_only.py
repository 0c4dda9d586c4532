# A collection untracks only exact tuples and dicts holding nothing trackable (PyTuple_CheckExact, PyDict_CheckExact):
# namedtuple instances and dict subclasses stay tracked.
import gc
from collections import namedtuple, OrderedDict, defaultdict, Counter
class T(tuple): pass
class D(dict): pass
P = namedtuple("P", "x y")
t, d, p, e = T((1, 2)), D(a=1), P(1, 2), D()
od, dd, c = OrderedDict(a=1), defaultdict(int), Counter("aab")
plain_t, plain_d = tuple([1, 2]), {"a": 1}
print([gc.is_tracked(x) for x in (t, d, p, e, od, dd, c, plain_t, plain_d)])
gc.collect()
print([gc.is_tracked(x) for x in (t, d, p, e, od, dd, c, plain_t, plain_d)])
