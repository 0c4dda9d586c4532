// The dataclasses module in our Python subset. CPython generates __init__/__repr__/__eq__ source and exec()s it;
// here they are closures over the field list (the playground has no exec), with CPython's argument errors.

export const DATACLASSES_PY = `
import copy as _copy
from _collections import _c_implemented

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_mappingproxy = type(type.__dict__)
_EMPTY_METADATA = _mappingproxy({})

_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata",
                 "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(" f"name={self.name!r}," f"type={self.type!r}," f"default={self.default!r},"
                f"default_factory={self.default_factory!r}," f"init={self.init!r}," f"repr={self.repr!r},"
                f"hash={self.hash!r}," f"compare={self.compare!r}," f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r}," f"_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name too.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(" f"init={self.init!r}," f"repr={self.repr!r}," f"eq={self.eq!r},"
                f"order={self.order!r}," f"unsafe_hash={self.unsafe_hash!r}," f"frozen={self.frozen!r}" ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def _is_classvar(annotation):
    # typing.ClassVar or ClassVar[...], as an object or as a string annotation.
    if isinstance(annotation, type):
        return False
    text = annotation if type(annotation) is str else repr(annotation)
    return text.startswith("ClassVar") or text.startswith("typing.ClassVar")


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    elif _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _plural(names, kind):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = quoted[0] + " and " + quoted[1]
    else:
        listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    s = "" if len(names) == 1 else "s"
    return f"missing {len(names)} required {kind} argument{s}: {listed}"


def _bind_init(qualname, positional, keyword_only, args, kwargs):
    # The values for positional then keyword-only init fields, raising CPython's TypeErrors for a bad call.
    npos = len(positional)
    if len(args) > npos:
        required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
        given = len(args) + 1
        if required == npos:
            counts = f"{npos + 1} positional argument{'' if npos == 0 else 's'}"
        else:
            counts = f"from {required + 1} to {npos + 1} positional arguments"
        raise TypeError(f"{qualname}() takes {counts} but {given} were given")
    values = {}
    for f, value in zip(positional, args):
        values[f.name] = value
    names = {f.name for f in positional} | {f.name for f in keyword_only}
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument {key!r}")
        if key in values:
            raise TypeError(f"{qualname}() got multiple values for argument {key!r}")
        values[key] = value
    for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
        missing = [f.name for f in group
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f"{qualname}() {_plural(missing, kind)}")
    return values


def _make_init(cls, init_fields, all_fields, frozen, has_post_init):
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    qualname = f"{cls.__qualname__}.__init__"
    setter = object.__setattr__ if frozen else setattr
    initvars = [f for f in init_fields if f._field_type is _FIELD_INITVAR]

    def __init__(self, *args, **kwargs):
        values = _bind_init(qualname, positional, keyword_only, args, kwargs)
        for f in all_fields:
            if f._field_type is not _FIELD:
                continue
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            setter(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values.get(f.name, f.default) for f in initvars])

    # inspect.signature reads the parameters of the __init__ CPython generates from these.
    __init__._dataclass_init_fields = (positional, keyword_only)
    return __init__


# CPython binds a generated __init__'s arguments before its frame exists: a wrong call's traceback ends at the call.
_c_implemented(_bind_init)
_c_implemented(_make_init(object, [], [], False, False))


_repr_running = set()


def _make_repr(fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"
    # pprint splits a dataclass instance over lines only when its repr is this generated one.
    __repr__._dataclass_generated = True
    return __repr__


def _field_values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _make_compare(name, fields):
    def eq(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, fields) == _field_values(other, fields)
        return NotImplemented

    def lt(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, fields) < _field_values(other, fields)
        return NotImplemented

    def le(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, fields) <= _field_values(other, fields)
        return NotImplemented

    def gt(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, fields) > _field_values(other, fields)
        return NotImplemented

    def ge(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, fields) >= _field_values(other, fields)
        return NotImplemented

    return {"__eq__": eq, "__lt__": lt, "__le__": le, "__gt__": gt, "__ge__": ge}[name]
`;
