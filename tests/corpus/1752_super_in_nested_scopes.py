# super: used in a comprehension, lambda or nested function of a method it reaches the class's __class__ cell (the first argument there is not self: python3's errors); super(type, obj) checks both arguments; its repr names a subclass given as obj.
class A:
    def greet(self): return "A"
class B(A):
    def comp(self):
        return [super().greet() for _ in range(1)]
    def nested(self):
        def inner():
            return __class__
        return inner()
    def lam(self):
        return (lambda: super())()
    def inner_super(self):
        def inner(me):
            return super().greet()
        return inner(self)
    def genexp(self):
        return list(__class__ for _ in range(2))
for name in ("comp", "nested", "lam", "inner_super", "genexp"):
    try:
        print(name, getattr(B(), name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, e)
def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print("RuntimeError", e)
print(B.comp.__code__.co_freevars, B.nested.__code__.co_freevars, B.nested.__code__.co_cellvars)
for a in ((3, 4), (int, "x"), (int, bool), (int, 5), (object, 1)):
    try:
        print(super(*a))
    except TypeError as e:
        print("TypeError:", e)
