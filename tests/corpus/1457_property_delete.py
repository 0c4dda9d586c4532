class A:
    def __init__(self): self.v = 1
    @property
    def p(self): return self.v
    @p.deleter
    def p(self): print("deleting"); del self.v
a = A()
del a.p
print(vars(a))
class B:
    __slots__ = ("x",)
    @property
    def p(self): return 1
    @p.deleter
    def p(self): print("del B")
b = B()
del b.p
class C:
    @property
    def q(self): return 1
try:
    del C().q
except AttributeError as e:
    print(e)
class D(C):
    def __init__(self): self.__dict__["q"] = 5
d = D()
try:
    del d.q
except AttributeError as e:
    print(e)
print(d.__dict__)
