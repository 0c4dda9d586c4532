// The re module's Python part, continued: Match objects, replacement templates (`\1`, `\g<name>`) and the
// module-level functions with their pattern cache.

export const RE_MATCH_PY = String.raw`

class Match:
    """The result of re.match() and re.search()."""
    __slots__ = ("string", "re", "_spans", "_subject")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __setattr__(self, name, value):
        _refuse_attribute(self, name)

    def _index(self, group):
        if isinstance(group, int):
            index = group
        else:
            names = self.re._groupindex
            index = names.get(group) if names else None
            if not isinstance(index, int):
                raise IndexError("no such group")
        if index < 0 or index > self.re.groups:
            raise IndexError("no such group")
        return index

    def _get(self, index, default=None):
        spans = self._spans
        start = spans[2 * index + 3]
        if start < 0:
            return default
        subject = self._subject
        if subject is None:
            subject = self.string
        return subject[start:spans[2 * index + 4]]

    @property
    def pos(self):
        return self._spans[1]

    @property
    def endpos(self):
        return self._spans[2]

    @property
    def lastindex(self):
        return self._spans[0] or None

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        names = self.re._groupindex
        return {name: self._get(index, default) for name, index in names.items()} if names else {}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 3]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 4]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index + 3], self._spans[2 * index + 4])

    @property
    def regs(self):
        spans = self._spans
        return tuple([(spans[i], spans[i + 1]) for i in range(3, len(spans), 2)])

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        names = self.re._groupindex
        if names:
            for name, i in names.items():
                if i == index:
                    return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __sizeof__(self):
        return 104 + 16 * self.re.groups


_set_type_name(Match, "re.Match")
_model_match_size(Match)
_set_match_type(Match)


def _new_pattern(pattern, flags):
    if isinstance(pattern, bytes):
        source = pattern.decode("latin-1")
        flags |= _BYTES
    else:
        source = pattern
    info = _sre_compile(source, flags)
    if info[-1]:
        import warnings
        for message in info[-1]:
            # The caller of re.compile, re.search...: _new_pattern, _compile, the re function, the caller.
            warnings.warn(message, FutureWarning, stacklevel=4)
    if info[0] is None:
        kind, msg, pos = info[1], info[2], info[3]
        if kind == "OverflowError":
            raise OverflowError(msg)
        if kind == "ValueError":
            raise ValueError(msg)
        if pos is None:
            raise error(msg)
        raise error(msg, pattern, pos)
    p = object.__new__(Pattern)
    _set(p, "pattern", pattern)
    _set(p, "flags", info[0] & ~_BYTES)
    _set(p, "_source", source)
    _set(p, "_code", info[0])
    _set(p, "groups", info[1])
    _set(p, "_groupindex", info[2])
    return p


_set = object.__setattr__


_OCTDIGITS = "01234567"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _template_error(template, msg, pos):
    return error(msg, template, pos)


def _parse_template(template, pattern):
    """A replacement string as (literal pieces, [(piece index, group)])."""
    if isinstance(pattern.pattern, str) or not isinstance(template, str):
        template = _subject(pattern.pattern, template)
        if isinstance(template, bytes):
            template = template.decode("latin-1")
    pieces = []
    groups = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, n - 1)
        c = template[i]
        start = i - 1
        i += 1
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i + 1)
            if close < 0:
                name = template[i + 1:]
                if not name:
                    raise error("missing group name", template, n)
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            i = close + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name) if pattern._groupindex else None
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not name.isdecimal():
                    raise error("bad character in group name %r" % name, template, close - len(name))
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, close - len(name))
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and template[i] in _OCTDIGITS:
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xFF))
            continue
        elif "1" <= c <= "9":
            digits = c
            if i < n and "0" <= template[i] <= "9":
                digits += template[i]
                i += 1
                if c in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n and template[i] in _OCTDIGITS:
                    digits += template[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % digits, template, start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, start + 1)
        else:
            escaped = _TEMPLATE_ESCAPES.get(c)
            if escaped is None:
                if c.isascii() and c.isalpha():
                    raise error("bad escape \\" + c, template, start)
                escaped = "\\" + c
            literal.append(escaped)
            continue
        if literal:
            pieces.append("".join(literal))
            literal = []
        groups.append((len(pieces), index))
        pieces.append(None)
    if literal:
        pieces.append("".join(literal))
    return pieces, groups


def _expand(template, match):
    pieces, refs = template
    pieces = list(pieces)
    is_bytes = isinstance(match.re.pattern, bytes)
    for at, index in refs:
        group = match._get(index, "")
        pieces[at] = group.decode("latin-1") if is_bytes else group
    result = "".join(pieces)
    return result.encode("latin-1") if is_bytes else result


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | T)


_SPECIAL_CHARS = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join([_SPECIAL_CHARS.get(c, c) for c in pattern])
    pattern = str(pattern, "latin1")
    return "".join([_SPECIAL_CHARS.get(c, c) for c in pattern]).encode("latin1")
`;
