class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
p = Point(1, 2)
q = Point(1, 2)
print(p == q, p is q, p != q)
try:
    {p}
except TypeError as e:
    print(e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), str(type(a).__name__))
