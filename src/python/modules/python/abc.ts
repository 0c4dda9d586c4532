// The abc module in our Python subset: ABC as a base class whose subclasses learn their abstract methods
// (ABC does its work in __init_subclass__), and ABCMeta, the metaclass of collections.abc's classes, with
// register() and the isinstance/issubclass hooks.

export const ABC_PY = `
__all__ = ["ABC", "ABCMeta", "abstractmethod", "update_abstractmethods", "get_cache_token"]

import weakref


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


class _AbcData:
    # What CPython keeps in a class's _abc_impl: registered classes and the answers found, by weak reference.
    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(weakref.ref(subclass))
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if weakref.ref(subclass) in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        ref = weakref.ref(subclass)
        if ref in impl.cache:
            return True
        if impl.negative_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = ABCMeta._abc_invalidation_counter
        elif ref in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            (impl.cache if ok else impl.negative_cache).add(ref)
            return ok
        found = cls in subclass.__mro__
        if not found:
            for registered in impl.registry:
                target = registered()
                if target is not None and issubclass(subclass, target):
                    found = True
                    break
        if not found:
            for derived in cls.__subclasses__():
                if issubclass(subclass, derived):
                    found = True
                    break
        (impl.cache if found else impl.negative_cache).add(ref)
        return found

    def _abc_registry_clear(cls):
        cls._abc_impl.registry = set()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache = set()
        cls._abc_impl.negative_cache = set()
`;
