# copy and deepcopy of a defaultdict (its __reduce__), a namedtuple (__getnewargs__) and list/dict subclasses
# with attributes (object.__getstate__ of a builtin-kind instance).
import copy
from collections import defaultdict, namedtuple, OrderedDict, Counter, deque
e = copy.deepcopy(defaultdict(list, a=[1]))
e["zz"].append(1)
print(dict(e), e)
print(copy.copy(defaultdict(int, b=2)))
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)))
class MyList(list): pass
ml = MyList([1]); ml.tag = "x"
c1, c2 = copy.copy(ml), copy.deepcopy(ml)
print(type(c1).__name__, c1, getattr(c1, "tag", "NO TAG"), getattr(c2, "tag", "NO TAG"))
class MyDict(dict): pass
md = MyDict(a=1); md.tag = "y"
print(getattr(copy.copy(md), "tag", "NO TAG"), getattr(copy.deepcopy(md), "tag", "NO TAG"), copy.deepcopy(md))
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter("aab")), copy.deepcopy(deque([[1]], maxlen=3)))
