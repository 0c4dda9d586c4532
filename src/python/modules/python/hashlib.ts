// The hashlib module in our Python subset: hash objects (CPython's _hashlib.HASH) over the native digests of
// hashDigests.ts for md5, sha1, sha224, sha256, sha384 and sha512; a hash object keeps the bytes it was given.

export const HASHLIB_PY = String.raw`
__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

from _collections import _buffer_bytes

# name: (digest_size, block_size)
_ALGORITHMS = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64), 'sha384': (48, 128),
               'sha512': (64, 128)}
algorithms_guaranteed = frozenset(_ALGORITHMS)
algorithms_available = frozenset(_ALGORITHMS)


def _data_of(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    exported = _buffer_bytes(data)
    if exported is not None:
        return exported
    raise TypeError('object supporting the buffer API required')


class HASH(object):
    """A hash object: update() it with bytes, then read its digest() or hexdigest()."""

    def __init__(self, name, data=b''):
        self._name = name
        self._data = bytearray(_data_of(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGORITHMS[self._name][0]

    @property
    def block_size(self):
        return _ALGORITHMS[self._name][1]

    def update(self, obj):
        self._data += _data_of(obj)

    def digest(self):
        return _digest(self._name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self._name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


HASH.__module__ = '_hashlib'


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True, **kwargs):
        for key in kwargs:
            raise TypeError("%r is an invalid keyword argument for openssl_%s()" % (key, name))
        return HASH(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def __hash_new(name, data=b'', **kwargs):
    """A hash object of the algorithm named (any case), fed data."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    algorithm = name.lower()
    if algorithm not in _ALGORITHMS:
        raise ValueError('unsupported hash type ' + name)
    return HASH(algorithm, kwargs.get('string', data))


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash of a binary file's contents: digest is an algorithm's name or a constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """A key derived from a password by PBKDF2 with HMAC over the named digest."""
    password = _buffer_arg(password)
    salt = _buffer_arg(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    algorithm = hash_name.lower() if isinstance(hash_name, str) else hash_name
    if algorithm not in _ALGORITHMS:
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if dklen is None:
        dklen = _ALGORITHMS[algorithm][0]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    return _pbkdf2(algorithm, password, salt, iterations, dklen)


def _buffer_arg(data):
    if isinstance(data, bytes):
        return data
    exported = _buffer_bytes(data)
    if exported is not None:
        return exported
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
`;
