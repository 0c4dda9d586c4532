# The generic getattr, setattr and type_getattro hold the descriptor they found (a property, a class with
# __get__/__set__/__delete__) while its Python code runs: sys.getrefcount(self) in __get__ is one more.
import sys
class D:
    def __get__(self, inst, owner):
        print("get", sys.getrefcount(self), inst is None)
        return 1
    def __set__(self, inst, value):
        print("set", sys.getrefcount(self), sys.getrefcount(inst))
    def __delete__(self, inst):
        print("delete", sys.getrefcount(self), sys.getrefcount(inst))
class ND:
    def __get__(self, inst, owner):
        print("nd get", sys.getrefcount(self))
        return 2
class C:
    d = D()
    nd = ND()
    @property
    def p(self):
        print("prop get", sys.getrefcount(self), sys.getrefcount(C.__dict__['p']))
        return 3
    @p.setter
    def p(self, v):
        print("prop set", sys.getrefcount(self), sys.getrefcount(C.__dict__['p']))
c = C()
c.d
C.d
c.d = 5
del c.d
c.nd
C.nd
getattr(c, "d")
setattr(c, "d", 1)
c.p
c.p = 1
print(hasattr(c, "nd"))
