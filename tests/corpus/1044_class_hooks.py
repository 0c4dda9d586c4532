# The class machinery the standard library modules rely on: descriptors, __setattr__ hooks, __set_name__,
# __init_subclass__ with class keywords, annotations, writable function names and docstrings.
class NonData:
    def __get__(self, obj, owner=None):
        return ('get', obj is None, owner.__name__)
class Data:
    def __get__(self, obj, owner=None):
        return 'data-get'
    def __set__(self, obj, value):
        print('data-set', value)
    def __delete__(self, obj):
        print('data-del')
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'shadow'
print(c.nd)
c.d = 5
print(c.d, c.__dict__)
del c.d
setattr(c, 'd', 7)
print(getattr(c, 'd'), hasattr(c, 'd'))
class Sub(C): pass
print(Sub().nd, Sub.d)
class Frozen:
    def __init__(self): object.__setattr__(self, 'x', 1)
    def __setattr__(self, k, v): raise AttributeError(f"cannot assign to field {k!r}")
f = Frozen()
try:
    f.x = 2
except AttributeError as e:
    print(e)
print(f.x)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class A(Base, tag='a'): pass
class B(A): pass
print(A.tag, B.tag)
try:
    class X(object, foo=1): pass
except TypeError as e:
    print(e)
def doc():
    "the doc"
    return 1
def nodoc(): return 'x'
print(doc.__doc__, nodoc.__doc__, doc.__module__)
class M: pass
x: int = 3
y: str
print(__annotations__)
class D:
    """doc"""
    a: int
    b: 'list[int]' = 3
    if True:
        c: float = 1.0
    def f(self):
        z: int = 1
        return z
print(D.__annotations__, D.b, D.c, D().f())
class E: pass
print(hasattr(E, '__annotations__'))
import gc
class H:
    __slots__ = ('f',)
class Node:
    def __init__(self):
        h = H(); h.f = self.fire
        self.callback = h
    def fire(self): pass
gc.collect()
n = Node(); del n
print(gc.collect())
class Node2:
    def __init__(self):
        self.callback = [self.fire]
    def fire(self): pass
n = Node2(); del n
print(gc.collect())
class Node3:
    def __init__(self):
        self.callback = self
n = Node3(); del n
print(gc.collect())
class Named:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)
class Holder:
    first = Named()
    second = Named()
print(Holder.first.where, Holder.second.where)
def renamed():
    "original doc"
renamed.__name__ = "new_name"
renamed.__qualname__ = "Outer.new_name"
renamed.__doc__ = "new doc"
renamed.__module__ = "elsewhere"
print(renamed.__name__, renamed.__qualname__, renamed.__doc__, renamed.__module__, renamed.__kwdefaults__)
try:
    renamed.__name__ = 5
except TypeError as e:
    print(e)
print(repr(renamed).split(" at ")[0])
class Annotated:
    a: int
class Child(Annotated):
    pass
print(Child.__annotations__, Annotated.__annotations__, "__annotations__" in Child.__dict__)
