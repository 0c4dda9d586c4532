// dataclasses, second half: the @dataclass decorator's processing of a class and the module's functions.

export const DATACLASSES_PROCESS_PY = `

def _set_method(cls, name, fn, overwrite_message=None):
    # Adds a generated method unless the class defines its own (then, with a message, that is an error).
    if name in cls.__dict__:
        if overwrite_message is not None:
            raise TypeError(overwrite_message)
        return False
    fn.__name__ = name
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    # CPython compiles the method in the class's module: help() finds the class (and inherited docs) from it.
    fn.__module__ = cls.__module__
    setattr(cls, name, fn)
    return True


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _signature_doc(cls, init_fields):
    parts = []
    star_added = False
    for f in init_fields:
        if f.kw_only and not star_added:
            parts.append("*")
            star_added = True
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += f" = {f.default!r}"
        parts.append(text)
    return f"{cls.__name__}({', '.join(parts)})"


def _hash_fn(cls, fields, globals):
    self_tuple = _tuple_str("self", fields)
    fn = _create_fn("__hash__", ("self",), [f"return hash({self_tuple})"], globals=globals)
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _frozen_methods(cls, field_names, globals):
    # Generated as CPython's _frozen_get_del_attr generates them (their frames are File "<string>").
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    fields_str = "(" + ",".join(repr(name) for name in field_names) + ",)" if field_names else "()"
    setter = _create_fn("__setattr__", ("self", "name", "value"),
                        (f"if type(self) is cls or name in {fields_str}:",
                         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         "super(cls, self).__setattr__(name, value)"),
                        locals=locals, globals=globals)
    deleter = _create_fn("__delattr__", ("self", "name"),
                         (f"if type(self) is cls or name in {fields_str}:",
                          ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                          "super(cls, self).__delattr__(name)"),
                         locals=locals, globals=globals)
    return setter, deleter


def _add_slots(cls, field_names, is_frozen, weakref_slot):
    # A class's slots are fixed when it is made: a new class with the same namespace and __slots__.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    namespace = {key: value for key, value in cls.__dict__.items()}
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    wanted = list(field_names) + (["__weakref__"] if weakref_slot else [])
    namespace["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # Copying and pickling a frozen class with slots set its fields through object.__setattr__.
        if "__getstate__" not in namespace:
            new_cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in namespace:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    field_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY":
            field_kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, field_kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]

    # The generated methods' globals: the class's module (CPython compiles them there).
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    if init:
        seen_default = False
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        has_post_init = hasattr(cls, "__post_init__")
        all_init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
        kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_method(cls, "__init__", _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                                              has_post_init, self_name, globals, slots))
    if repr:
        _set_method(cls, "__repr__", _repr_fn([f for f in real_fields if f.repr], globals))
    compared = [f for f in real_fields if f.compare]
    self_tuple = _tuple_str("self", compared)
    other_tuple = _tuple_str("other", compared)
    if eq:
        _set_method(cls, "__eq__", _cmp_fn("__eq__", "==", self_tuple, other_tuple, globals))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            _set_method(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals),
                        f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                        "Consider using functools.total_ordering")
    if frozen:
        setter, deleter = _frozen_methods(cls, [f.name for f in real_fields], globals)
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            _set_method(cls, name, fn, f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _hash_fn(cls, hashed, globals)
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = _hash_fn(cls, hashed, globals)
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None

    if not cls.__dict__.get("__doc__"):
        cls.__doc__ = _signature_doc(cls, init_fields)
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, [f.name for f in real_fields], frozen, weakref_slot)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory):
    # asdict/astuple: dataclasses, lists, tuples and dicts are rebuilt, other values deep-copied.
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)]
        return factory(values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple's __new__ takes its fields one by one.
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Return a new dynamically created dataclass."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    return dataclass(type(cls_name, bases, namespace), **options)
`;
