// The functools module (reduce, partial, wraps, lru_cache, total_ordering, cached_property, cmp_to_key,
// singledispatch),
// in our Python subset; what CPython writes in C (reduce, partial, cmp_to_key, lru_cache's wrapper) comes
// from _functools (modules/functools/).

export const FUNCTOOLS_PY = `
__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
           "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "cached_property", "singledispatch",
           "singledispatchmethod"]

from collections import namedtuple
from _functools import reduce, _lru_cache_wrapper, partial, cmp_to_key
from reprlib import recursive_repr

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_MISSING = object()


def _compare_from(root, derived):
    # The comparison total_ordering derives from the one the class defines; NotImplemented passes through.
    def from_lt(name):
        if name == "__gt__":
            def op(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else not r and self != other
        elif name == "__le__":
            def op(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else r or self == other
        else:
            def op(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else not r
        return op

    def from_le(name):
        if name == "__ge__":
            def op(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else not r or self == other
        elif name == "__lt__":
            def op(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else r and self != other
        else:
            def op(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else not r
        return op

    def from_gt(name):
        if name == "__lt__":
            def op(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else not r and self != other
        elif name == "__ge__":
            def op(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else r or self == other
        else:
            def op(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else not r
        return op

    def from_ge(name):
        if name == "__le__":
            def op(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else not r or self == other
        elif name == "__gt__":
            def op(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else r and self != other
        else:
            def op(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else not r
        return op

    makers = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}
    op = makers[root](derived)
    op.__name__ = derived
    op.__qualname__ = derived
    return op


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {name for name in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name in ("__lt__", "__le__", "__gt__", "__ge__"):
        if name != root and name not in roots:
            setattr(cls, name, _compare_from(root, name))
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


# -- singledispatch: the implementation for the class of the first argument, found along its MRO; an ABC the
# class only virtually derives from (registered, or by __subclasshook__) comes before the first base that does
# not derive from it. (CPython merges ABCs into the MRO with C3; this order agrees with it for ABCs that do not
# compete at one place, where CPython too refuses to guess.)

def _dispatch_order(cls, registered):
    mro = list(cls.__mro__)
    implicit = [a for a in registered if a not in mro and isinstance(a, type) and issubclass(cls, a)]
    for abc in sorted(implicit, key=lambda a: -len(a.__mro__)):
        at = len(mro)
        for i, base in enumerate(mro):
            if base not in implicit and not issubclass(base, abc):
                at = i
                break
        mro.insert(at, abc)
    return mro


def _find_impl(cls, registry):
    match = None
    for t in _dispatch_order(cls, registry.keys()):
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    import types, weakref

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _is_union_type(cls):
        from typing import get_origin, Union
        return get_origin(cls) in {Union, types.UnionType}

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        from typing import get_args
        return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to \`register()\`. {cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to \`register()\`: {cls!r}. "
                    f"Use either \`@register(some_class)\` or plain \`@register\` on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Nested partialmethods flatten, so that self or cls stays the first argument.
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown_args = ", ".join(repr(a) for a in self.args)
        shown_keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({self.func}, {shown_args}, {shown_keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            # A descriptor that made something new (a bound method, a classmethod's binding) is partially applied.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # Anything else behaves as a plain function would: an instance method.
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
`;
