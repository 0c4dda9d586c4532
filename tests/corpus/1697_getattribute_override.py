# A class's own __getattribute__ runs for every attribute read of its instances (attributes, methods, getattr,
# hasattr), __getattr__ after an AttributeError from it; object.__getattribute__ is the generic lookup alone.
import sys
class A:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
    def method(self):
        return "m"
    def __getattribute__(self, name):
        print("ga", name, sys.getrefcount(self))
        return object.__getattribute__(self, name)
a = A()
print(a.x)
print(getattr(a, "x"))
print(a.method())
print(a.cls_attr)
print(hasattr(a, "nope"))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)

class B:
    def __getattribute__(self, name):
        print("B ga", name, sys.getrefcount(self))
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name, sys.getrefcount(self))
        return 42
b = B()
print(b.secret, b.other)
try:
    object.__getattribute__(b, "zzz")
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.count(1), p.index(2), len(object.__getattribute__(p, "_target")))
for _ in range(3):
    print(a.x + 1)
