// The abc module in our Python subset: ABC as a base class whose subclasses learn their abstract methods
// (the playground has no metaclasses, so there is no ABCMeta: ABC does its work in __init_subclass__).

export const ABC_PY = `
__all__ = ["ABC", "abstractmethod", "update_abstractmethods", "get_cache_token"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


_cache_token = object()


def get_cache_token():
    return _cache_token


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)


ABC.__abstractmethods__ = frozenset()
`;
