# typing: the runtime objects annotations build, their reprs, equality and introspection.
from typing import List, Optional, Union, Callable, Dict, Any, TypeVar, Generic, Tuple, Literal, ClassVar, Set, FrozenSet, Type, Iterable, Iterator, Sequence, Mapping, Final, get_origin, get_args, cast, TYPE_CHECKING, TypedDict, get_type_hints, NoReturn, AnyStr
import typing
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', covariant=True)
print(List[int], Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Callable[[int], str], Callable[..., int])
print(Dict[str, List[int]], Any, T, K, C, Generic[T], Tuple[int, ...], Tuple[()], List, Optional[List[int]], Literal['a', 1], ClassVar[int])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str], Sequence[int], Mapping[str, int], Final[int], Dict, Callable)
class Box(Generic[T]):
    def __init__(self, item): self.item = item
print(Box[int], Box.__mro__, Box.__parameters__, Box[int]('x').item, Box.__orig_bases__)
print(List[int] == List[int], List[int].__origin__, List[int].__args__, get_origin(Dict[str, int]), get_args(Dict[str, int]), get_args(int))
print(Union[int, int], Union[int], Optional[Optional[int]], Union[int, Union[str, float]])
print(cast(int, 'x'), TYPE_CHECKING, type(List[int]).__name__, type(Any).__name__, type(T).__name__, T.__name__, K.__bound__)
try: isinstance([], List[int])
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, type(Movie).__name__)
def f(a: int, b: 'str' = 'x') -> List[int]: return [a]
print(f(1), get_type_hints(Movie))
print(NoReturn, Optional, Union, typing.Text, AnyStr)
print(List[T][int], Dict[K, T])
print(hash(List[int]) == hash(List[int]), Union[int, str] == Union[str, int])
def probe(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
probe("too many", lambda: List[int, str])
probe("too few", lambda: Dict[int])
probe("instantiate", lambda: List())
probe("callable bad", lambda: Callable[int])
probe("generic bad", lambda: Generic[int])
probe("union empty", lambda: Union[()])
probe("args callable", lambda: get_args(Callable[[int, str], bool]))
probe("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
probe("namedtuple", lambda: type("P", (NamedTuple,), {}))
probe("nested", lambda: Dict[str, Optional[Callable[..., List[Tuple[int, str]]]]])
class Pair(Generic[K, T]):
    pass
probe("pair", lambda: (Pair[int, str], Pair.__parameters__))
x: List[int] = [1]
probe("module annotations", lambda: __annotations__)
