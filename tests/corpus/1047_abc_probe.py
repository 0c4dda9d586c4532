# abc: abstract methods block instantiation until a subclass implements them all; the memory of instances.
import gc
import sys
from abc import ABC, abstractmethod, update_abstractmethods


def probe(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    sides = 4

    def name(self):
        return "square"


class Statics(ABC):
    @staticmethod
    @abstractmethod
    def make():
        pass

    @classmethod
    @abstractmethod
    def build(cls):
        pass


class One(ABC):
    @abstractmethod
    def only(self):
        pass


probe("abstract", lambda: Shape())
probe("partial", lambda: Square(2))
probe("one method", lambda: One())
probe("static/class", lambda: Statics())
probe("concrete", lambda: FullSquare(3).describe())
probe("abstracts", lambda: sorted(Shape.__abstractmethods__))
probe("left", lambda: sorted(Square.__abstractmethods__))
probe("none left", lambda: FullSquare.__abstractmethods__)
probe("ABC", lambda: (ABC.__abstractmethods__, ABC.__slots__, ABC.__mro__))
probe("isinstance", lambda: (isinstance(FullSquare(1), Shape), issubclass(FullSquare, ABC)))
probe("marker", lambda: (abstractmethod(lambda: 0).__isabstractmethod__, Shape.sides.__isabstractmethod__))
probe("property parts", lambda: (Shape.__dict__["sides"].fset, Shape.__dict__["sides"].fget.__name__))


def implement_later():
    One.only = lambda self: "now"
    update_abstractmethods(One)
    return One().only()


probe("update", implement_later)


class Link(FullSquare):
    def __init__(self):
        super().__init__(1)
        self.other = self


gc.collect()
link = Link()
print("refs:", sys.getrefcount(link), "size:", sys.getsizeof(link))
del link
print("collected:", gc.collect())
