// The enum module in our Python subset: EnumType (the metaclass, with _EnumDict as the class namespace so auto()
// values are known in the body), Enum, auto, and the kinds IntEnum and StrEnum through ReprEnum; Flag, IntFlag and
// unique are in enumFlag.ts, run as the same module (members of mixed-in kinds are int or str objects of the class).

export const ENUM_PY = `
__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique",
           "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]

import sys as _sys

_bltns_bin = bin

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


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and (name[-1] != "_" or name[-2] != "_")


_ALLOWED_SUNDERS = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
                    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


class _EnumDict(dict):
    """
    Track enum member order and ensure member names are not reused.

    EnumType will use the names found in self._member_names as the
    enumeration member names.
    """

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        # As CPython's: an auto() gets its value as it is assigned, so later lines of the body can use it.
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == "_ignore_":
                value = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            # Unwrapped, and a plain attribute of the class.
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                # Unwrapped, and a member even when it is a function.
                value = value.value
            non_auto_store = True
            single = False
            if isinstance(value, auto):
                single = True
                value = (value,)
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                auto_valued = []
                for v in value:
                    if isinstance(v, auto):
                        non_auto_store = False
                        if v.value == _auto_null:
                            v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    auto_valued.append(v)
                value = auto_valued[0] if single else tuple(auto_valued)
            self._member_names[key] = None
            if non_auto_store:
                self._last_values.append(value)
        super().__setitem__(key, value)


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value



def _is_single_bit(num):
    """
    True if only one bit set in num (should be an int)
    """
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    # num must be a positive integer
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """
    Like built-in bin(), except negative values are represented in
    twos-compliment, and the leading bit always indicates sign
    (0=positive, 1=negative).

    >>> bin(10)
    '0b0 1010'
    >>> bin(~10)   # ~10 is -11
    '0b1 0101'
    """
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _bltns_bin(num + ceiling).replace("1", "0", 1)
    else:
        s = _bltns_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


_Flag = None


class property:
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))
        self.name = getattr(fget, "__name__", None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError("<enum %r> property %r has no getter" % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # Extending an enum that has members is refused before the body runs.
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = bases[-1] if bases else None
        if isinstance(first_enum, EnumType):
            enum_dict["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = []
        namespace = {}
        if isinstance(classdict, _EnumDict):
            ignored = set(classdict._ignore)
            for key, value in classdict.items():
                if key in classdict._member_names:
                    members.append((key, value))
                elif key not in ignored and key != "_ignore_":
                    namespace[key] = value
        else:
            for key, value in classdict.items():
                if _is_member_name(cls, key, value):
                    members.append((key, value))
                else:
                    namespace[key] = value
        boundary = kwds.pop("boundary", None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        member_type = _data_type(enum_class)
        type.__setattr__(enum_class, "_member_type_", member_type)
        # The __new__ that makes the members (_find_new_): the class's own, else the mixed-in type's.
        new_member = classdict.get("__new__") or (member_type.__new__ if member_type is not object else object.__new__)
        type.__setattr__(enum_class, "_new_member_", new_member.__func__ if isinstance(new_member, staticmethod) else new_member)
        if Enum is not None and member_type is not object:
            _use_enum_methods(enum_class, bases, classdict, member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag) or Flag is None and cls == "Flag"
        if is_flag:
            # The Flag structures: the boundary and the masks of the members' bits, filled as members are added.
            first_enum = bases[-1] if bases else None
            type.__setattr__(enum_class, "_boundary_", boundary or getattr(first_enum, "_boundary_", None))
            type.__setattr__(enum_class, "_flag_mask_", 0)
            type.__setattr__(enum_class, "_singles_mask_", 0)
            type.__setattr__(enum_class, "_all_bits_", 0)
            type.__setattr__(enum_class, "_inverted_", None)
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
        if Flag is not None and issubclass(enum_class, Flag):
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                type.__setattr__(enum_class, "_iter_member_", enum_class._iter_member_by_def_)
        return enum_class

    def _add_member_(cls, name, value):
        # _proto_member.__set_name__: the member is made by the enum's __new__ (its own, the mixed-in type's or
        # object's), then a value seen before makes it an alias of the first member with that value.
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._new_member_ is object.__new__:
            member = object.__new__(cls)
        else:
            member = cls._new_member_(cls, *args)
        if not hasattr(member, "_value_"):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError("_value_ not set in __new__, unable to create it")
                    new_exc.__cause__ = exc
                    raise new_exc
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        member._sort_order_ = len(cls._member_names_)
        if _Flag is not None and issubclass(cls, _Flag):
            type.__setattr__(cls, "_flag_mask_", cls._flag_mask_ | value)
            if _is_single_bit(value):
                type.__setattr__(cls, "_singles_mask_", cls._singles_mask_ | value)
            type.__setattr__(cls, "_all_bits_", 2 ** (cls._flag_mask_.bit_length()) - 1)
        try:
            try:
                member = cls._value2member_map_[value]
            except TypeError:
                for canonical in cls._member_map_.values():
                    if canonical._value_ == value:
                        member = canonical
                        break
                else:
                    raise KeyError
        except KeyError:
            # A Flag's zero and multi-bit members are not iterated (3.11): list(re.RegexFlag) starts at ASCII.
            if _Flag is None or not issubclass(cls, _Flag) or _is_single_bit(value):
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            # The functional API: a new Enum class.
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)
        if isinstance(value, cls):
            return value
        # Enum.__new__'s lookup: the reverse mapping, a search by == for an unhashable value, then _missing_.
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        if first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, first_enum))
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        # Here, names is either an iterable of (name, value) or a mapping.
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            darn = ("in 3.12 __contains__ will no longer raise TypeError, but will return True or\\n"
                    "False depending on whether the value is a member or the value of a member")
            warnings.warn(darn, DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getattr__(cls, name):
        # What the class lacks: a member by name (members are in its dict; this answers with the bare name).
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __dir__(cls):
        interesting = set([
            "__class__", "__contains__", "__doc__", "__getitem__",
            "__iter__", "__len__", "__members__", "__module__",
            "__name__", "__qualname__",
        ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(interesting)
        else:
            # return whatever mixed-in data type has
            return sorted(set(dir(cls._member_type_)) | interesting)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
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

    def __init__(self, *args, **kwds):
        pass

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

    def __dir__(self):
        """
        Returns public methods and other interesting attributes.
        """
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_" and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        names = sorted(set(["__class__", "__doc__", "__eq__", "__hash__", "__module__"]) | interesting)
        return names

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


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
`;
