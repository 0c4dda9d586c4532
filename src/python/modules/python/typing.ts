// The typing module's runtime objects in our Python subset: the special forms and generic aliases a program
// builds in annotations (List[int], Optional[str], Callable[[int], str], TypeVar, Generic, TypedDict...), with
// CPython's reprs, equality and introspection (get_origin/get_args/get_type_hints).

export const TYPING_PY = `
TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _type_convert(arg):
    # A subscript's None is NoneType and a string a forward reference (ForwardRef is defined further on).
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_args(params):
    return tuple(_type_convert(p) for p in _as_tuple(params))


class _Final:
    __slots__ = ("__weakref__",)


class _SpecialForm(_Final):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _AnyMeta(type):
    def __repr__(self):
        return "typing.Any"


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""


class _GenericAlias(_Final):
    """A parameterized generic: List[int], Dict[str, T], Box[int]."""
    __slots__ = ("__origin__", "__args__", "__parameters__", "_name", "_repr_origin", "_inst")

    def __init__(self, origin, args, name=None, repr_origin=None, inst=True):
        self.__origin__ = origin
        self.__args__ = _as_tuple(args)
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar) or type(a).__name__ == "ParamSpec")
        self._name = name
        self._repr_origin = repr_origin
        # False for the aliases of builtins (List, Dict...), which cannot be called.
        self._inst = inst

    def __repr__(self):
        if self._repr_origin is not None:
            head = self._repr_origin
        elif self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        params = _type_args(params)
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._repr_origin, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return self._name or self.__origin__.__name__
        # Dunder names are not relayed (copy and pickle look for them); other names are the origin's.
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias: List, Dict, Callable; subscripting makes a _GenericAlias."""
    __slots__ = ("__origin__", "_name", "_nparams", "_inst")

    def __init__(self, origin, name, nparams, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _type_args(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = _real_origin(self.__origin__)(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(_real_origin(cls.__origin__), _real_origin(self.__origin__))
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, _real_origin(self.__origin__))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _is_param_expr(arg):
    # A ParamSpec or Concatenate[...] stands for a Callable's whole parameter list.
    return type(arg).__name__ == "ParamSpec" or (isinstance(arg, _GenericAlias) and arg._repr_origin == "typing.Concatenate")


class _CallableAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        if len(self.__args__) == 2 and (self.__args__[0] is ... or _is_param_expr(self.__args__[0])):
            return f"typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]"
        params = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return f"typing.Callable[[{params}], {_type_repr(self.__args__[-1])}]"


class _CallableSpecial(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_convert(result)
        if args is ... or _is_param_expr(args):
            return _CallableAlias(self.__origin__, (args, result), "Callable")
        return _CallableAlias(self.__origin__, _type_args(tuple(args)) + (result,), "Callable")


class _TupleSpecial(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        return _GenericAlias(tuple, _type_args(params), "Tuple", inst=False)


def _real_origin(origin):
    # The collections.abc class an alias's stand-in names, imported when a call or a class check needs it.
    if isinstance(origin, _ABCPlaceholder):
        import collections.abc
        return getattr(collections.abc, origin.__name__)
    return origin


class _ABCPlaceholder:
    """Stands for a collections.abc (contextlib, re) class, not imported with typing here, as an alias's origin."""

    def __init__(self, name, module="collections.abc"):
        self.__name__ = name
        self.__module__ = module

    def __repr__(self):
        return f"<class '{self.__module__}.{self.__name__}'>"


_UnionType = type(int | str)


def _flatten_union(params):
    result = []
    for p in params:
        if isinstance(p, _UnionType) or (isinstance(p, _GenericAlias) and p.__origin__ is Union):
            items = p.__args__
        else:
            items = (_type_convert(p),)
        for item in items:
            if item not in result:
                result.append(item)
    return tuple(result)


class _UnionAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    args = _flatten_union(_as_tuple(parameters))
    if len(args) == 1:
        return args[0]
    return _UnionAlias(Union, args)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    return Union[parameters, None]


def _simple_form(name, types_count):
    # The first types_count parameters are types; the rest (Literal's values, Annotated's metadata) are data.
    def getitem(self, parameters):
        parameters = _as_tuple(parameters)
        parameters = _type_args(parameters[:types_count]) + parameters[types_count:]
        return _GenericAlias(self, parameters, repr_origin="typing." + name)
    getitem.__name__ = name
    return _SpecialForm(getitem)


ClassVar = _simple_form("ClassVar", 1)
Final = _simple_form("Final", 1)
Literal = _simple_form("Literal", 0)
Annotated = _simple_form("Annotated", 1)


def _bare_form(name):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__ = name
    return _SpecialForm(getitem)


NoReturn = _bare_form("NoReturn")
Never = _bare_form("Never")
Self = _bare_form("Self")
LiteralString = _bare_form("LiteralString")
TypeAlias = _bare_form("TypeAlias")
`;
