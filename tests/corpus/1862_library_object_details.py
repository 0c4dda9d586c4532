# Smaller library objects as CPython's: Counter.elements() is an itertools.chain, deque.maxlen a read-only getset on the
# class, weakref.finalize's repr names its object (or says dead).
from collections import Counter
c = Counter(a=2, b=0, c=-1, d=1)
print(list(c.elements()))
it = c.elements()
c["e"] = 1
try:
    print(list(it))
except RuntimeError as e:
    print(e)
print(type(Counter("ab").elements()).__name__, sorted(Counter("abca").elements()))
from collections import deque
print(deque.maxlen, "maxlen" in dir(deque), deque([1], 3).maxlen, deque().maxlen)
d = deque(maxlen=2)
try:
    d.maxlen = 5
except AttributeError as e:
    print(e)
class D(deque): pass
print(D([1,2], 5).maxlen, type(deque.__dict__["maxlen"]).__name__)
import weakref
class A: pass
a = A()
f = weakref.finalize(a, print, "bye")
r = repr(f)
print(r.startswith("<finalize object at 0x"), r.endswith(f"; for 'A' at {id(a):#x}>"))
del a
print(repr(f).endswith("; dead>"))
