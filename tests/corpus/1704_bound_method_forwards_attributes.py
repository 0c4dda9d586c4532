# A bound method's attributes that the method type does not define come from its function (method_getattro):
# decorator tags, __dict__, an inherited abstract classmethod's __isabstractmethod__.
class C:
    def m(self): pass
C.m.tag = 1
print(C().m.tag)
try:
    C().m.zz
except AttributeError as e:
    print(e)
print(getattr(C().m, "__isabstractmethod__", "missing"), C().m.__name__, C().m.__dict__)
from abc import ABC, abstractmethod
class A(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
class B(A): pass
print(B.__abstractmethods__, getattr(B.make, "__isabstractmethod__", "missing"))
try:
    B()
except TypeError as e:
    print("TypeError:", e)
def route(path):
    def deco(f):
        f.route = path
        return f
    return deco
class App:
    @route("/home")
    def home(self): return "home"
    @route("/about")
    def about(self): return "about"
app = App()
print([(m, getattr(app, m).route) for m in ("home", "about")], app.home.__dict__)
try:
    app.home.nope
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(app.home, "route"), hasattr(app.home, "missing"))
