# sys.getsizeof and __sizeof__ of classes and their instances: __slots__, __weakref__, exception bases,
# metaclasses, and the cached keys table only a class with a managed __dict__ holds.
import sys

class Plain: pass
class Slotted: __slots__ = ('x',)
class Empty: __slots__ = ()
class SlotsOverDict(Plain): __slots__ = ('y',)
class DictOverSlots(Slotted): pass
class Weak: __slots__ = ('__weakref__',)
class OnlyDict: __slots__ = ('__dict__',)
class Err(Exception): pass
class ErrSlots(Exception): __slots__ = ()
class Num(int): pass
class Items(list): __slots__ = ()
class Meta(type): pass
class Made(metaclass=Meta): pass
class MadeSlots(metaclass=Meta): __slots__ = ()

for cls in [Plain, Slotted, Empty, SlotsOverDict, DictOverSlots, Weak, OnlyDict, Err, ErrSlots, Num, Items, Meta, Made, MadeSlots]:
    print(cls.__name__, sys.getsizeof(cls), type(cls).__sizeof__(cls), object.__sizeof__(cls))
for cls in [Plain, Slotted, Empty, SlotsOverDict, DictOverSlots, Weak, OnlyDict, Err, ErrSlots]:
    obj = cls()
    print(cls.__name__, 'instance', sys.getsizeof(obj), obj.__sizeof__())
print(sys.getsizeof(int), type.__sizeof__(int), object.__sizeof__(int), type.__sizeof__)

for exc in [BaseException, ValueError, OSError, ImportError, StopIteration, SystemExit, NameError, AttributeError, SyntaxError]:
    class Sub(exc): pass
    print(exc.__name__, sys.getsizeof(exc()), exc().__sizeof__(), sys.getsizeof(Sub()), sys.getsizeof(Sub))
group = ExceptionGroup('many', [ValueError(1)])
print(sys.getsizeof(group), group.__sizeof__(), sys.getsizeof(ExceptionGroup), ExceptionGroup.__basicsize__, ExceptionGroup.__weakrefoffset__)
