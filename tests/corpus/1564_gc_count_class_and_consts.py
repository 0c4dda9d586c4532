# A class, a constant 3-tuple and a docstring before gc.get_count().
"""Counting after a class body."""
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
origin = (0, 0, 0)
import gc
print(gc.get_count())
p = Point(3, 4)
print(p.x * p.x + p.y * p.y, origin, gc.get_count())
