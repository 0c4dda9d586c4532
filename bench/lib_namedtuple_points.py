# The library as tutorials use it: namedtuple. Points made, read by field name and replaced.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
points = [Point(i % 17, i % 23) for i in range(3000)]
total = 0
for _ in range(6):
    for p in points:
        total += p.x * p.x + p.y * p.y
    moved = [p._replace(x=p.x + 1) for p in points[:500]]
    total += moved[-1].x
print(total, points[5], moved[0])
