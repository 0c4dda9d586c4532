// typing, second half: TypeVar, Generic, the aliases of builtin and collections.abc classes, TypedDict, helpers.

export const TYPING_GENERICS_PY = `

class TypeVar(_Final):
    """Type variable."""
    __slots__ = ("__name__", "__bound__", "__constraints__", "__covariant__", "__contravariant__")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to Generic[...] must all be type variables or parameter specification variables.")
            return _GenericAlias(Generic, params, "Generic")
        return _GenericAlias(cls, _type_args(params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        parameters = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in parameters:
                        parameters.append(p)
        cls.__parameters__ = tuple(parameters)


def _alias(origin, name, nparams, inst=True):
    return _SpecialGenericAlias(origin, name, nparams, inst)


List = _alias(list, "List", 1, inst=False)
Dict = _alias(dict, "Dict", 2, inst=False)
Set = _alias(set, "Set", 1, inst=False)
FrozenSet = _alias(frozenset, "FrozenSet", 1, inst=False)
Type = _alias(type, "Type", 1, inst=False)
Tuple = _TupleSpecial(tuple, "Tuple", -1, inst=False)
Callable = _CallableSpecial(_ABCPlaceholder("Callable"), "Callable", -1)
Iterable = _alias(_ABCPlaceholder("Iterable"), "Iterable", 1)
Iterator = _alias(_ABCPlaceholder("Iterator"), "Iterator", 1)
Generator = _alias(_ABCPlaceholder("Generator"), "Generator", 3)
Sequence = _alias(_ABCPlaceholder("Sequence"), "Sequence", 1)
MutableSequence = _alias(_ABCPlaceholder("MutableSequence"), "MutableSequence", 1)
Mapping = _alias(_ABCPlaceholder("Mapping"), "Mapping", 2)
MutableMapping = _alias(_ABCPlaceholder("MutableMapping"), "MutableMapping", 2)
Collection = _alias(_ABCPlaceholder("Collection"), "Collection", 1)
Container = _alias(_ABCPlaceholder("Container"), "Container", 1)
Hashable = _alias(_ABCPlaceholder("Hashable"), "Hashable", 0)
Sized = _alias(_ABCPlaceholder("Sized"), "Sized", 0)
AbstractSet = _alias(_ABCPlaceholder("Set"), "AbstractSet", 1)
Text = str

# typing's aliases of collections classes, made on first use (PEP 562) so that importing typing does not import
# collections (CPython has it loaded before any program runs).
_COLLECTIONS_ALIASES = {"DefaultDict": ("defaultdict", 2), "Deque": ("deque", 1), "Counter": ("Counter", 1),
                        "OrderedDict": ("OrderedDict", 2), "ChainMap": ("ChainMap", 2)}


def __getattr__(name):
    if name in _COLLECTIONS_ALIASES:
        import collections
        origin_name, nparams = _COLLECTIONS_ALIASES[name]
        alias = _SpecialGenericAlias(getattr(collections, origin_name), name, nparams)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")

AnyStr = TypeVar("AnyStr")


class _TypedDictMeta(type):
    # 3.11's: a TypedDict class derives from dict, and Required/NotRequired (or total) sort its keys.
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg) for n, tp in ns.get("__annotations__", {}).items()}
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for key, annotation in own_annotations.items():
            origin = get_origin(annotation)
            if origin is Annotated and get_args(annotation):
                origin = get_origin(get_args(annotation)[0])
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        # Typed dicts are only for static structural subtyping.
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in Python 3.11, will be removed in "
                      "Python 3.13, and may not be understood by third-party type checkers.", DeprecationWarning,
                      stacklevel=2)
    ns = {"__annotations__": dict(fields)}
    module = _caller()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


_NT_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                            "_make", "_replace", "_asdict", "_source"})
_NT_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    """Makes a class statement deriving from NamedTuple a collections.namedtuple class with its annotations."""

    def __new__(cls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(cls, typename, bases, ns)
        import collections
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                s = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field{s} {', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                        module=ns["__module__"])
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        "NamedTuple('Employee', [('name', str), ('id', int)]): the functional form."
        import collections
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = collections.namedtuple(typename, [n for n, t in fields], module=_caller_module_name())
        nm_tpl.__annotations__ = {n: t for n, t in fields}
        return nm_tpl


def _caller_module_name():
    from _collections import _caller_module
    return _caller_module(2)


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple."""
    _root = True


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# {module: {qualname: {firstlineno: func}}}
_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: the stub is registered, and calling it is an error."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get(f.__module__, {}).get(f.__qualname__, {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (it sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks arg so that get_type_hints() gives no hints for it."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func

    return wrapped_decorator


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, type(list[int]))):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _CallableAlias) and tp.__args__[0] is not ...:
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, (_GenericAlias, type(list[int]), _UnionType)):
        return tp.__args__
    return ()

`;
