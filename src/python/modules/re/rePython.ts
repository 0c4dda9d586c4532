// The re module's Python part (CPython's re/__init__.py and re/_parser.py's role): flags, re.error, the
// pattern cache, Pattern and Match, over the `_sre` engine that matches with JS RegExps.

import { RE_MATCH_PY } from './reMatchPython';

const RE_HEAD_PY = String.raw`
import enum as _enum
from _sre import compile as _sre_compile, _run, _set_match_type, length as _length, findall as _findall, split as _split, subn as _subn, \
    _model_match_size, BYTES as _BYTES
from _collections import _set_type_name, _buffer_bytes

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807
_FLAG_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
               ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))
# Pattern reprs name flags in _sre's order.
_REPR_ORDER = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
               ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256))


def _flag_names(value, order):
    names = []
    for name, bit in order:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return names


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        return "|".join(_flag_names(self._value_, _FLAG_ORDER)) or "re.NOFLAG"

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _subject(pattern, string):
    """What is matched: the str, or the bytes of a bytes-like object for a bytes pattern."""
    if isinstance(pattern, str):
        if isinstance(string, str):
            return string
        if _buffer_bytes(string) is not None:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        if isinstance(string, bytes):
            return string
        exported = _buffer_bytes(string)
        if exported is not None:
            return exported
        if isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(string, pos, endpos):
    n = _length(string)
    pos = 0 if pos < 0 else n if pos > n else pos
    endpos = 0 if endpos < 0 else n if endpos > n else endpos
    return pos, (pos if endpos < pos else endpos)


_mappingproxy = type(type.__dict__)


# CPython's members (read-only) and getters (no setter) of Pattern and Match.
_MEMBERS = {"pattern", "flags", "groups", "string", "re", "pos", "endpos", "lastindex"}
_GETTERS = {"groupindex", "lastgroup", "regs"}


def _refuse_attribute(self, name):
    if name in _MEMBERS:
        raise AttributeError("readonly attribute")
    if name in _GETTERS:
        raise AttributeError("attribute %r of %r objects is not writable"
                             % (name, type(self).__module__ + "." + type(self).__name__))
    raise AttributeError("%r object has no attribute %r" % (type(self).__module__ + "." + type(self).__name__, name))


class Pattern:
    """Compiled regular expression object."""
    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_source", "_code", "__weakref__")

    @property
    def groupindex(self):
        # A new read-only view each time, as CPython's; patterns without names keep no dict.
        return _mappingproxy(self._groupindex or {})

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __setattr__(self, name, value):
        _refuse_attribute(self, name)

    def __repr__(self):
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        names = _flag_names(int(flags), _REPR_ORDER)
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _run(self, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _run(self, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _run(self, string, pos, endpos, 2)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        subject = _subject(self.pattern, string)
        pos, endpos = _bounds(subject, pos, endpos)
        return SRE_Scanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        subject = _subject(self.pattern, string)
        pos, endpos = _bounds(subject, pos, endpos)
        return _findall(self._source, self._code, subject, pos, endpos)

    def split(self, string, maxsplit=0):
        subject = _subject(self.pattern, string)
        if maxsplit < 0:
            return [string]
        return _split(self._source, self._code, subject, maxsplit)

    def subn(self, repl, string, count=0):
        subject = _subject(self.pattern, string)
        if not callable(repl):
            is_bytes = isinstance(self.pattern, bytes)
            # (No tuple is built for a str replacement: what this library code allocates counts in gc's counts.)
            bytes_like = False if isinstance(repl, str) else isinstance(repl, (bytes, bytearray, memoryview))
            if not bytes_like and not isinstance(repl, str):
                # pattern_subx hands what is no string to re._subx, whose template compiler is lru-cached (the
                # template must hash) and reads it as str(repl, "latin1").
                hash(repl)
                str(repl, "latin1")
            if is_bytes == bytes_like:
                text = _subject(self.pattern, repl)
                if is_bytes:
                    text = text.decode("latin-1")
                pieces, refs = _parse_template(text, self) if "\\" in text else ([text], [])
                return _subn(self._source, self._code, subject, count, pieces, refs)
            literal = repl
            repl = lambda match: literal
        endpos = _length(subject)
        pieces = []
        last = pos = n = 0
        must_advance = False
        while not count or n < count:
            match = _run(self, string, pos, endpos, 0, must_advance, 0)
            if match is None:
                break
            spans = match._spans
            start = spans[3]
            end = spans[4]
            if last < start:
                pieces.append(subject[last:start])
            item = repl(match)
            if item is not None:
                pieces.append(item)
            last = end
            n += 1
            must_advance = start == end
            pos = end
        if not n:
            return subject, 0
        if last < endpos:
            pieces.append(subject[last:])
        return (b"" if isinstance(subject, bytes) else "").join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


_set_type_name(Pattern, "re.Pattern")


class SRE_Scanner:
    __slots__ = ("pattern", "_string", "_origin", "_pos", "_endpos", "_must_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._origin = pos
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None:
            return None
        match = _run(self.pattern, self._string, self._pos, self._endpos, mode, self._must_advance, self._origin)
        if match is None:
            self._pos = None
            return None
        spans = match._spans
        self._must_advance = spans[3] == spans[4]
        self._pos = spans[4]
        return match

    def search(self):
        return self._next(0)

    def match(self):
        return self._next(1)


_set_type_name(SRE_Scanner, "_sre.SRE_Scanner")
SRE_Scanner.__module__ = "_sre"
`;

export const RE_PY = RE_HEAD_PY + RE_MATCH_PY;
