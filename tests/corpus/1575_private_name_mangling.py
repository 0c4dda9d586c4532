# Private name mangling: inside a class, __name becomes _Class__name for attributes, variables, parameters,
# imports, global statements and __slots__; call keywords and dunder names are left alone; a def keeps its own name.
def g(**kw): return kw
__glob = 'module-level'
class C:
    __cls_var = 1
    def __init__(self, __arg=5):
        self.__x = __arg
        self.__dunder__ = 2
        self._single = 3
    def __private(self):
        return 'private'
    def call(self):
        return self.__private(), g(__k=1), __glob if False else None
    def names(self):
        __local = 1
        return sorted(locals())
    class __Inner:
        pass
    def glob(self):
        global __gv
        __gv = 9
        return __gv
c = C()
print(sorted(vars(C)))
print(c.__dict__)
print(c.call())
print(c.names())
print(C._C__private.__name__, C._C__private.__qualname__, C._C__Inner.__name__, C._C__Inner.__qualname__)
print(C.__init__.__code__.co_varnames)
print(c.glob(), '_C__gv' in globals())
try:
    c.__x
except AttributeError as e:
    print(e)
class _:
    def f(self):
        self.__y = 1
o = _(); o.f(); print(o.__dict__)
class __Lead:
    def f(self):
        self.__z = 1
o = __Lead(); o.f(); print(o.__dict__)
import collections as __col
class E:
    def f(self):
        import os.path as __p
        return __p.__name__
    def h(self):
        return [__q for __q in range(2)]
print(E().f(), E().h())
print(getattr(c, '_C__x'), hasattr(c, '__x'))

class Importer:
    try:
        import __nosuch
    except ImportError as e:
        print(e)
    from os import path as __p
print(sorted(k for k in vars(C) if 'p' in k))
def f(__a, *, __b=1):
    return __a + __b
print(f.__code__.co_varnames, f(1))
class D:
    def m(self, *__args, **__kw):
        nonlocal_test = 1
        return __args, __kw
    x = [__i for __i in range(2)]
    try:
        print(__undefined)
    except NameError as e:
        print(e)
print(D().m(1, a=2), D.m.__code__.co_varnames)
try:
    D().__missing
except AttributeError as e:
    print(e)

class Slotted:
    __slots__ = ('__x', 'y')
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
c = Slotted()
print(c.get(), sorted(k for k in Slotted.__dict__ if not k.startswith('__')), c._Slotted__x)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance


acct = Account("ann", 10)
print(acct.deposit(5), acct.__dict__, acct._Account__balance)
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)
