# Reference counts inside __eq__ and __hash__: list_contains and tuple compares borrow items, list.count/index/remove
# and list compares hold them, object.__ne__ reaches __eq__ through its slot wrapper (argument tuple and slice),
# a values view searches through its iterator; PyDict_SetItem holds key and value while __hash__ runs.
import sys
rc = sys.getrefcount
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print('eq self', self.n, rc(self), 'o', o.n, rc(o)); return self.n == o.n
a, b = V(1), V(2)
print('in', a in [b])
print('in-tuple', a in (b,))
print('count', [a].count(b))
print('index', [b, a].index(a))
print('remove', [b, a].remove(a))
print('tcount', (a,).count(b))
print('cmp-list', [a] == [b])
print('cmp-tuple', (a,) == (b,))
print('dict-in', a in {1: b}.values())
import collections
print('deque', a in collections.deque([b]), collections.deque([b]).count(a))
class A:
    def __eq__(self, o): print('A eq'); return NotImplemented
class B:
    def __eq__(self, o): print('B eq'); return True
print(A() != B(), B() != A(), A() != A())
class C:
    def __eq__(self, o): print('C eq'); return NotImplemented
    def __ne__(self, o): print('C ne'); return NotImplemented
print(C() != B(), B() != C())
class D(B):
    def __eq__(self, o): print('D eq'); return False
print(B() != D(), D() != B())
class V2:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print('eq', rc(self), rc(o)); return self.n == o.n
    def __hash__(self): print('hash', rc(self)); return self.n
a, b = V2(1), V2(2)
print('==', a == b)
print('!=', a != b)
print('in', a in [b])
print('count', [a].count(b))
print('index', [b].index(b))
print('dict', {a: 1}[a])
print('set', {a, b} and 1)
class W:
    def __getattr__(self, name): print('getattr', rc(self)); return 1
w = W()
print(w.missing, getattr(w, 'x'))
class N:
    def __neg__(self): print('neg', rc(self)); return 1
n = N()
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): print('hash', self.n, rc(self)); return self.n
    def __eq__(self, o): return self.n == o.n
k, v = K(1), object()
d = {k: v}
d[k] = v
d2 = {}
d2[k] = v
print(rc(v))
d3 = {x: 1 for x in [k]}
d4 = dict([(k, 1)])
d5 = dict.fromkeys([k])
d.setdefault(k, 2)
d.get(k)
k in d
d.pop(k)
s = {k}
s.add(k)
k in s
frozenset([k])
d6 = {}
d6.update({k: 1})
d6.update([(K(2), 1)])
print(rc(k), rc(v))
