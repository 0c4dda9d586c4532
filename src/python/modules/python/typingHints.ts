// typing, fourth part: ForwardRef and get_type_hints, which evaluates string annotations in the namespace of
// the function's or class's module as CPython 3.11's typing.py does.

export const TYPING_HINTS_PY = `

class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""
    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__", "__forward_value__",
                 "__forward_is_argument__", "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(_sys.modules.get(self.__forward_module__, None), "__dict__", globalns)
            type_ = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.")
            self.__forward_value__ = _eval_type(type_, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_arg__ == other.__forward_arg__ and self.__forward_value__ == other.__forward_value__
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module_repr = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module_repr})"


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


_GenericAliasType = type(list[int])


def _evaluated_args(t):
    # Literal values and Annotated metadata are data, not types: they stay unevaluated.
    if t.__origin__ is Literal:
        return ()
    if t.__origin__ is Annotated:
        return t.__args__[:1]
    return t.__args__


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluates the forward references in t, inside generic aliases and unions too."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, str):
        return ForwardRef(t)._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        evaluated = _evaluated_args(t) if isinstance(t, _GenericAlias) else t.__args__
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in evaluated)
        ev_args += t.__args__[len(evaluated):]
        if ev_args == t.__args__:
            return t
        return _copy_with(t, ev_args)
    return t


def _copy_with(t, args):
    if isinstance(t, _GenericAliasType):
        return _GenericAliasType(t.__origin__, args)
    if isinstance(t, _UnionAlias):
        return Union[args]
    if isinstance(t, _UnionType):
        result = args[0]
        for arg in args[1:]:
            result = result | arg
        return result
    return type(t)(t.__origin__, args, t._name, t._repr_origin, t._inst)


def _strip_annotations(t):
    """Strips Annotated[T, ...], Required[T] and NotRequired[T] down to T, inside generic aliases and unions too."""
    if isinstance(t, _GenericAlias) and t.__origin__ in (Annotated, Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return _copy_with(t, stripped_args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its annotations, string ones (forward references) evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: the class namespace is looked in before the module's.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    is_module = isinstance(obj, type(_sys))
    if globalns is None:
        if is_module:
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if is_module or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not is_module, is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
`;
