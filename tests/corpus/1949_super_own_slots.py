# super has its own __init__, __repr__, __getattribute__, __get__ and members: `super.__init__(x)` (the parentheses
# forgotten) is a TypeError, as in CPython, instead of running object.__init__ on x.
import gc, sys
class A:
    def __init__(self): self.v = 1
    def m(self): return "A.m"
class B(A):
    def __init__(self):
        super().__init__()
    def m(self):
        s = super()
        print(sys.getrefcount(s), type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self)
        return super().m() + "+B"
gc.collect()
c0 = gc.get_count()
b = B()
for i in range(5): b = B()
c1 = gc.get_count()
print(b.m(), c0, c1)
s = super(B, b)
print(s.__get__(b) is s, super(B, B).m(b))
print(repr(s)[:40])
print(sorted(super.__dict__))
for call in (lambda: super.__init__(5), lambda: super.__init__(), lambda: super.__init__(super(int, 1), 1),
             lambda: super.__repr__(3), lambda: super.__getattribute__(4, 'x'), lambda: super(1, 2),
             lambda: super.__init__(s, 1, 2, 3), lambda: super.__get__(7, None)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(super.__init__(s, B, b), super.__getattribute__(s, 'm')())


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    def __init__(self, x):
        super.__init__(x)


Child(1)
