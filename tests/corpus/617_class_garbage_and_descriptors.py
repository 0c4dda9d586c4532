import sys, gc
class A: pass
del A
print(gc.collect())
class A:
    def m(self): pass
del A
print(gc.collect())
class A:
    __slots__ = ('v', 'w')
del A
print(gc.collect())
class A: pass
class B(A): pass
del B
print(gc.collect())
del A
print(gc.collect())
class A: pass
print(A.__mro__, A.__bases__, sys.getrefcount(A.__mro__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(list(A.__dict__))
class S:
    __slots__ = ('v',)
print(list(S.__dict__), S.__dict__['v'])
print(gc.is_tracked(A.__dict__), gc.is_tracked(S.__dict__))
