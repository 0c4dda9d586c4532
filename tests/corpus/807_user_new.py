# A class's own __new__ runs before __init__ (type_call), as a static method; super().__new__ and object.__new__
# make the bare instance; object's excess-argument rules.
import sys
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, x):
        self.x = x
a = Singleton(1)
b = Singleton(2)
print(a is b, a.x, type(Singleton.__dict__["__new__"]).__name__, Singleton.__new__.__name__)
class P:
    def __new__(cls, v):
        print('new', cls.__name__, v)
        return 42
    def __init__(self, v):
        print('never')
print(P(5))
class Q(P):
    pass
print(Q(7))
class R:
    def __new__(cls, *a, **k):
        o = object.__new__(cls)
        o.args = a
        return o
r = R(1, 2)
print(r.args, sys.getrefcount(R))
class S:
    pass
try:
    S(1)
except TypeError as e:
    print(e)
try:
    object.__new__(S, 1)
except TypeError as e:
    print(e)
