# classmethod/staticmethod subclasses overriding __get__ (class, instance, super() and getattr reads), callable() of
# staticmethod objects, a property subclass's own __set_name__ (the property then has no name in its errors).
class CM(classmethod):
    def __get__(self, obj, owner=None):
        print("get", obj is None, owner.__name__)
        return super().__get__(obj, owner)
class SM(staticmethod):
    def __get__(self, obj, owner=None):
        print("sget")
        return super().__get__(obj, owner)
class A:
    @CM
    def f(cls):
        return cls.__name__
    @SM
    def g(x):
        return x + 1
class B(A):
    def h(self):
        return super().f(), super().g(1)
print(A.f(), A().f(), B.f(), A.g(1), A().g(2), B().h())
print(getattr(A, "f")(), A.__dict__["f"].__func__.__name__, callable(A.__dict__["g"]), A.__dict__["g"](5))
class Tracked(property):
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
class K:
    attr = Tracked(lambda self: 1)
print(K().attr, K.attr.public)
try:
    K().attr = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(staticmethod(len)), callable(classmethod(len)), callable(property(len)))
