# typing names a 3.11 program may import: ParamSpec (decorators keeping signatures), Concatenate, TypeGuard,
# TypeVarTuple and Unpack, Required/NotRequired, the IO classes, the Supports* protocols, the remaining aliases of
# collections.abc, contextlib and re classes, and the 3.11 helpers.
import typing
from typing import (Callable, Concatenate, ParamSpec, TypeVar, TypeGuard, TextIO, BinaryIO, IO, SupportsInt,
                    SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, Awaitable, Coroutine, AsyncIterator,
                    AsyncGenerator, ContextManager, Pattern, Match, KeysView, ItemsView, Reversible, MutableSet,
                    TypeVarTuple, Unpack, Required, NotRequired, assert_never, assert_type, reveal_type,
                    dataclass_transform, is_typeddict, TypedDict, Generic, ByteString, AsyncContextManager)
import functools
import sys

P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, P.__name__, P.args == P.args, ParamSpec("Q", covariant=True))
print(Callable[P, R], Callable[Concatenate[int, P], R], Callable[..., int], Callable[[int, str], bool])


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1, b=5))


def is_str_list(val: list) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


print(is_str_list(["a"]), TypeGuard[int], Required[int], NotRequired[str], Unpack[int])
print(TextIO, BinaryIO, IO, IO[str], TextIO.__mro__[1:3] if False else issubclass(TextIO, IO))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex),
      isinstance(-1, SupportsAbs), isinstance(1.5, SupportsRound), SupportsInt)
print(Awaitable[int], Coroutine[int, str, float], AsyncIterator[int], AsyncGenerator[int, None], ContextManager[str],
      Pattern[str], Match[bytes], KeysView[int], ItemsView[int, str], Reversible[int], MutableSet[int], ByteString,
      AsyncContextManager[int])
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], [*Ts])
print(assert_type(5, int))
try:
    assert_never("x" * 150)
except AssertionError as e:
    print(len(str(e)), str(e)[:50])
sys.stderr = sys.stdout
print(reveal_type([1]))


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)


class Movie(TypedDict):
    title: str


print(is_typeddict(Movie), is_typeddict(dict))


class Box(Generic[P]):
    pass


print(Box.__parameters__)
