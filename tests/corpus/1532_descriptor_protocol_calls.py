# Calling the descriptor protocol by hand: __get__/__set__/__delete__ of functions, properties, classmethods,
# staticmethods, __slots__ members, builtin getsets, method descriptors and slot wrappers, and their errors.
def f(self): return self
print(f.__get__(1)(), f.__get__(1, int)())
class A:
    @property
    def v(self): return 7
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
a = A()
print(A.v.__get__(a), A.v.__get__(None, A) is A.v, A.__dict__['c'].__get__(a)(), A.__dict__['s'].__get__(a)(4))
for call in (lambda: A.v.__set__(a, 5), lambda: A.v.__delete__(a), lambda: setattr(a, 'v', 1), lambda: delattr(a, 'v')):
    try:
        call()
    except AttributeError as e:
        print('AE', e)
class B:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx)
b = B()
B.x.__set__(b, 9)
print(b.x)
class P:
    __slots__ = ('x',)
p = P()
P.x.__set__(p, 4)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x, P.x.__get__(p))
P.x.__delete__(p)
try: P.x.__get__(p)
except AttributeError as e: print('AE', e)
try: P.x.__get__(3)
except TypeError as e: print('TE', e)
try: P.x.__set__(3, 1)
except TypeError as e: print('TE', e)
print(int.real.__get__(5), str.upper.__get__('ab')(), str.upper.__call__('xy'))
try: int.real.__set__(5, 1)
except AttributeError as e: print('AE', e)
try: str.upper.__get__(3)
except TypeError as e: print('TE', e)
try: str.upper.__call__(3)
except TypeError as e: print('TE', e)
print(int.__add__.__get__(3)(4), int.__add__.__call__(3, 4))
class W: pass
w = W()
print(W.__dict__['__dict__'].__get__(w) == {}, W.__dict__['__weakref__'].__get__(w))
