# float() and complex() take what has __float__ or __index__ (an __int__ alone is refused, with their own messages), a
# float subclass's __float__ and __complex__; isinstance() of an object of exactly that class skips __instancecheck__.
class A:
    def __int__(s): return 1
class B:
    def __index__(s): return 2
class C:
    def __float__(s): return 2.5
class Meta(type):
    def __instancecheck__(cls, x): return False
class M(metaclass=Meta): pass
class F(float):
    def __float__(s): return 100.0
    def __complex__(s): return 3j
class G(float):
    def __float__(s): return 100.0
for f in (float, complex):
    for v in (A(), B(), C(), F(1.5), G(1.5), "1.5", 7, True):
        try:
            print(f.__name__, f(v))
        except TypeError as e:
            print(f.__name__, e)
print(isinstance(M(), M), isinstance(M(), (int, M)), isinstance(1, M), complex(1, G(2.0)), complex(G(1.0), 1))
