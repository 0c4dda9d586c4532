// The hmac module in our Python subset: HMAC (RFC 2104) over hashlib's hash objects, hmac.digest and
// compare_digest, with CPython's argument errors.

export const HMAC_PY = String.raw`
import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The digest size of HMAC itself is its hash's (this module-level value is unused, as in CPython).
digest_size = None


class HMAC:
    """A keyed hash: the key padded to the hash's block size feeds an inner and an outer hash."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if callable(digestmod):
            make = digestmod
        elif isinstance(digestmod, str):
            make = lambda data=b'': _hashlib.new(digestmod, data)
        else:
            make = lambda data=b'': digestmod.new(data)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if len(key) > blocksize:
            key = make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        self.block_size = blocksize
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """An HMAC object of key, fed msg, over the digest digestmod (a name, a constructor or a module)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b, in a time that depends on the lengths only (ASCII strs or bytes-like objects)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        for x in (a, b):
            if isinstance(x, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            if not isinstance(x, (bytes, bytearray, memoryview)):
                raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                                % (type(a).__name__, type(b).__name__))
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
`;
