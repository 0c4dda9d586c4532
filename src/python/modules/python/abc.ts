// The abc module in our Python subset: ABCMeta (abstract methods, virtual subclasses by register() and
// __subclasshook__, with the caches of CPython's _abc) and ABC, the class whose metaclass it is.

export const ABC_PY = `
from weakref import ref as _ref

__all__ = ["ABC", "ABCMeta", "abstractmethod", "update_abstractmethods", "get_cache_token", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead:

        class C(ABC):
            @classmethod
            @abstractmethod
            def my_abstract_classmethod(cls, ...):
                ...

    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead:

        class C(ABC):
            @staticmethod
            @abstractmethod
            def my_abstract_staticmethod(...):
                ...

    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead:

        class C(ABC):
            @property
            @abstractmethod
            def my_abstract_property(self):
                ...

    """

    __isabstractmethod__ = True


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


# Bumped by every register(): negative caches older than it are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever a virtual subclass is registered anywhere."""
    return _abc_invalidation_counter


class _abc_data:
    # What _abc keeps per ABC: the registry and the caches, sets of weak references to classes.
    __module__ = "_abc"

    def __init__(self):
        self._abc_registry = set()
        self._abc_cache = set()
        self._abc_negative_cache = set()
        self._abc_negative_cache_version = _abc_invalidation_counter


def _add_to_weak_set(weak_set, item):
    def _remove(wr, selfref=_ref(weak_set)):
        live = selfref()
        if live is not None:
            live.discard(wr)
    try:
        weak_set.add(_ref(item, _remove))
    except TypeError:
        pass


def _in_weak_set(weak_set, item):
    try:
        return _ref(item) in weak_set
    except TypeError:
        return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init_flags(cls)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", set()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _add_to_weak_set(cls._abc_impl._abc_registry, subclass)
        _abc_invalidation_counter += 1
        _abc_register_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if _in_weak_set(impl._abc_cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl._abc_negative_cache_version == _abc_invalidation_counter
                    and _in_weak_set(impl._abc_negative_cache, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if _in_weak_set(impl._abc_cache, subclass):
            return True
        if impl._abc_negative_cache_version < _abc_invalidation_counter:
            impl._abc_negative_cache = set()
            impl._abc_negative_cache_version = _abc_invalidation_counter
        elif _in_weak_set(impl._abc_negative_cache, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                _add_to_weak_set(impl._abc_cache, subclass)
            else:
                _add_to_weak_set(impl._abc_negative_cache, subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            _add_to_weak_set(impl._abc_cache, subclass)
            return True
        for rcls in [r() for r in impl._abc_registry]:
            if rcls is not None and issubclass(subclass, rcls):
                _add_to_weak_set(impl._abc_cache, subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                _add_to_weak_set(impl._abc_cache, subclass)
                return True
        _add_to_weak_set(impl._abc_negative_cache, subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl._abc_registry!r}", file=file)
        print(f"_abc_cache: {impl._abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {impl._abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl._abc_cache.clear()
        cls._abc_impl._abc_negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
`;
