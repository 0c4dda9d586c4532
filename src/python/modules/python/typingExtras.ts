// typing, last part: ParamSpec and TypeVarTuple, the IO classes, the Supports* protocols, the remaining aliases
// of collections.abc, contextlib and re classes, the special forms of PEPs 646, 647 and 655, and the 3.11
// helpers (assert_never, assert_type, reveal_type, dataclass_transform, is_typeddict).

export const TYPING_EXTRAS_PY = `
from abc import abstractmethod


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec(_Final):
    """Parameter specification variable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_convert(bound) if bound is not None else None
        def_mod = _caller()
        if def_mod != "typing":
            self.__module__ = def_mod

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class TypeVarTuple(_Final):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name
        def_mod = _caller()
        if def_mod != "typing":
            self.__module__ = def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


TypeGuard = _simple_form("TypeGuard", 1)
Concatenate = _simple_form("Concatenate", 0)
class _UnpackAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        # PEP 646's star form: Unpack[Ts] is *Ts.
        return "*" + repr(self.__args__[0])


def _unpack(self, parameters):
    return _UnpackAlias(self, (_type_convert(parameters),), repr_origin="typing.Unpack")


_unpack.__name__ = "Unpack"
Unpack = _SpecialForm(_unpack)
Required = _simple_form("Required", 1)
NotRequired = _simple_form("NotRequired", 1)

Reversible = _alias(_ABCPlaceholder("Reversible"), "Reversible", 1)
MutableSet = _alias(_ABCPlaceholder("MutableSet"), "MutableSet", 1)
MappingView = _alias(_ABCPlaceholder("MappingView"), "MappingView", 1)
KeysView = _alias(_ABCPlaceholder("KeysView"), "KeysView", 1)
ItemsView = _alias(_ABCPlaceholder("ItemsView"), "ItemsView", 2)
ValuesView = _alias(_ABCPlaceholder("ValuesView"), "ValuesView", 1)
Awaitable = _alias(_ABCPlaceholder("Awaitable"), "Awaitable", 1)
Coroutine = _alias(_ABCPlaceholder("Coroutine"), "Coroutine", 3)
AsyncIterable = _alias(_ABCPlaceholder("AsyncIterable"), "AsyncIterable", 1)
AsyncIterator = _alias(_ABCPlaceholder("AsyncIterator"), "AsyncIterator", 1)
AsyncGenerator = _alias(_ABCPlaceholder("AsyncGenerator"), "AsyncGenerator", 2)
ByteString = _alias(_ABCPlaceholder("ByteString"), "ByteString", 0)
ContextManager = _alias(_ABCPlaceholder("AbstractContextManager", "contextlib"), "ContextManager", 1)
AsyncContextManager = _alias(_ABCPlaceholder("AbstractAsyncContextManager", "contextlib"), "AsyncContextManager", 1)
Pattern = _alias(_ABCPlaceholder("Pattern", "re"), "Pattern", 1)
Match = _alias(_ABCPlaceholder("Match", "re"), "Match", 1)


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(), **kwargs):
    """Decorator that marks a function, class, or metaclass as providing dataclass-like behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# What "from typing import *" takes (3.11's list; the collections aliases are made on first use).
__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic", "Literal",
           "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet",
           "ByteString", "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator",
           "KeysView", "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence",
           "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
           "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
           "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap",
           "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr", "assert_type",
           "assert_never", "cast", "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin",
           "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
           "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs",
           "Required", "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
           "TypeGuard", "Unpack"]
`;
