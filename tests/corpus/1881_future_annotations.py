# from __future__ import annotations (PEP 563): annotations are their text, never evaluated; the __future__ module.
"""A module using postponed annotations."""
from __future__ import annotations
import __future__
import sys
from dataclasses import dataclass


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        return Node(value, self)


@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] | None = None


def f(a: dict[str,int], *args: tuple[int, ...], b: 'Forward' = 1, **kw: Callable[[int], str]) -> Optional[List[int]]:
    return a


x: Undefined = 5
y: list[int]
n = Node(1).append(2)
print(n.value, n.next.value)
print(Node.__init__.__annotations__)
print(Node.append.__annotations__)
print(f.__annotations__)
print(__annotations__)
print(Point.__annotations__, Point(1.5))
print(annotations, __future__.annotations is annotations)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(__future__.CO_FUTURE_ANNOTATIONS, 'annotations' in __future__.__all__)
def g(p: -1 + 2 * 3 ** -x, q: a if b else c, r: a.b[1:2, ::3], s: not a or b and c, t: (1, 2), u: [1, 'x', b'y', None, ...]) -> x < y <= z is not w:
    pass
print(g.__annotations__)
