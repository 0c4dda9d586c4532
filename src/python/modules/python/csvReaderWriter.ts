// The csv module, second part: reader (CPython's _csv parser state machine, character by character) and writer
// (quoting and escaping as _csv.c does), reading lines from any iterable and writing to any object with write().

export const CSV_READER_WRITER_PY = String.raw`

# The reader's states, as in CPython's _csv.c parser.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_END_OF_LINE = ""


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if self._field_len >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)
        self._field_len += 1

    def _add_run(self, text):
        if self._field_len + len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(text)
        self._field_len += len(text)

    def _parse_line(self, line):
        # Runs of ordinary characters inside a field are taken whole; each special character goes through the
        # state machine.
        d = self.dialect
        quoted_stops = [c for c in (d.quotechar if d.quoting != QUOTE_NONE else None, d.escapechar) if c is not None]
        field_stops = [c for c in (d.delimiter, d.escapechar, "\r", "\n") if c is not None]
        i = 0
        n = len(line)
        while i < n:
            state = self._state
            if state == _IN_QUOTED_FIELD or state == _IN_FIELD:
                end = n
                for stop in (quoted_stops if state == _IN_QUOTED_FIELD else field_stops):
                    found = line.find(stop, i, end)
                    if found >= 0:
                        end = found
                if end > i:
                    self._add_run(line[i:end])
                    i = end
                    continue
            self._process(line[i])
            i += 1

    def __next__(self):
        self._fields = []
        self._field = []
        self._field_len = 0
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._split_plain_line(line)
                if fields is not None:
                    return fields
            self._parse_line(line)
            self._process(_END_OF_LINE)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _split_plain_line(self, line):
        # A whole record on one line with no quote or escape characters and no special options: what the state
        # machine would produce, by str.split (None when the line needs the state machine).
        d = self.dialect
        if d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC:
            return None
        if (d.quotechar is not None and d.quotechar in line) or (d.escapechar is not None and d.escapechar in line):
            return None
        if line.endswith("\r\n"):
            body = line[:-2]
        elif line.endswith("\n") or line.endswith("\r"):
            body = line[:-1]
        else:
            body = line
        if "\n" in body or "\r" in body:
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        for field in fields:
            if len(field) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        end = c == _END_OF_LINE
        newline = c == "\n" or c == "\r"
        if state == _START_RECORD:
            if end:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or end:
                self._save_field()
                self._state = _START_RECORD if end else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if end else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and end:
                return
            if newline or end:
                self._save_field()
                self._state = _START_RECORD if end else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if end:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if end else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or end:
                self._save_field()
                self._state = _START_RECORD if end else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif end:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


_Reader = reader
_Reader.__module__ = "_csv"


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _join_field(self, text, quoted):
        d = self.dialect
        special = (d.delimiter, d.escapechar, d.quotechar)
        out = []
        for c in text:
            if c in special or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if quoted:
            return d.quotechar + "".join(out) + d.quotechar
        return "".join(out)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) and not hasattr(field, "__index__") \
                    and not hasattr(field, "__float__")
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._join_field(text, quoted))
        line = d.delimiter.join(parts)
        if len(parts) == 1 and not line:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar + d.quotechar
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer = writer
_Writer.__module__ = "_csv"


def _dialect_argument(args, kwargs):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if len(args) > 1 and "dialect" in kwargs:
        raise TypeError("argument for function given by name ('dialect') and position (1)")
    dialect = args[1] if len(args) > 1 else kwargs.pop("dialect", None)
    return _DialectValues(dialect, **kwargs)


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])"""
    dialect = _dialect_argument(args, kwargs)
    return _Reader(iter(args[0]), dialect)


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])"""
    dialect = _dialect_argument(args, kwargs)
    write = getattr(args[0], "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, dialect)


# CPython's reader, writer and dialect checks are C (_csv): they show no frames in a traceback.
from _collections import _c_implemented
for _value in (_Reader, _Writer, reader, writer, _dialect_argument, _DialectValues, _one_char, register_dialect,
               unregister_dialect, get_dialect, list_dialects, field_size_limit):
    _c_implemented(_value)
del _value, _c_implemented
`;
