# __doc__ and __text_signature__ of builtin functions, methods, slot wrappers, descriptors and C module functions.
import gc
import math
import sys
import time

for f in [len, print, sorted, iter, gc.collect, gc.get_count, sys.getrefcount, math.sqrt, time.time]:
    print(f.__name__, f.__text_signature__)
    print(f.__doc__)
    print("--")
for f in [list.append, [].append, dict.get, {}.get, str.join, "x".join, int.__add__, (1).__add__, dict.fromkeys,
          int.from_bytes, object.__init__, list.__new__]:
    print(f.__qualname__, repr(f.__text_signature__), repr(f.__doc__[:60]))
print(repr(int.real.__doc__), repr(range.start.__doc__))
print(list.__text_signature__, int.__text_signature__, object.__text_signature__, dict.__text_signature__)
print(gc.__doc__.splitlines()[0])
print(gc.collect.__module__, gc.collect.__self__ is gc, sys.getsizeof.__module__)


class Point:
    """A point."""
    __slots__ = ("x", "y")

    def norm(self):
        "Its length."
        return 0

    @property
    def twice(self):
        "Twice x."
        return 2 * self.x


p = Point()
print(Point.__text_signature__, p.norm.__doc__, p.norm.__qualname__, p.norm.__module__)
print(Point.twice.__doc__, property(lambda s: 1, None, None, "given").__doc__, property().__doc__)
print(type("C", (), {}).__dict__["__dict__"].__doc__)
print(type("C", (), {}).__dict__["__weakref__"].__doc__)
print(Point.x.__doc__)

print([n for n in dir(len) if "sig" in n], [n for n in dir(list.append) if "sig" in n], [n for n in dir(int.__add__) if "sig" in n], [n for n in dir((1).__add__) if "sig" in n])
