# Metaclasses: __new__/__init__/__call__ through super(), class keywords, and the metaclass's special methods on its classes.
import sys, gc
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        inst = super().__call__(*args)
        cls.registry.append(inst)
        return inst
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, i):
        return cls.registry[i]
    def __contains__(cls, x):
        return x in cls.registry
    def __repr__(cls):
        return f"<meta class {cls.__name__}>"
class A(metaclass=Meta, flag=1):
    def __init__(self, x): self.x = x
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class B(A): pass
a = A(1); b = B(2)
print(type(A), type(B), A, repr(B), len(A), [o.x for o in A], A[0].x, a in A, b in A)
print(isinstance(A, Meta), isinstance(A, type), Meta.__mro__, type(Meta))
print(sys.getrefcount(Meta), sys.getrefcount(A))
C = Meta('C', (), {'v': 1})
print(C.v, type(C))
gc.collect()
del a, b, C
print(gc.collect())
class Plain: pass
print(type(Plain), type(Plain()).__name__)
class Other(type):
    pass
try:
    class Mixed(A, metaclass=Other):
        pass
except TypeError as e:
    print(e)
class Counting(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counting.count += 1
        return super().__call__(*args, **kwargs)
class Widget(metaclass=Counting):
    def __init__(self, size=1):
        self.size = size
w = [Widget(i) for i in range(3)]
print(Counting.count, w[2].size, type(Widget).__name__, isinstance(w[0], Widget))
print(Widget.__class__, Counting.__call__.__name__)
