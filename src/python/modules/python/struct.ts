// The struct module in our Python subset: formats parsed into items with their offsets (native '@' sizes and
// alignment as on x86-64 Linux), ints and bytes packed here, floats by the native helpers of structFloats.ts; the
// errors and their messages are CPython's.

export const STRUCT_PY = String.raw`
__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _collections import _buffer_bytes


class error(Exception):
    pass


# code: (native size, standard size); native alignment is the native size (x86-64 Linux).
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None),
          'N': (8, None), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, None)}
_UNALIGNED = 'xcbB?sp'
_SSIZE_MAX = 2 ** 63 - 1
_MESSAGES = {'b': 'byte format requires -128 <= number <= 127',
             'B': 'ubyte format requires 0 <= number <= 255',
             'h': 'short format requires -32768 <= number <= 32767',
             'H': 'ushort format requires 0 <= number <= 65535'}


def _parse(fmt):
    """The byte order ('@' native, '<' or '>') and the items [(code, count, offset, size)] and the total size."""
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = {'@': '@', '=': '<', '<': '<', '>': '>', '!': '>'}[fmt[0]]
        i = 1
    native = order == '@'
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        if '0' <= c <= '9':
            count = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                count = count * 10 + ord(fmt[i]) - 48
                i += 1
                if count > _SSIZE_MAX:
                    raise error('total struct size too long')
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        else:
            count = 1
        sizes = _SIZES.get(c)
        if sizes is None or sizes[not native] is None:
            raise error('bad char in struct format')
        itemsize = sizes[not native]
        if native and c not in _UNALIGNED and size % itemsize:
            size += itemsize - size % itemsize
        items.append((c, count, size, itemsize))
        size += count if c in 'sp' else count * itemsize
        if size > _SSIZE_MAX:
            raise error('total struct size too long')
    return order, items, size


def _integer(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _range_error(c, size, signed):
    if signed:
        largest = 2 ** (size * 8 - 1) - 1
        return error("'%s' format requires %d <= number <= %d" % (c, -largest - 1, largest))
    return error("'%s' format requires 0 <= number <= %d" % (c, 2 ** (size * 8) - 1))


def _check_int(order, c, size, x):
    # CPython's messages depend on the converter each table uses; on little-endian x86-64 the '<' table
    # reuses the native ones for the codes whose sizes agree.
    if c == 'P':
        if not -2 ** 63 <= x < 2 ** 64:
            raise error('int too large to convert')
        return
    signed = c in 'bhilqn'
    if order == '>' and c in 'qQ':
        if not (-2 ** 63 <= x < 2 ** 63 if signed else 0 <= x < 2 ** 64):
            raise error('int too large to convert')
        return
    if signed or c in 'BH' and (order != '>' or c == 'B'):
        if not -2 ** 63 <= x < 2 ** 63:
            raise error('argument out of range')
    elif not 0 <= x < 2 ** 64:
        raise error('argument out of range')
    if c in 'bB' or c in 'hH' and order != '>':
        lo, hi = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535)}[c]
        if not lo <= x <= hi:
            raise error(_MESSAGES[c])
    elif size < 8:
        limit = 2 ** (size * 8 - 1) if signed else 2 ** (size * 8)
        if not (-limit <= x < limit if signed else x < limit):
            raise _range_error(c, size, signed)


def _float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise error('required argument is not a float')


def _pack_item(order, c, size, v):
    if c in 'bBhHiIlLqQnNP':
        x = _integer(v)
        _check_int(order, c, size, x)
        if c == 'P' and x < 0:
            x += 2 ** 64
        return x.to_bytes(size, 'big' if order == '>' else 'little', signed=x < 0)
    if c in 'efd':
        return _pack_float(_float(v), size, order != '>', order != '@' or c != 'f')
    if c == '?':
        return b'\x01' if v else b'\x00'
    if isinstance(v, (bytes, bytearray)) and len(v) == 1:
        return bytes(v)
    raise error('char format requires a bytes object of length 1')


def _unpack_item(order, c, data):
    if c in 'bBhHiIlLqQnNP':
        return int.from_bytes(data, 'big' if order == '>' else 'little', signed=c in 'bhilqn')
    if c in 'efd':
        return _unpack_float(data, order != '>')
    if c == '?':
        return data != b'\x00' * len(data)
    return data


def _bytes_of(buffer):
    if isinstance(buffer, bytes):
        return buffer
    exported = _buffer_bytes(buffer)
    if exported is not None:
        return exported
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct(object):
    """A compiled struct format: pack and unpack values by it without parsing it again."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(format).__name__)
        self._order, self._items, self._size = _parse(format)
        self._format = format
        self._count = sum(0 if c == 'x' else 1 if c in 'sp' else count for c, count, _, _ in self._items)

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def _pack(self, what, values):
        if len(values) != self._count:
            raise error('%s expected %d items for packing (got %d)' % (what, self._count, len(values)))
        out = bytearray(self._size)
        k = 0
        order = self._order
        for c, count, offset, size in self._items:
            if c == 'x':
                continue
            if c in 'sp':
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = bytes(v[:count])
                else:
                    n = min(len(v), count - 1) if count else 0
                    data = (bytes([min(n, 255)]) + bytes(v[:n]))[:count]
                out[offset:offset + len(data)] = data
                continue
            for j in range(count):
                data = _pack_item(order, c, size, values[k])
                k += 1
                out[offset + j * size:offset + (j + 1) * size] = data
        return out

    def _unpack(self, data, start):
        order = self._order
        result = []
        for c, count, offset, size in self._items:
            at = start + offset
            if c == 'x':
                continue
            if c == 's':
                result.append(data[at:at + count])
            elif c == 'p':
                n = min(data[at], count - 1) if count else 0
                result.append(data[at + 1:at + 1 + n])
            else:
                for j in range(count):
                    result.append(_unpack_item(order, c, data[at + j * size:at + (j + 1) * size]))
        return tuple(result)

    def pack(self, *values):
        return bytes(self._pack('pack', values))

    def pack_into(self, buffer, offset, *values):
        data = self._pack('pack_into', values)
        if not isinstance(buffer, bytearray):
            raise TypeError('argument must be read-write bytes-like object, not %s' % type(buffer).__name__)
        offset = _integer(offset)
        length = len(buffer)
        if offset < 0:
            if offset + self._size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self._size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self._size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, length))
        buffer[offset:offset + self._size] = data

    def unpack(self, buffer):
        data = _bytes_of(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_of(buffer)
        offset = _integer(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self._size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, length))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_of(buffer)
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self._size)
        return unpack_iterator(self, data)


class unpack_iterator(object):
    """The iterator iter_unpack returns: one tuple per size bytes."""

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._data):
            raise StopIteration
        at = self._at
        self._at += self._struct._size
        return self._struct._unpack(self._data, at)

    def __length_hint__(self):
        return (len(self._data) - self._at) // self._struct._size


Struct.__module__ = '_struct'
unpack_iterator.__module__ = '_struct'
_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
`;
