# Reference counts seen from inside __init__ and __new__: type_call's argument tuple, the caller's stack
# operands, keyword dicts and _PyStack_UnpackDict's array all hold the arguments while they run.
import sys
class C:
    def __init__(self, x):
        print('self', sys.getrefcount(self), 'x', sys.getrefcount(x))
    def m(self, y):
        print('m self', sys.getrefcount(self), 'y', sys.getrefcount(y))
o = object()
c = C(o)
c.m(o)
C.m(c, o)
c2 = C(x=o)
C(o)
print(sys.getrefcount(c))
class S:
    __slots__ = ('a',)
    def __init__(self, a):
        print('slots self', sys.getrefcount(self), sys.getrefcount(a))
s = S(o)
class B(dict):
    def __init__(self, *a, **k):
        print('dict sub', sys.getrefcount(self), sys.getrefcount(a))
B(o, z=o)
import collections
P = collections.namedtuple('P', 'x y')
p = P(o, o)
print(sys.getrefcount(o))
class D:
    def __new__(cls, x, y=None):
        print('new', sys.getrefcount(cls), sys.getrefcount(x))
        return object.__new__(cls)
    def __init__(self, x, y=None):
        print('init', sys.getrefcount(self), sys.getrefcount(x))
o = object()
D(o)
D(o, y=o)
D(x=o)
d = D(o)
class E:
    def __new__(cls, x):
        print('E new', sys.getrefcount(x))
        return 5
print(E(o))
print(sys.getrefcount(o))
# Failing calls release everything they held.
class F:
    def __init__(self, x):
        print('F', sys.getrefcount(x))
        raise ValueError('no')
for call in (lambda: F(o), lambda: F(x=o), lambda: C(o, o), lambda: D(o, o, o)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, sys.getrefcount(o))
class L(list):
    def __init__(self, items):
        print('L', sys.getrefcount(items))
        super().__init__(items)
items = [1, 2]
print(L(items), sys.getrefcount(items))
class Err(Exception):
    def __init__(self, detail):
        print('Err', sys.getrefcount(detail))
        super().__init__(detail)
try:
    raise Err(o)
except Err as e:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
