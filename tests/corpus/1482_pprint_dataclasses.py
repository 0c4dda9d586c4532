# pprint: dataclass instances split as keyword lists, nested in containers; reprs that pprint leaves alone.
import pprint
from dataclasses import dataclass, field


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Polygon:
    name: str
    points: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


@dataclass(repr=False)
class Plain:
    values: list


class Custom:
    def __repr__(self):
        return "Custom(" + ", ".join(str(i) for i in range(40)) + ")"


square = Polygon("square", [Point(0, 0), Point(0, 1), Point(1, 1), Point(1, 0)])
pprint.pprint(square)
pprint.pprint(square, width=40)
pprint.pprint([square, Point(2.5, 3.5)], width=30)
pprint.pprint({"shape": square}, width=50)
pprint.pprint(Point(1, 2))
print(pprint.pformat(Plain(list(range(30))), width=20).startswith("<__main__.Plain object at 0x"))
pprint.pprint([Custom(), Custom()], width=20)
pprint.pprint(Point, width=5)
print(pprint.isreadable(Point(1, 2)), pprint.isreadable(Custom()), pprint.isreadable(object()))
nested = Polygon("loop")
nested.points.append(nested)
print(pprint.pformat(nested, width=20).replace(str(id(nested)), "ID"))
