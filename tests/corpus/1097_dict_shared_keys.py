# A class's instances share one keys table: the size of one object's __dict__ shrinks as more objects are made (CPython 3.11's init_inline_values).
import sys
class A:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
xs = [A()]
out = []
for n in range(40):
    out.append(sys.getsizeof(xs[0].__dict__))
    xs.append(A())
print(out)
class B: pass
b = B()
print(sys.getsizeof(b.__dict__))
b2 = B(); b3 = B()
print(sys.getsizeof(b.__dict__))
b.x = 1
print(sys.getsizeof(b.__dict__), sys.getsizeof(b2.__dict__))
class C:
    def __init__(self, n):
        for i in range(n): setattr(self, 'k%d' % i, i)
for n in (1, 5, 10, 20, 29, 30, 31, 35):
    C.__init__  # 
    c = C(n); print(n, sys.getsizeof(c.__dict__), end='; ')
print()
class D: pass
d1 = D(); print(sys.getsizeof(d1))
d1.q = 1
print(sys.getsizeof(d1.__dict__))
from dataclasses import dataclass, field
@dataclass(order=True)
class Item2:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
a = Item2(3.5, "pen")
print(sys.getsizeof(a.__dict__))
b = Item2(1.0, "cup")
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
c = Item2(1.0, "cup")
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__), sys.getsizeof(c.__dict__))
