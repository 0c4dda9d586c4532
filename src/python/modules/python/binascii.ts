// The binascii module in our Python subset: the Base64 and hexadecimal conversions base64 is made of, crc32,
// and binascii.Error with CPython's messages (CPython writes this module in C).

export const BINASCII_PY = String.raw`
__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'crc32']

from _collections import _buffer_bytes


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _buffer(data):
    # What the b2a functions take: a bytes-like object.
    if isinstance(data, bytes):
        return data
    exported = _buffer_bytes(data)
    if exported is not None:
        return exported
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    # What the a2b functions take: a bytes-like object or an ASCII str.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    exported = _buffer_bytes(data)
    if exported is not None:
        return exported
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    # Non-base64 characters are skipped (refused in strict mode); decoding stops at the padding that ends a group.
    data = _ascii(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a '
                    'multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    for c in hexstr:
        if c not in b'0123456789abcdefABCDEF':
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(hexstr.decode('ascii'))


a2b_hex = unhexlify


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    crc = ~value & 0xFFFFFFFF
    for b in _buffer(data):
        crc = _CRC_TABLE[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
`;
