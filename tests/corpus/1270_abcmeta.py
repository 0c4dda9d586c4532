# abc.ABCMeta: abstract methods collected at class creation, register() for virtual subclasses,
# __subclasshook__, and the TypeError for instantiating an abstract class.
from abc import ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 0


print(type(Shape).__name__, sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)


class Duck:
    def area(self):
        return 1


print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
print(Shape.register(Duck) is Duck, isinstance(Duck(), Shape), issubclass(Duck, Shape), Shape in Duck.__mro__)


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Pen:
    def draw(self):
        pass


class FancyPen(Pen):
    pass


print(isinstance(Pen(), Drawable), issubclass(FancyPen, Drawable), isinstance(3, Drawable))
try:
    Shape.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print('TypeError', e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print('RuntimeError', e)


class Base(metaclass=ABCMeta):
    pass


class Virtual:
    pass


Base.register(Virtual)
class Child(Base):
    pass


Child.register(int)
print(issubclass(int, Base), issubclass(bool, Base), isinstance(True, Child), issubclass(Virtual, Child), issubclass(str, Base))
