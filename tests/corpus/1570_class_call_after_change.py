# Calling a class after its __init__ or __new__ changes, or its base's does: each call runs what the class has now.
import sys


class Base:
    pass


class Point(Base):
    pass


p = Point()
print(type(p).__name__, sys.getrefcount(Point))


def init_xy(self, x=0, y=0):
    self.x = x
    self.y = y


Point.__init__ = init_xy
q = Point(3, 4)
print(q.x, q.y)

del Point.__init__
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

Base.__init__ = init_xy
r = Point(5)
print(r.x, r.y)


def new_counted(cls, *args):
    new_counted.calls += 1
    return object.__new__(cls)


new_counted.calls = 0
Point.__new__ = new_counted
s = Point(7, 8)
print(s.x, s.y, new_counted.calls)
for i in range(3):
    obj = Point(i)
print(obj.x, new_counted.calls, sys.getrefcount(obj), sys.getrefcount(Point))


class Plain:
    pass


plains = [Plain() for _ in range(3)]
Plain.__init__ = init_xy
print(Plain(1, 2).y, len(plains), sys.getrefcount(Plain))
