import gc
gc.collect()
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(gc.get_count())
ps = [Point(i, i) for i in range(50)]
print(gc.get_count())
qs = [Pt(i, i) for i in range(50)]
print(gc.get_count())
print(qs[0].__dict__)
print(gc.get_count())
gc.disable()
for i in range(1000):
    n = []
    n.append(n)
print(gc.get_count(), gc.isenabled())
gc.enable()
print(gc.collect(), gc.get_count())
