// The json module in our Python subset: dumps/dump with CPython's formatting options and errors, and a
// decoder giving CPython's JSONDecodeError messages and positions.

export const JSON_PY = `
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties: msg, doc, pos, lineno, colno"""
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\\n", 0, pos) + 1
        colno = pos - doc.rfind("\\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _encode_ascii(s):
    return _encode_string(s, True)


def _encode_unicode(s):
    return _encode_string(s, False)


INFINITY = float("inf")


def _nonfinite_text(o):
    """How JSON spells a NaN or an infinity; None for a finite float."""
    if o != o:
        return "NaN"
    if o == INFINITY:
        return "Infinity"
    if o == -INFINITY:
        return "-Infinity"
    return None


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        _encoder = _encode_ascii if self.ensure_ascii else _encode_unicode

        # The defaults tuple (float.__repr__ keeps it tracked) is part of the cycle the Python encoder leaves.
        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            text = _nonfinite_text(o)
            if text is None:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        if _one_shot and self.indent is None:
            # CPython's C encoder: native for builtin types, else the chunks as a list, no generators and no
            # cycle left behind.
            text = _encode_json(o, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys,
                                self.item_separator, self.key_separator, markers is not None)
            if text is not None:
                return (text,)
            chunks = []
            self._encode(o, chunks, markers)
            return chunks
        # CPython's Python encoder (json.encoder._make_iterencode): its generators share cells, so a cycle of
        # 22 cells, 3 closures and what they hold is left for the collector after every use.
        return _make_iterencode(markers, self.default, _encoder, self.indent, floatstr, self.key_separator,
                                self.item_separator, self.sort_keys, self.skipkeys, _one_shot)(o, 0)

    def _float(self, o):
        text = _nonfinite_text(o)
        if text is None:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode(self, o, out, markers):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, markers, "[", "]", self._list_items)
        elif isinstance(o, dict):
            self._container(o, out, markers, "{", "}", self._dict_items)
        else:
            _mark(o, markers)
            self._encode(self.default(o), out, markers)
            if markers is not None:
                del markers[id(o)]

    def _container(self, o, out, markers, opener, closer, items):
        if not o:
            out.append(opener + closer)
            return
        _mark(o, markers)
        out.append(opener)
        items(o, out, markers)
        out.append(closer)
        if markers is not None:
            del markers[id(o)]

    def _list_items(self, o, out, markers):
        first = True
        for value in o:
            if not first:
                out.append(self.item_separator)
            first = False
            self._encode(value, out, markers)

    def _dict_items(self, o, out, markers):
        first = True
        for key, value in (sorted(o.items()) if self.sort_keys else o.items()):
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if not first:
                out.append(self.item_separator)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, markers)


def _mark(o, markers):
    if markers is not None:
        if id(o) in markers:
            raise ValueError("Circular reference detected")
        markers[id(o)] = o


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator, _item_separator, _sort_keys,
                     _skipkeys, _one_shot, ValueError=ValueError, dict=dict, float=float, id=id, int=int,
                     isinstance=isinstance, list=list, str=str, tuple=tuple, _intstr=int.__repr__):
    # The builtins as parameters are CPython's too: each is one more cell of the cycle these generators make. The
    # three generators repeat their scalar branches rather than share a helper: a fourth closure would add a
    # function, a cell and a tuple to what gc.collect() counts, and each chunk's bounds are CPython's.
    if _indent is not None and not isinstance(_indent, str):
        _indent = " " * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield "[]"
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = "["
        if _indent is None:
            newline_indent = None
            separator = _item_separator
        else:
            _current_indent_level += 1
            newline_indent = "\\n" + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            # A scalar goes out with the separator before it, a container after it.
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + "null"
            elif value is True:
                yield buf + "true"
            elif value is False:
                yield buf + "false"
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                for chunk in chunks:
                    yield chunk
        if newline_indent is not None:
            _current_indent_level -= 1
            yield "\\n" + _indent * _current_indent_level
        yield "]"
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield "{}"
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield "{"
        if _indent is None:
            newline_indent = None
            item_separator = _item_separator
        else:
            _current_indent_level += 1
            newline_indent = "\\n" + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield "null"
            elif value is True:
                yield "true"
            elif value is False:
                yield "false"
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                for chunk in chunks:
                    yield chunk
        if newline_indent is not None:
            _current_indent_level -= 1
            yield "\\n" + _indent * _current_indent_level
        yield "}"
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            for chunk in _iterencode_list(o, _current_indent_level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in _iterencode_dict(o, _current_indent_level):
                yield chunk
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            for chunk in _iterencode(o, _current_indent_level):
                yield chunk
            if markers is not None:
                del markers[markerid]
    return _iterencode


_default_encoder = JSONEncoder()


def _encoder_of(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys, kw):
    """The module's one default encoder when every option is the default (as CPython's dumps and dump), else a new one."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
        indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _encoder_of(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default,
                       sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    encoder = _encoder_of(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default,
                          sort_keys, kw)
    # Chunk by chunk, as CPython writes them.
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)
`;
