# help() on classes and instances: pydoc's class page, with inherited members, properties, slots and descriptors.


class Shape:
    """Something with an area."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        """The area."""
        return 0

    def describe(self):
        return f"{self.name}: {self.area()}"

    @property
    def label(self):
        "Read-only label."
        return self.name.upper()

    @property
    def size(self):
        return self.area()

    @size.setter
    def size(self, value):
        pass

    @classmethod
    def unit(cls):
        "A unit shape."
        return cls("unit")

    @staticmethod
    def count(shapes):
        return len(shapes)


class Square(Shape):
    sides = 4
    corners = ["a", "b", "c", "d"]
    table = {"k": 1, "j": 2}

    def __init__(self, side=1):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return f"Square({self.side})"

    def __eq__(self, other):
        return isinstance(other, Square) and other.side == self.side

    perimeter = lambda self: 4 * self.side
    same = area


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Empty:
    pass


class Numbers(list):
    "A list of numbers."

    def total(self):
        return sum(self)


help(Shape)
help(Square)
help(Square(3))
help(Square.area)
help(Square(2).describe)
help(Shape.unit)
help(Vector)
help(Empty)
help(Empty())
help(Numbers)
help(Shape.label)
help(Vector.x)
print("globals:", sorted(k for k in globals() if not k.startswith("__")))
