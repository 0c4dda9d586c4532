# A dataclass __init__ called with wrong arguments: CPython's TypeError, and a traceback that ends at the call (the
# generated __init__ binds its arguments before it has a frame).
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
print(Point(1), Point(1, 2))
for args, kwargs in (((1, 2, 3), {}), ((), {}), ((1,), {"z": 3}), ((1,), {"x": 2})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
@dataclass
class Checked:
    n: int
    def __post_init__(self):
        if self.n < 0:
            raise ValueError("negative")
print(Checked(1))
p = Point(1, 2, 3)
