# Assigning and deleting an instance's __dict__ (the Borg pattern shares one dict between instances), and what
# CPython refuses in __slots__: non-identifiers, a second __dict__ or __weakref__, a name that is also a class variable.
import sys, gc


class Borg:
    _shared_state = {}

    def __init__(self):
        self.__dict__ = self._shared_state


a = Borg()
b = Borg()
a.x = 1
print(b.x, a.__dict__ is b.__dict__, sys.getrefcount(Borg._shared_state))
gc.collect()
before = gc.get_count()
c = Borg()
after = gc.get_count()
print(before, after, sys.getsizeof(c), sys.getsizeof(c.__dict__))
del a, b, c
print(sys.getrefcount(Borg._shared_state))


class P:
    def __init__(self):
        self.a = 1


p = P()
for v in [5, None, [1]]:
    try:
        p.__dict__ = v
    except TypeError as e:
        print("TypeError:", e)
del p.__dict__
print(p.__dict__, hasattr(p, 'a'))
p.z = 3
print(p.__dict__)
try:
    p.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)


class S:
    __slots__ = ('x',)
try:
    s = S()
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    class T:
        __slots__ = ('x',)
        x = None
except ValueError as e:
    print("ValueError:", e)
try:
    class U:
        __slots__ = ('x', 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    class V:
        __slots__ = ('1x',)
except Exception as e:
    print(type(e).__name__, e)
try:
    class W:
        __slots__ = ('__dict__', '__dict__')
except Exception as e:
    print(type(e).__name__, e)

for src in ["class A(int):\n    __slots__ = ('__dict__',)", "class B(int):\n    __slots__ = ()", "class C(tuple):\n    __slots__ = ('a',)",
            "class D:\n    __slots__ = ('__weakref__', '__weakref__')", "class E(list):\n    __slots__ = ('__weakref__',)\nclass F(E):\n    __slots__ = ('__weakref__',)",
            "class G:\n    __slots__ = ('__x',)\n    _G__x = 1", "class H:\n    __slots__ = ('__qualname__',)", "class I:\n    __slots__ = 'abc'\nprint(I.__dict__['abc'])",
            "class J:\n    __slots__ = ['a', 'b']\nprint(J.__slots__, J().__class__)", "class K:\n    __slots__ = ('a',)\nk = K()\ntry:\n    k.b = 1\nexcept AttributeError as e:\n    print(e)\nprint(k.__slots__)",
            "class L:\n    __slots__ = (1,)"]:
    try:
        exec(src)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
