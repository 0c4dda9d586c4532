# A class's __bases__, __name__ and __qualname__ changed after it was made: method lookup follows the new MRO
# (of its subclasses too), a failed change leaves everything as it was, and each refusal has CPython's message.
import gc
import sys


class Walker:
    def move(self):
        return "walks"


class Swimmer:
    def move(self):
        return "swims"


class Duck(Walker):
    pass


class Duckling(Duck):
    pass


d = Duckling()
print(d.move(), Duck.__mro__, Duckling.__mro__)
Duck.__bases__ = (Swimmer,)
print(d.move(), Duck.__base__, Duckling.__mro__)
print(Walker.__subclasses__(), Swimmer.__subclasses__())
Duck.__bases__ = (Walker, Swimmer)
print(d.move(), Duck.__base__, Duckling.__mro__, issubclass(Duckling, Swimmer))
print(sys.getrefcount(Walker), sys.getrefcount(Swimmer))

for bad in [(), [Walker], (1,), (Duckling,), (Duck,), (int,), (object,), (Swimmer, Swimmer)]:
    try:
        Duck.__bases__ = bad
        print("ok", bad)
    except TypeError as e:
        print("TypeError:", e)
print(Duck.__bases__, Duckling.__mro__)


# An MRO a subclass cannot have: the whole change is undone.
class Left(Walker):
    pass


class Mixed(Left, Duck):
    pass


try:
    Duck.__bases__ = (Left,)
    print("ok", Mixed.__mro__)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Walker, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Walker, Walker):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)


class Number(Walker, int):
    pass


print(Number.__base__, Number.__mro__)

# What a change of bases costs the collector's counts.
class A:
    pass


class B:
    pass


class Late(A):
    pass


class LateChild(Late):
    pass


new_bases = (B,)
gc.collect()
before = gc.get_count()
Late.__bases__ = new_bases
after = gc.get_count()
print(before, after, sys.getrefcount(new_bases))
both = (A, B)
gc.collect()
before = gc.get_count()
Late.__bases__ = both
after = gc.get_count()
print(before, after, sys.getrefcount(new_bases), sys.getrefcount(both))

for stmt in ["del Late.__bases__", "int.__bases__ = (object,)", "Late.__mro__ = ()", "Late.__base__ = A",
             "Late.__dict__ = {}", "del Late.__name__", "del Late.__qualname__", "del Late.__doc__",
             "del Late.__module__", "Late.__flags__ = 0", "del Late.__annotations__", "Late.__name__ = 5",
             "Late.__qualname__ = None", "Late.__name__ = 'a\\x00b'"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (TypeError, AttributeError, ValueError) as e:
        print(stmt, "->", type(e).__name__, e)

name = "Renamed"
qual = "Outer.Renamed"
Late.__name__ = name
print(Late, Late.__name__, Late.__qualname__, repr(Late())[:28])
Late.__qualname__ = qual
print(Late, Late.__name__, Late.__qualname__, sys.getrefcount(name), sys.getrefcount(qual))
Late.__module__ = 5
print(Late, Late.__module__)
Late.__module__ = "builtins"
print(Late)
Late.__module__ = "shapes"
print(Late, LateChild.__mro__)
try:
    Late().missing
except AttributeError as e:
    print("AttributeError:", e)
