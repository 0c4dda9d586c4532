# A metaclass's __prepare__: the class body runs in the mapping it returns (a dict subclass whose methods run).
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", mcls.__name__, name, bases, kwargs)
        return Recording()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new got", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): pass
    y = x + 1
print(A.order, A.x, A.y, type(A.__dict__).__name__)

class B(A):
    z = 3
print(B.order)

class NotDict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=NotDict): pass
except TypeError as e:
    print(e)

class Lookup(dict):
    def __missing__(self, key):
        return "missing:" + key
    def __getitem__(self, key):
        return super().__getitem__(key)

class M2(type):
    def __prepare__(name, bases):
        return Lookup()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class D(metaclass=M2):
    a = undefined_name
print(D.a)
print(type.__prepare__('x', ()), type(type.__prepare__()))
class E:
    v = 1
    del v
print(hasattr(E, 'v'))


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("  deleting", key)
        super().__delitem__(key)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return NoDuplicates()

    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, dict(ns), **kwargs)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class Fine(metaclass=Strict):
    a = 1
    b = 2
    temp = 3
    del temp
    print("  body sees", type(locals()).__name__, sorted(k for k in locals() if not k.startswith("__")))
print(sorted(k for k in vars(Fine) if not k.startswith("__")))

try:
    class Twice(metaclass=Strict):
        def f(self):
            return 1

        def f(self):
            return 2
except TypeError as e:
    print("TypeError:", e)

try:
    class Gone(metaclass=Strict):
        del never_defined
except NameError as e:
    print("NameError:", e)
