# lru_cache on a method: the wrapper is a descriptor, so instance.method binds it and self is part of the key;
# the class-wide cache keeps every instance it saw alive.
import sys
from functools import lru_cache


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self, scale=1):
        return 3 * self.r * self.r * scale

    def __repr__(self):
        return f"Circle({self.r})"


a, b = Circle(1), Circle(2)
print(a.area(), b.area(), a.area(), a.area(2), a.area(scale=2))
print(Circle.area.cache_info())
print(Circle.area(a), Circle.area(b, 2), Circle.area.cache_info())
m = a.area
print(type(m).__name__, m.__self__ is a, m.__func__ is Circle.area, m())
print(Circle.__dict__["area"].__get__(None, Circle) is Circle.area)
bound = Circle.area.__get__(b, Circle)
print(bound(), bound.__self__)
print(Circle.area.__wrapped__.__name__, Circle.area.__qualname__, Circle.area.__name__)

# The cache holds the instances: a's refcount drops only once the cache is cleared.
before = sys.getrefcount(a)
Circle.area.cache_clear()
print("refs dropped by cache_clear:", before - sys.getrefcount(a))


class Counter:
    hits = 0

    @staticmethod
    @lru_cache(maxsize=2)
    def twice(x):
        Counter.hits += 1
        return 2 * x

    @classmethod
    @lru_cache(maxsize=None)
    def name(cls):
        return cls.__name__ + "!"


c = Counter()
print(c.twice(3), Counter.twice(3), c.twice(4), Counter.hits, Counter.twice.cache_info())
print(c.name(), Counter.name(), Counter.name.__func__.cache_info())
