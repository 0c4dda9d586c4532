# Introspection as CPython 3.11 answers it: a builtin type's __module__ comes from its name (function's dict holds
# a __module__ member for its instances), dir() with no argument lists the frame's locals (a function's, a
# comprehension's, a class body's), and the collections.abc classes CPython gives __class_getitem__ are subscriptable.
# super objects show their own __thisclass__, __self__ and __self_class__, and their __class__ is super.
import sys
import collections.abc as abc


def f():
    pass


print(type(f).__module__, type(len).__module__, type([].append).__module__, type(iter([])).__module__, int.__module__)
print(f.__module__, len.__module__)


def g(a, b=2):
    c = [3]
    d = c
    before = sys.getrefcount(c)
    print(dir())
    print(before, sys.getrefcount(c))


g(1)
print([dir() for _ in range(1)])
print(dir()[:4])


class K:
    x = 1
    print(dir())


def h(x):
    def inner():
        return x
    print(dir())
    return inner


h(1)
print(abc.Iterable[int], abc.Mapping[str, int], abc.Sequence[int].__origin__, abc.Awaitable[int])
print(abc.KeysView[str], abc.Set[int], abc.MutableSequence[str], abc.Generator[int, None, None], abc.Container[int])
print(abc.Iterable[int].__args__, type(abc.Iterable[int]).__name__)
for name in ("Hashable", "Sized"):
    try:
        getattr(abc, name)[int]
    except TypeError as e:
        print(e)
print("__class_getitem__" in abc.Iterable.__dict__, "__class_getitem__" in abc.Sequence.__dict__)


def annotated(x: abc.Iterable[int]) -> abc.Mapping[str, int]:
    return {}


print(annotated.__annotations__)

class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        s = super()
        print(s.__thisclass__, s.__self__ is self, s.__self_class__, type(s).__name__, s.__class__)
        s2 = super(B, B)
        print(s2.__thisclass__, s2.__self__, s2.__self_class__)
        return s.f()
    @classmethod
    def c(cls):
        s = super()
        return s.__self__, s.__self_class__
print(B().f(), B.c())
try:
    super(B, B()).nope
except AttributeError as e:
    print(e)
