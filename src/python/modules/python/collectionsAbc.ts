// collections.abc: the abstract base classes of containers, with CPython's hooks (a class with __len__ is Sized)
// and registrations (list is a MutableSequence), so isinstance with builtin types answers as CPython does.

export const COLLECTIONS_ABC_PY = `
from abc import ABCMeta, abstractmethod

GenericAlias = type(list[int])
# A GenericAlias with Callable's [[params], result] form (CPython's subclass of GenericAlias).
from _collections import _callable_alias as _CallableGenericAlias

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

def _check_methods(C, *methods):
    # Whether every method is defined somewhere on C's mro and not set to None there.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _one_method_hook(name, method):
    def __subclasshook__(cls, C):
        if cls is _hooked[name]:
            return _check_methods(C, *method)
        return NotImplemented
    return classmethod(__subclasshook__)


_hooked = {}


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _one_method_hook("Hashable", ("__hash__",))


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _one_method_hook("Awaitable", ("__await__",))

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        pass

    __subclasshook__ = _one_method_hook("Coroutine", ("__await__", "send", "throw", "close"))


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _one_method_hook("AsyncIterable", ("__aiter__",))

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _one_method_hook("AsyncIterator", ("__anext__", "__aiter__"))


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        raise typ

    def aclose(self):
        pass

    __subclasshook__ = _one_method_hook("AsyncGenerator", ("__aiter__", "__anext__", "asend", "athrow", "aclose"))


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _one_method_hook("Iterable", ("__iter__",))

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _one_method_hook("Iterator", ("__iter__", "__next__"))


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _one_method_hook("Reversible", ("__reversed__", "__iter__"))


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _one_method_hook("Generator", ("__iter__", "__next__", "send", "throw", "close"))


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _one_method_hook("Sized", ("__len__",))


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _one_method_hook("Container", ("__contains__",))

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _one_method_hook("Collection", ("__len__", "__iter__", "__contains__"))


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _one_method_hook("Callable", ("__call__",))

    __class_getitem__ = classmethod(_CallableGenericAlias)


for _name in ("Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
              "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Collection", "Callable"):
    _hooked[_name] = globals()[_name]
`;
