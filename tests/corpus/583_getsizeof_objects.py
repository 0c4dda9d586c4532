import sys
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
c = C()
def f(x): return x
def g():
    yield 1
def g2(a, b):
    x = a + b
    yield x
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), sys.getsizeof(f), sys.getsizeof(g()), sys.getsizeof(g2(1, 2)))
print(sys.getsizeof(c.m), sys.getsizeof(range(10)), sys.getsizeof(iter([])), sys.getsizeof(C), sys.getsizeof(len))
print(sys.getsizeof(x for x in range(10)), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(slice(1, 2)))
class S:
    __slots__ = ('a', 'b', 'c')
print(sys.getsizeof(S()), sys.getsizeof(Exception("x")))
