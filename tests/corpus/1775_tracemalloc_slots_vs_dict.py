# __slots__ against a per-instance __dict__, measured with tracemalloc as a tutorial does: each ordinary
# instance is its object plus a block of values (CPython 3.11's inline values, sized by the slots its class's
# shared keys still offer: the first instances get bigger ones), a slotted instance is one block.
import sys
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def measure(cls, n):
    tracemalloc.start()
    points = [cls(1, 2) for _ in range(n)]
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    for stat in snapshot.statistics("lineno"):
        if stat.traceback[0].lineno == 24:
            return stat.size, stat.count, sys.getsizeof(points[0])


for n in (1, 5, 40, 1000):
    print(n, "dict", measure(Point, n), "slots", measure(SlotPoint, n))
p = Point(3, 4)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), hasattr(SlotPoint(1, 2), "__dict__"))
