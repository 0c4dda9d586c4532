# Type hints tutorials write: collections.abc.Callable[[int], int] (its [[params], result] form), deque[int],
# type[int] (type itself has no __class_getitem__, so int has none), and isinstance() with typing.Union.
from collections.abc import Callable
from collections import deque
for k in [([int], str), (..., str), ((int, str), bool), ([], int)]:
    a = Callable[k]; print(repr(a), a.__args__, a == Callable[k], a.__origin__)
for bad in [int, (int, str), (1, 2, 3)]:
    try: Callable[bad]
    except TypeError as e: print(e)
print(Callable[[int], str] == Callable[[int], str], hash(Callable[[int], str]) == hash(Callable[[int], str]))
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(lambda n: n * 2, 21), apply.__annotations__)
def last(q: deque[int]) -> int:
    return q[-1]
print(last(deque([1, 2, 3])), deque[int], deque[int]([4, 5]))
import collections.abc as abc
print([n for n in dir(abc) if n.startswith('_C')])
print(type[int], hasattr(int, "__class_getitem__"), hasattr(type, "__class_getitem__"), hasattr(list, "__class_getitem__"))
def make(cls: type[int]) -> int: return cls()
print(make(int), make.__annotations__)
class M(type): pass
try: M[int]
except TypeError as e: print(e)
try: int[str]
except TypeError as e: print(e)
import typing
from typing import Union, List, Optional
for f in [lambda: isinstance(1, Union[int, List[int]]), lambda: issubclass(int, Union[int, str]), lambda: isinstance(None, Optional[int]),
          lambda: isinstance(2.5, Optional[int]), lambda: issubclass(bool, Union[int, str]), lambda: isinstance("a", Union[int, str]),
          lambda: isinstance(1, List[int]), lambda: issubclass(list, List[int]), lambda: isinstance([], Union[List[int], None])]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
def check(value: Union[int, float]) -> str:
    if isinstance(value, Union[int, float]):
        return "number"
    return "other"
print(check(3), check("x"))
