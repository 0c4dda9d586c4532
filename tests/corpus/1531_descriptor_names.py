# The names descriptors carry: __slots__ members, builtin getsets, method descriptors and slot wrappers.
class Point:
    __slots__ = ("x", "y")

class Outer:
    class Inner:
        __slots__ = ("value",)

class WithDict:
    pass

for d in (Point.__dict__["x"], Outer.Inner.__dict__["value"], WithDict.__dict__["__dict__"], WithDict.__dict__["__weakref__"],
          int.__dict__["real"], str.__dict__["upper"], list.__dict__["append"], int.__dict__["__add__"],
          object.__dict__["__class__"], dict.__dict__["fromkeys"] if False else dict.__dict__["keys"]):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d))
print(Point.x.__name__, Point.y.__qualname__, Point.x.__objclass__ is Point)
print(str.upper.__qualname__, sorted.__qualname__ if hasattr(sorted, "__qualname__") else None)
print([m.__name__ for m in (str.lower, str.strip, list.pop)])
