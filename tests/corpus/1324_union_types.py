def f(x: int | None = None) -> list[int] | None:
    return [x] if x else None
print(f(3), f.__annotations__)
u = int | str
print(u, type(u), u.__args__, isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(int | str == str | int, hash(int | str) == hash(str | int), (int | str) | float, int | int, None | int)
print(list[int] | None, int | list[str])
try: int | 3
except TypeError as e: print(e)
import typing
print(typing.Optional[int] == (int | None), typing.Union[int, str] == int | str)
print(repr(int | None), str(int | str))
import sys, gc
print(sys.getsizeof(int | str), gc.is_tracked(int | str), (int | str).__parameters__, type(int | str).__module__)
from typing import Union, Optional
print(Union[int | str, None], Optional[int | str], Union[int, str] | None if hasattr(Union[int, str], '__or__') else '')
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
print(issubclass(int, int | str), isinstance(None, int | None), isinstance([], list | dict))
def g(a: str | None, b: dict[str, int] | list[int] = None) -> int | float: ...
print(g.__annotations__)
class C: pass
print(C | None, (C | int).__args__ == (C, int))
x = int
x |= str
print(x, int | str | int, (int | str) == (str | int | str))
print(type.__or__, int.__or__(str), int.__ror__(str))
print({int | str: 1}[str | int])
import typing
print(typing.List[int] | None, int | typing.List[int], typing.Optional[int] | str)
