import sys, gc
class A: pass
print(sys.getrefcount(A))
class B(A): pass
print(sys.getrefcount(A), sys.getrefcount(B))
x = A()
print(sys.getrefcount(A))
class S:
    __slots__ = ('v',)
print(sys.getrefcount(S))
def f(): pass
print(sys.getrefcount(f))
del B
print(sys.getrefcount(A))
print(gc.collect())
print(sys.getrefcount(A))
