import sys, gc
class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class S(str): pass
class St(set): pass
class FS(frozenset): pass
class LS(list):
    __slots__ = ()
class IS(int):
    __slots__ = ()
class L2(list):
    __slots__ = ('a', 'b')
for c, v in [(L, []), (D, {}), (T, ()), (I, 5), (F, 1.5), (S, 'ab'), (St, set()), (FS, frozenset()), (LS, []), (IS, 7), (L2, [1])]:
    o = c(v)
    print(c.__name__, sys.getsizeof(o), sys.getsizeof(c.__base__(v)), gc.is_tracked(o), sys.getrefcount(o), hasattr(o, '__dict__'))
x = L([1, 2]); x.a = 1
print(sys.getsizeof(x), x.__dict__, sys.getsizeof(x))
print(sys.getsizeof(T((1, 2, 3))), sys.getsizeof(I(10**30)), sys.getsizeof(S('abc' * 10)), sys.getsizeof(S('é')), sys.getsizeof(S('€uro')))
print(sys.getsizeof(D(a=1)), sys.getsizeof(D({i: i for i in range(10)})), sys.getsizeof(St([1, 2, 3])))
print(sys.getrefcount(L), sys.getrefcount(I))
objs = [L() for _ in range(3)]
print(sys.getrefcount(L))
del objs
print(sys.getrefcount(L))

class Node(list):
    def __del__(self):
        print('del', self.name)
gc.collect()
a = Node(); a.name = 'a'
b = Node(); b.name = 'b'
a.append(b); b.append(a)
del a, b
print('collected', gc.collect())
d = D(); d['self'] = d
del d
print('collected', gc.collect())
t = L(); t.me = t
del t
print('collected', gc.collect())
c = Node(); c.name = 'c'
del c
print('end')
import sys
class I(int): pass
print(sys.getrefcount(I))
o = I(5)
print(sys.getrefcount(I))
del o
print(sys.getrefcount(I))
sys.getsizeof(I(3))
print(sys.getrefcount(I))
x = [I(1) for _ in range(3)]
print(sys.getrefcount(I))
del x
print(sys.getrefcount(I))
c = I
print(sys.getrefcount(I), I.__base__)
gc.collect()
for c in (L, D, F, L):
    t = c(); t.me = t
    del t
    print(c.__name__, gc.collect())
t = L(); t.a = 1
print(sys.getsizeof(t.__dict__), gc.is_tracked(t.__dict__))
t.b = []
print(sys.getsizeof(t.__dict__), gc.is_tracked(t.__dict__))
print(L().__dict__, sys.getsizeof(L().__dict__))
import weakref
r = weakref.ref(t)
print(r() is t, L.__weakref__ is not None, hasattr(I, '__weakref__'), hasattr(T, '__weakref__'))
try:
    weakref.ref(I(3))
except TypeError as e:
    print('TypeError', e)
try:
    class Bad(int):
        __slots__ = ('x',)
except TypeError as e:
    print('TypeError', e)
