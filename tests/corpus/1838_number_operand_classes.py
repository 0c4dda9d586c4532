# Operators between numbers of Python classes derived from int and float, as binary_op1 and SLOT1BINFULL order them:
# an inherited __radd__ is no override, a class's own __add__ returning NotImplemented ends it, int declines a float.
class Base(int):
    def __radd__(s, o): return 'Base.radd'
class Child(Base): pass
class Sib(int): pass
print(Child(1) + Base(2), Base(1) + Child(2), Sib(1) + Base(2))
class I(int):
    def __add__(s, o): return NotImplemented
try:
    print(I(1) + I(2))
except TypeError as e:
    print(e)
class F(float):
    def __eq__(s, o): return "F.eq"
    def __gt__(s, o): return "F.gt"
print(1 == F(1), 1 < F(2))
class I(int):
    def __radd__(s, o): return "I.radd"
    def __rtruediv__(s, o): return "I.rtruediv"
class F(float):
    def __rsub__(s, o): return "F.rsub"
    def __radd__(s, o): return "F.radd"
print(1.5 + I(3), True + I(3), 1j + I(3), 7.0 / I(2), True / I(2), 1 + I(3), I(1) + I(2))
print(3j - F(2), 1 - F(2), 1 + F(2), 2.0 + F(1), F(1) + F(2), sum([1, 2.5, I(1)]))
x = 1.5
x += I(1)
y = 1
y += F(2)
print(x, y)
