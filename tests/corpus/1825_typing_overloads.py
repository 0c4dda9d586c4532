# typing.overload registers each stub (get_overloads, clear_overloads) and calling one is NotImplementedError;
# final sets __final__.
from typing import overload, get_overloads, clear_overloads, final


@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x


print(area(3), [f.__code__.co_firstlineno for f in get_overloads(area)], len(get_overloads(print)))


@overload
def stub(x: int) -> int: ...


try:
    stub(1)
except NotImplementedError as e:
    print(e)
clear_overloads()
print(get_overloads(area))


@final
class Base:
    @final
    def done(self):
        pass


print(Base.__final__, Base.done.__final__, final(5))
