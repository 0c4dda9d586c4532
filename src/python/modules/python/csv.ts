// The csv module in our Python subset, first part: the quoting constants, csv.Error, dialects (checked as
// CPython's _csv.Dialect checks them, with its messages) and the dialect registry (reader/writer: csvReaderWriter.ts).

export const CSV_PY = String.raw`
__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_dialects = {}
_field_limit = 128 * 1024
_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
               "skipinitialspace", "strict")


def _one_char(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Unset:
    pass


_UNSET = _Unset()


class Dialect:
    """The checked parameters a reader or writer works with (CPython's _csv.Dialect)."""
    __slots__ = _ATTRIBUTES

    def __init__(self, dialect=None, **kwargs):
        for name in kwargs:
            if name not in _ATTRIBUTES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def given(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _UNSET)
            return _UNSET

        self.delimiter = _one_char("delimiter", given("delimiter"), ",", False)
        doublequote = given("doublequote")
        self.doublequote = True if doublequote is _UNSET else bool(doublequote)
        self.escapechar = _one_char("escapechar", given("escapechar"), None, True)
        lineterminator = given("lineterminator")
        if lineterminator is _UNSET:
            lineterminator = "\r\n"
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = given("quotechar")
        self.quotechar = _one_char("quotechar", quotechar, '"', True)
        quoting = given("quoting")
        if quoting is _UNSET:
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skipinitialspace = given("skipinitialspace")
        self.skipinitialspace = False if skipinitialspace is _UNSET else bool(skipinitialspace)
        strict = given("strict")
        self.strict = False if strict is _UNSET else bool(strict)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        self.quoting = quoting
        self.lineterminator = lineterminator


_DialectValues = Dialect
_DialectValues.__module__ = "_csv"


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectValues(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectValues(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
`;
