# Split attribute dicts under copy, clear, del, popitem, a non-str key, and more names than the shared table holds.
import sys, gc, copy
class A:
    def __init__(self, n=3):
        for i in range(n): setattr(self, 'a%d' % i, i)
a = A()
d = a.__dict__
print(sys.getsizeof(d))
c = d.copy(); print(sys.getsizeof(c), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
d['new'] = 1; print(sys.getsizeof(d), sys.getsizeof(A().__dict__))
d[5] = 5; print(sys.getsizeof(d))
b = A(); b.__dict__.clear(); print(sys.getsizeof(b.__dict__))
e = A(); del e.a1; print(sys.getsizeof(e.__dict__), vars(e))
f = copy.copy(e); print(sys.getsizeof(f.__dict__), sys.getsizeof(vars(a)))
class L(list): pass
l = L(); l.x = 1; print(sys.getsizeof(l.__dict__))
l2 = L(); print(sys.getsizeof(l2.__dict__)); l2.y = 2; print(sys.getsizeof(l2.__dict__))
class B(A): pass
bb = B(); print(sys.getsizeof(bb.__dict__))
class Big:
    def __init__(self):
        for i in range(40): setattr(self, 'k%d' % i, i)
gc.collect()
before = gc.get_count()
big = Big()
print(gc.get_count()[0] - before[0], sys.getsizeof(big.__dict__))
big2 = Big(); print(sys.getsizeof(big2.__dict__), len(big2.__dict__))
class E(Exception): pass
ex = E(); ex.q = 1; print(sys.getsizeof(ex.__dict__))
g = A(); g.__dict__.update({'z%d' % i: i for i in range(10)}); print(sys.getsizeof(g.__dict__))
h = A(); h.__dict__.popitem(); print(sys.getsizeof(h.__dict__))
k = A(); print(sys.getsizeof(k.__dict__.copy()))
for i in range(50): A()
print(sys.getsizeof(k.__dict__), sys.getsizeof(a.__dict__))
