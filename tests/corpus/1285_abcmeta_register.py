# abc.ABCMeta: type(ABC), abstract methods through the metaclass, register() and __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod
print(type(ABC), ABCMeta, type(ABCMeta), ABC.__abstractmethods__, sorted(k for k in vars(ABC)))
print(ABC._abc_impl.__class__, type(ABC._abc_impl).__module__)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def name(self): return "sq"
print(Sq2().area(), Sq2.__abstractmethods__, Sq.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized), issubclass(int, Sized))
class Registered(ABC): pass
print(Registered.register(int), isinstance(3, Registered), issubclass(bool, Registered), issubclass(str, Registered))
@Registered.register
class Other: pass
print(Other, isinstance(Other(), Registered), Registered in Other.__mro__)
try: Registered.register(3)
except TypeError as e: print(e)
try: int.register
except AttributeError as e: print(e)
class Sub(Registered): pass
try: Sub.register(Registered)
except RuntimeError as e: print(e)
print(abc.get_cache_token() is not None, type(abc.get_cache_token()).__name__)
print(issubclass(Sub, Registered), isinstance(Sub(), ABC))
try: issubclass(3, Registered)
except TypeError as e: print(e)
print(ABCMeta.__module__, ABCMeta.__name__, ABCMeta.__bases__, [m for m in sorted(vars(ABCMeta)) if not m.startswith('__')])
class M(ABCMeta): pass
class X(metaclass=M):
    @abstractmethod
    def f(self): pass
try: X()
except TypeError as e: print(e)
print(type(X).__mro__)
import gc
import sys


class Plugin(ABC):
    @abstractmethod
    def run(self):
        ...


class Local:
    def run(self):
        return "local run"


print("refcount before register:", sys.getrefcount(Local))
Plugin.register(Local)
print("refcount after register:", sys.getrefcount(Local), isinstance(Local(), Plugin))
print("abstract methods:", Plugin.__abstractmethods__, "Local stays concrete:", Local().run())
token = abc.get_cache_token()
Plugin.register(float)
print("token moved:", abc.get_cache_token() != token, isinstance(1.5, Plugin))
# A registered class that goes away leaves the registry (weak references).
class Temporary:
    pass
Plugin.register(Temporary)
print(issubclass(Temporary, Plugin))
del Temporary
gc.collect()
print(issubclass(Local, Plugin), issubclass(bool, Plugin))
print(Plugin.__subclasses__(), M in type(Plugin).__subclasses__(type(Plugin)))
try:
    class Bad(Plugin, metaclass=type):
        pass
except TypeError as e:
    print("TypeError:", e)
