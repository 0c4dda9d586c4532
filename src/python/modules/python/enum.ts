// The enum module in our Python subset: EnumType (the metaclass), Enum, Flag, auto, unique, and the mixed-in
// kinds IntEnum, StrEnum, IntFlag (members are int or str objects of the enum class) through ReprEnum.

export const ENUM_PY = `
__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]

class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    return hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__")


def _is_member_name(cls_name, name, value):
    if _is_dunder(name) or _is_sunder(name) or _is_descriptor(value):
        return False
    return not name.startswith("_%s__" % cls_name)


_Flag = None


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = []
        namespace = {}
        for key, value in classdict.items():
            if _is_member_name(cls, key, value):
                members.append((key, value))
            else:
                namespace[key] = value
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        kwds.pop("boundary", None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        member_type = _data_type(enum_class)
        type.__setattr__(enum_class, "_member_type_", member_type)
        if Enum is not None and member_type is not object:
            _use_enum_methods(enum_class, bases, classdict, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            enum_class._add_member_(name, value)
            last_values.append(value)
        return enum_class

    def _add_member_(cls, name, value):
        # A value seen before makes an alias of the first member with it.
        canonical = cls._value2member_map_.get(value)
        if canonical is None:
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is None:
            args = value if isinstance(value, tuple) else (value,)
            if cls._member_type_ is object:
                member = object.__new__(cls)
            else:
                member = cls._member_type_.__new__(cls, *args)
            member._value_ = value
            member._name_ = name
            member.__objclass__ = cls
            member._sort_order_ = len(cls._member_names_)
            # A class's own __init__ gets the value (unpacked when it is a tuple), as for Planet(mass, radius).
            if cls.__init__ is not object.__init__:
                member.__init__(*(value if isinstance(value, tuple) else (value,)))
            # A Flag's zero and multi-bit members are not iterated (3.11): list(re.RegexFlag) starts at ASCII.
            if not (_Flag is not None and issubclass(cls, _Flag) and isinstance(value, int) and (value == 0 or value & (value - 1))):
                cls._member_names_.append(name)
            cls._value2member_map_.setdefault(value, member)
            canonical = member
        cls._member_map_[name] = canonical
        type.__setattr__(cls, name, canonical)

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % (name,))
        super().__delattr__(name)


EnumMeta = EnumType
_mappingproxy = type(type.__dict__)
Enum = None
ReprEnum = None
Flag = None


def _data_type(enum_class):
    "The builtin (or other non-enum) type mixed into an enum class, else object."
    for base in enum_class.__mro__[1:]:
        if base is object or isinstance(base, EnumType):
            continue
        if "__new__" in base.__dict__:
            return base
    return object


def _use_enum_methods(enum_class, bases, classdict, member_type):
    "EnumType.__new__'s repair: repr and friends come from the enum, str and format from the mixin under ReprEnum."
    first_enum = bases[-1]
    defined = set(classdict)
    if ReprEnum is not None and ReprEnum in bases:
        if "__format__" not in defined:
            type.__setattr__(enum_class, "__format__", member_type.__format__)
            defined.add("__format__")
        if "__str__" not in defined:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, "__str__", method)
            defined.add("__str__")
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in defined:
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    "Only changes the repr(), leaving str() and format() to the mixed-in type."


class IntEnum(int, ReprEnum):
    "Enum where members are also (and must be) ints"


class StrEnum(str, ReprEnum):
    "Enum where members are also (and must be) strings"

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        return str.__new__(cls, *values)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length()

    @classmethod
    def _all_bits_(cls):
        bits = 0
        for name in cls._member_names_:
            bits |= cls._member_map_[name]._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        # IntFlag keeps bits no member names (boundary KEEP).
        if not isinstance(value, int) or (value & ~cls._all_bits_() and cls._member_type_ is not int):
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if value else None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __hash__(self):
        return hash(self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ | other)

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ & other)

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._all_bits_() & ~self._value_)


_Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary="KEEP"):
    "Support for integer-based Flags"


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
`;
