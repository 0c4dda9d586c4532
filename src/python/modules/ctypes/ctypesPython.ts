// Our minimal ctypes in Python: the integer types with their C widths, `from_address` on an address id() gave
// (whose `.value` is that object's reference count, read afresh each time), and sizeof.

export const CTYPES_PY = `
import _ctypes
from operator import index as _index


class PyCSimpleType(type):
    __module__ = '_ctypes'


class _SimpleCData(metaclass=PyCSimpleType):
    __slots__ = ('_value', '_address')
    _size_ = 8
    _signed_ = True

    def __init__(self, value=0):
        self._address = None
        self._value = self._wrap(_index(value))

    @classmethod
    def _wrap(cls, n):
        bits = cls._size_ * 8
        n &= (1 << bits) - 1
        if cls._signed_ and n >> (bits - 1):
            n -= 1 << bits
        return n

    @classmethod
    def from_address(cls, address):
        if not isinstance(address, int):
            raise TypeError('integer expected')
        _ctypes._refcount_at(address)
        self = cls.__new__(cls)
        self._address = address
        self._value = 0
        return self

    @property
    def value(self):
        if self._address is None:
            return self._value
        return self._wrap(_ctypes._refcount_at(self._address))

    @value.setter
    def value(self, value):
        if self._address is not None:
            raise ValueError('this ctypes does not write reference counts')
        self._value = self._wrap(_index(value))

    def __repr__(self):
        return f'{type(self).__name__}({self.value!r})'


class c_long(_SimpleCData):
    __slots__ = ()


class c_ulong(_SimpleCData):
    __slots__ = ()
    _signed_ = False


class c_int(_SimpleCData):
    __slots__ = ()
    _size_ = 4


class c_uint(_SimpleCData):
    __slots__ = ()
    _size_ = 4
    _signed_ = False


c_ssize_t = c_long
c_size_t = c_ulong


class py_object(metaclass=PyCSimpleType):
    __slots__ = ('_object', '_address')
    _size_ = 8
    _NULL = object()

    def __init__(self, obj=_NULL):
        self._address = None
        self._object = obj

    @property
    def value(self):
        if self._address is not None:
            return _ctypes._object_at(self._address)
        if self._object is py_object._NULL:
            raise ValueError('PyObject is NULL')
        return self._object

    def __repr__(self):
        if self._address is None and self._object is py_object._NULL:
            return 'py_object(<NULL>)'
        return f'py_object({self.value!r})'


def cast(obj, typ):
    # Only the tutorial's cast(id(x), py_object): the object at an id() address, holding no reference to it.
    if typ is not py_object:
        raise TypeError(f'cast() argument 2 must be a pointer type, not {typ.__name__}')
    if not isinstance(obj, int):
        raise TypeError('this ctypes casts only an id() address to py_object')
    _ctypes._object_at(obj)
    result = py_object.__new__(py_object)
    result._address = obj
    result._object = py_object._NULL
    return result


def sizeof(obj):
    if isinstance(obj, type) and issubclass(obj, (_SimpleCData, py_object)):
        return obj._size_
    if isinstance(obj, (_SimpleCData, py_object)):
        return type(obj)._size_
    raise TypeError('this type has no size')
`;
