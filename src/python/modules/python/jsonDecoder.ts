// json, second half: the decoder (loads/load, JSONDecoder), scanning as CPython's C scanner does, with its
// error messages at the same positions.

export const JSON_DECODER_PY = `

_WHITESPACE = " \\t\\n\\r"
_BACKSLASH = {'"': '"', "\\\\": "\\\\", "/": "/", "b": "\\b", "f": "\\f", "n": "\\n", "r": "\\r", "t": "\\t"}
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_DIGITS = "0123456789"


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # The native scanner serves a decoder without hooks (CPython's C scanner also reads them when made).
        self._native = (object_hook is None and parse_float is None and parse_int is None
                        and parse_constant is None and object_pairs_hook is None)

    def decode(self, s):
        if self._native and type(self).raw_decode is JSONDecoder.raw_decode:
            found = _scan_json(s, 0, self.strict, _CONSTANTS, True)
            if found is not None:
                if len(found) == 3:
                    raise JSONDecodeError(found[1], s, found[2])
                return found[0]
        value, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        if self._native:
            found = _scan_json(s, idx, self.strict, _CONSTANTS, False)
            if found is not None:
                if len(found) == 3:
                    raise JSONDecodeError(found[1], s, found[2])
                return found
        return self._value(s, idx)

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WHITESPACE:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return value, i + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and s[i] in "123456789":
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\\\" and (s[j] >= " " or not self.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[i:j])
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc != "u":
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\\\escape", s, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2
                continue
            code = self._hex4(s, j)
            i = j + 6
            if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\\\u":
                low = self._hex4(s, i)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    i += 6
            chunks.append(chr(code))

    def _hex4(self, s, j):
        digits = s[j + 2:j + 6]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise JSONDecodeError("Invalid \\\\uXXXX escape", s, j + 1)
        return int(digits, 16)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self._value(s, self._skip(s, i + 1))
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def _decode_bytes(b):
    # RFC 8259 text is UTF-8, -16 or -32: the byte order mark or the zero bytes of an ASCII start tell which.
    if b.startswith(b'\\xef\\xbb\\xbf'):
        return b[3:].decode('utf-8', 'surrogatepass')
    if b.startswith((b'\\xff\\xfe', b'\\xfe\\xff')) or (len(b) >= 2 and (b[0] == 0 or b[1] == 0)):
        raise LookupError('unknown encoding: utf-16 (only UTF-8 JSON bytes in this playground)')
    return b.decode('utf-8', 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str instance containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith("\\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _decode_bytes(s)
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."""
    return loads(fp.read(), **kw)
`;
