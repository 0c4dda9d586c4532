# Subclasses of property, classmethod and staticmethod: __init__/__get__/__set__ overrides calling super(),
# extra attributes, getter/setter copies of the subclass, repr, abc.abstractproperty & co, refcounts and gc.
import abc
import gc
import sys


class cached(property):
    def __init__(self, fget, *args, **kwargs):
        super().__init__(fget, *args, **kwargs)
        self.hits = 0

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.hits += 1
        return super().__get__(obj, owner)


class typed(property):
    kind = "typed"

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.fget.__name__} wants an int, not {type(value).__name__}")
        super().__set__(obj, value)


class K:
    @cached
    def x(self):
        "doc of x"
        return 42

    @typed
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        print("set y", v)
        self._y = v


k = K()
print(k.x, k.x, K.__dict__["x"].hits, type(K.__dict__["x"]).__name__, K.x.__doc__, K.x.hits)
k.y = 3
print(k.y, type(K.__dict__["y"]).__name__, K.y.kind, isinstance(K.y, property), isinstance(K.y, typed))
try:
    k.y = "no"
except TypeError as e:
    print(type(e).__name__, e)
print(K.__dict__["x"].__dict__, K.__dict__["y"].__dict__)
try:
    del k.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    k.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(K.y.getter(lambda s: 1)).__name__, K.y.fget.__name__, K.y.fset.__name__, K.y.fdel)
print(repr(K.y).startswith("<__main__.typed object at 0x"), repr(K.__dict__["x"]).startswith("<__main__.cached object"))
print(typed.__mro__, typed.__base__)


class Plain(property):
    pass


p = Plain(len, None, None, "given doc")
print(p.__dict__, p.fget, p.__doc__, Plain(len).__doc__[:20], property(len).__doc__[:20])
p.__init__(abs)
print(p.fget, p.__dict__["__doc__"][:20])


class Slotted(property):
    __slots__ = ()


try:
    Slotted(len)
except AttributeError as e:
    print(type(e).__name__, e)


class C(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = "c"


class S(staticmethod):
    pass


class Q:
    @C
    def m(cls):
        return cls.__name__

    @S
    def s(a):
        return a * 2


class R(Q):
    pass


print(Q.m(), Q().m(), R.m(), Q.s(4), Q().s(5), Q.__dict__["m"].tag, isinstance(Q.__dict__["m"], classmethod))
print(repr(C(len)), repr(S(len)), repr(classmethod(len)), repr(staticmethod(abs)))
print(C(len).__func__, S(len).__wrapped__, Q.__dict__["s"](3), S(abs)(-4))
print(sorted(C(len).__dict__), sorted(S(abs).__dict__), C(len).__name__, S(abs).__qualname__)
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)


class Base(abc.ABC):
    @abc.abstractproperty
    def name(self):
        ...

    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...


try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Impl.make().name, Impl.helper(), Base.__dict__["name"].__isabstractmethod__, type(Base.__dict__["make"]).__name__)
print(issubclass(abc.abstractproperty, property), abc.abstractclassmethod.__mro__)

c = C(len)
pr = Plain(len)
print(sys.getrefcount(c), sys.getrefcount(pr), gc.collect())
c.me = c
pr.me = pr
del c, pr
print(gc.collect())
