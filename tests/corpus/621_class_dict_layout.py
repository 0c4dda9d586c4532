class A:
    """doc"""
    x = 1
    def m(self): pass
print(list(A.__dict__))
class B:
    pass
print(list(B.__dict__), B.__doc__)
class S:
    __slots__ = ("v", "__weakref__")
print(list(S.__dict__))
class E(Exception): pass
print(list(E.__dict__))
import sys
print(sys.getrefcount(E))
class C(B): pass
print(list(C.__dict__))
