// The inspect module (our Python): the predicates, generator states, getmembers, docs, the source of the program's
// functions and classes (read from its lines), and signatures (Signature, Parameter, BoundArguments as CPython's,
// made from code objects and builtins' __text_signature__).
export const INSPECT_PY = String.raw`
import sys
from collections import OrderedDict
from keyword import iskeyword

__all__ = ["isclass", "isfunction", "ismethod", "isbuiltin", "isroutine", "ismodule", "isgenerator",
           "isgeneratorfunction", "iscoroutinefunction", "isabstract", "ismethoddescriptor", "isdatadescriptor",
           "getgeneratorstate", "getgeneratorlocals", "getmembers", "getmro", "getdoc", "cleandoc", "getmodule",
           "getfile", "getsourcelines", "getsource", "currentframe", "signature", "Signature", "Parameter",
           "BoundArguments", "unwrap", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"]

def _function_kind(): pass
def _generator_kind(): yield
class _Kinds:
    def method(self): pass
_FUNCTION = type(_function_kind)
_GENERATOR = type(_generator_kind())
_METHOD = type(_Kinds().method)
_BUILTIN = type(len)
_MODULE = type(sys)
_GENERIC_ALIAS = type(list[int])
_MAPPING_PROXY = type(type.__dict__)
_METHOD_WRAPPER = type(object().__str__)
_NON_USER_CALLABLES = (type(object.__init__), type(object().__str__), type(dict.__dict__["fromkeys"]), _BUILTIN)
del _function_kind, _generator_kind, _Kinds

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

# -- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _MODULE)

def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)

def ismethod(object):
    """Return true if the object is an instance method."""
    # A builtin classmethod bound to its class (dict.fromkeys) is a method object here, a builtin in CPython.
    return isinstance(object, _METHOD) and not isinstance(object.__func__, _BUILTIN)

def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _FUNCTION)

def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BUILTIN) or (isinstance(object, _METHOD) and isinstance(object.__func__, _BUILTIN))

def ismethoddescriptor(object):
    """Return true if the object is a method descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")

def isdatadescriptor(object):
    """Return true if the object is a data descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")

def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))

def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, _METHOD_WRAPPER)

def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GENERATOR)

def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)

def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)

def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)

def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    try:
        return bool(object.__abstractmethods__)
    except AttributeError:
        return False

# -- generators

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED

def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    else:
        return {}

# -- members, classes, docs, modules

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results

def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__

def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)

def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls

def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None

def ismemberdescriptor(object):
    return type(object).__name__ == "member_descriptor"

def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None

def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None

# -- source

def _iscode(object):
    return type(object).__name__ == "code"

def _isframe(object):
    return type(object).__name__ == "frame"

def _istraceback(object):
    return type(object).__name__ == "traceback"

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if _istraceback(object):
        object = object.tb_frame
    if _isframe(object):
        object = object.f_code
    if _iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                    type(object).__name__))

_LINES = {}

def _file_lines(filename):
    lines = _LINES.get(filename)
    if lines is None:
        lines = []
        while True:
            line = _source_line(filename, len(lines) + 1)
            if not line:
                break
            lines.append(line)
        _LINES[filename] = lines
    return lines

def _indent_of(line):
    line = line.expandtabs()
    return len(line) - len(line.lstrip())

def _logical_lines(lines, start=0):
    """The lines from start as logical lines: (first, last, indent, text); a blank or comment-only line has
    text '' or '#' (its indent the comment's column)."""
    out = []
    i = start
    n = len(lines)
    while i < n:
        stripped = lines[i].strip()
        if not stripped or stripped[0] == '#':
            out.append((i, i, _indent_of(lines[i]), '#' if stripped else ''))
            i += 1
            continue
        first = i
        depth = 0
        quote = None
        while True:
            line = lines[i]
            j = 0
            size = len(line)
            continued = False
            while j < size:
                ch = line[j]
                if quote:
                    if ch == '\\':
                        j += 2
                    elif line.startswith(quote, j):
                        j += len(quote)
                        quote = None
                    else:
                        j += 1
                    continue
                if ch == '#':
                    break
                if ch == '"' or ch == "'":
                    quote = line[j:j + 3] if line[j:j + 3] in ('"""', "'''") else ch
                    j += len(quote)
                    continue
                if ch in '([{':
                    depth += 1
                elif ch in ')]}':
                    depth -= 1
                elif ch == '\\' and not line[j + 1:].strip():
                    continued = True
                    break
                j += 1
            if quote is not None and len(quote) == 1:
                quote = None
            if (quote is not None or depth > 0 or continued) and i + 1 < n:
                i += 1
                continue
            break
        out.append((first, i, _indent_of(lines[first]), lines[first].strip()))
        i += 1
    return out

def _first_word(text):
    for sep in '(:[ \t=,':
        text = text.split(sep)[0]
    return text

def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    return lines[:_block_end(lines, 0) + 1]

def _block_end(lines, start):
    """The index of the last line of the def, class or lambda whose decorators or header begin at start."""
    logical = _logical_lines(lines, start)
    at = 0
    last = start
    while at < len(logical):
        text = logical[at][3]
        if text not in ('', '#'):
            if text[0] != '@':
                break
            last = logical[at][1]
        at += 1
    if at >= len(logical):
        return last
    first, end, header_indent, text = logical[at]
    last = end
    if _first_word(text) not in ('def', 'class', 'async'):
        return last
    stack = [0, header_indent] if header_indent else [0]
    indent = 0
    body_col0 = None
    for first, end, col, text in logical[at + 1:]:
        if text == '':
            continue
        if text == '#':
            if body_col0 is not None and col >= body_col0:
                last = first
            continue
        if col > stack[-1]:
            stack.append(col)
            if body_col0 is None:
                body_col0 = col
            indent += 1
        elif col < stack[-1]:
            while stack[-1] > col:
                stack.pop()
                indent -= 1
                if indent <= 0:
                    return last
            if stack[-1] != col:
                return last
        elif indent == 0:
            return last
        last = end
    return last

def _class_line(lines, qualname):
    """The index of the first line (a decorator's, if any) of the class of that qualified name, or None."""
    stack = []
    decorators = None
    for first, end, col, text in _logical_lines(lines):
        if text in ('', '#'):
            continue
        while stack and stack[-1][0] >= col:
            stack.pop()
        if text[0] == '@':
            if decorators is None:
                decorators = first
            continue
        word = _first_word(text)
        if word == 'async':
            word = _first_word(text[5:].lstrip())
            text = text[5:].lstrip()
        if word in ('def', 'class'):
            name = _first_word(text[len(word):].lstrip())
            names = [part for entry in stack for part in entry[1]]
            if word == 'class' and '.'.join(names + [name]) == qualname:
                return first if decorators is None else decorators
            stack.append((col, [name, '<locals>'] if word == 'def' else [name]))
        decorators = None
    return None

def _unwrap_source(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if _istraceback(object):
        object = object.tb_frame
    if _isframe(object):
        object = object.f_code
    return object

def findsource(object):
    """Return the entire source file and starting line number for an object."""
    file = getfile(object)
    lines = _file_lines(file) if isinstance(file, str) else []
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    object = _unwrap_source(object)
    if _iscode(object):
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            if lnum >= len(lines):
                raise OSError('lineno is out of bounds')
            line = lines[lnum]
            stripped = line.lstrip()
            if (_first_word(stripped) == 'def' or stripped.startswith('@') or
                    (stripped.startswith('async') and _first_word(stripped[5:].lstrip()) == 'def') or
                    _has_lambda(line)):
                break
            lnum = lnum - 1
        return lines, lnum
    raise OSError('could not find code object')

def _has_lambda(line):
    at = line.find('lambda')
    while at >= 0:
        before = line[at - 1] if at else ' '
        after = line[at + 6:at + 7]
        if not (before.isalnum() or before == '_') and after in (':', ' ', '\t', '\n'):
            return True
        at = line.find('lambda', at + 1)
    return False

def getsourcelines(object):
    """Return a list of source lines and starting line number for an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if _istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (_isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return lines[lnum:_block_end(lines, lnum) + 1], lnum + 1

def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)

def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following the chain of __wrapped__ attributes)."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func

def _unwrap_partial(func):
    partial = sys.modules.get('functools')
    partial = getattr(partial, 'partial', None)
    while partial is not None and isinstance(func, partial):
        func = func.func
    return func

def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GENERIC_ALIAS):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)

# -- signatures

class _void:
    """A private marker - used in Parameter & Signature."""

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""

class _ParameterKind(int):
    _members = []

    def __new__(cls, value):
        if isinstance(value, _ParameterKind):
            return value
        for member in cls._members:
            if member == value:
                return member
        raise ValueError('{!r} is not a valid _ParameterKind'.format(value))

    @classmethod
    def _make(cls, name, description):
        member = int.__new__(cls, len(cls._members))
        member._name_ = name
        member.description = description
        cls._members.append(member)
        setattr(cls, name, member)
        return member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self._name_, int(self))

    def __hash__(self):
        return int.__hash__(self)

    def __reduce__(self):
        return (_ParameterKind, (int(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

_POSITIONAL_ONLY = _ParameterKind._make('POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind._make('POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind._make('VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind._make('KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind._make('VAR_KEYWORD', 'variadic keyword')
class Parameter:
    """Represents a parameter in a function signature.

    Has the following public attributes:

    * name : str
        The name of the parameter as a string.
    * default : object
        The default value for the parameter if specified.  If the
        parameter has no default value, this attribute is set to
        \x60Parameter.empty\x60.
    * annotation
        The annotation for the parameter if specified.  If the
        parameter has no annotation, this attribute is set to
        \x60Parameter.empty\x60.
    * kind : str
        Describes how argument values are bound to the parameter.
        Possible values: \x60Parameter.POSITIONAL_ONLY\x60,
        \x60Parameter.POSITIONAL_OR_KEYWORD\x60, \x60Parameter.VAR_POSITIONAL\x60,
        \x60Parameter.KEYWORD_ONLY\x60, \x60Parameter.VAR_KEYWORD\x60.
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY         = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD   = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL          = _VAR_POSITIONAL
    KEYWORD_ONLY            = _KEYWORD_ONLY
    VAR_KEYWORD             = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')

        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)

        if name[0] == '.' and name[1:].isdigit():
            # These are implicit arguments generated by comprehensions. In
            # order to provide a friendlier interface to users, we recast
            # their name as "implicitN" and treat them as positional-only.
            # See issue 19611.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = (
                    'implicit arguments must be passed as '
                    'positional or keyword arguments, not {}'
                )
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])

        # It's possible for C functions to have a positional-only parameter
        # where the name is a keyword, so for compatibility we'll allow it.
        is_keyword = iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))

        self._name = name

    def __reduce__(self):
        return (type(self),
                (self._name, self._kind),
                {'_default': self._default,
                 '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""

        if name is _void:
            name = self._name

        if kind is _void:
            kind = self._kind

        if annotation is _void:
            annotation = self._annotation

        if default is _void:
            default = self._default

        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name

        # Add annotation and default value
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                       formatannotation(self._annotation))

        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))

        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted

        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of \x60Signature.bind\x60 call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : dict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break

            try:
                arg = self.arguments[param_name]
            except KeyError:
                # We're done here. Other arguments
                # will be mapped in 'BoundArguments.kwargs'
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    # *args
                    args.extend(arg)
                else:
                    # plain argument
                    args.append(arg)

        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue

            if not kwargs_started:
                continue

            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    # **kwargs
                    kwargs.update(arg)
                else:
                    # plain keyword argument
                    kwargs[param_name] = arg

        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments.

        For variable-positional arguments (*args) the default is an
        empty tuple.

        For variable-keyword arguments (**kwargs) the default is an
        empty dict.
        """
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    # This BoundArguments was likely produced by
                    # Signature.bind_partial().
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A Signature object represents the overall signature of a function.
    It stores a Parameter object for each parameter accepted by the
    function, as well as information specific to the function itself.

    A Signature object has the following public attributes and methods:

    * parameters : OrderedDict
        An ordered mapping of parameters' names to the corresponding
        Parameter objects (keyword-only arguments are in the same order
        as listed in \x60code.co_varnames\x60).
    * return_annotation : object
        The annotation for the return type of the function if specified.
        If the function has no annotation for its return type, this
        attribute is set to \x60Signature.empty\x60.
    * bind(*args, **kwargs) -> BoundArguments
        Creates a mapping from positional and keyword arguments to
        parameters.
    * bind_partial(*args, **kwargs) -> BoundArguments
        Creates a partial mapping from positional and keyword arguments
        to parameters (simulating 'functools.partial' behavior.)
    """

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional.
        """

        if parameters is None:
            params = OrderedDict()
        else:
            if __validate_parameters__:
                params = OrderedDict()
                top_kind = _POSITIONAL_ONLY
                kind_defaults = False

                for param in parameters:
                    kind = param.kind
                    name = param.name

                    if kind < top_kind:
                        msg = (
                            'wrong parameter order: {} parameter before {} '
                            'parameter'
                        )
                        msg = msg.format(top_kind.description,
                                         kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        kind_defaults = False
                        top_kind = kind

                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if kind_defaults:
                                # No default for this parameter, but the
                                # previous parameter of the same kind had
                                # a default
                                msg = 'non-default argument follows default ' \
                                      'argument'
                                raise ValueError(msg)
                        else:
                            # There is a default for this parameter.
                            kind_defaults = True

                    if name in params:
                        msg = 'duplicate parameter name: {!r}'.format(name)
                        raise ValueError(msg)

                    params[name] = param
            else:
                params = OrderedDict((param.name, param) for param in parameters)

        self._parameters = _MAPPING_PROXY(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *,
                      follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature.
        Pass 'parameters' and/or 'return_annotation' arguments
        to override them in the new copy.
        """

        if parameters is _void:
            parameters = self.parameters.values()

        if return_annotation is _void:
            return_annotation = self._return_annotation

        return type(self)(parameters,
                          return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                             if param.kind != _KEYWORD_ONLY)

        kwo_params = {param.name: param for param in self.parameters.values()
                                        if param.kind == _KEYWORD_ONLY}

        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Private method. Don't use directly."""

        arguments = {}

        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)

        while True:
            # Let's iterate through the positional arguments and corresponding
            # parameters
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments
                try:
                    param = next(parameters)
                except StopIteration:
                    # No more parameters. That's it. Just need to check that
                    # we have no \x60kwargs\x60 after this while loop
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        # That's OK, just empty *args.  Let's start parsing
                        # kwargs
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, ' \
                                  'but was passed as a keyword'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or
                                                param.default is not _empty):
                        # That's fine too - we have a default value for this
                        # parameter.  So, lets start parsing \x60kwargs\x60, starting
                        # with the current parameter
                        parameters_ex = (param,)
                        break
                    else:
                        # No default, not VAR_KEYWORD, not VAR_POSITIONAL,
                        # not in \x60kwargs\x60
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                # We have a positional argument to process
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        # Looks like we have no parameter for this positional
                        # argument
                        raise TypeError(
                            'too many positional arguments') from None

                    if param.kind == _VAR_POSITIONAL:
                        # We have an '*args'-like argument, let's fill it with
                        # all positional arguments we have left and move on to
                        # the next phase
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break

                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(
                            'multiple values for argument {arg!r}'.format(
                                arg=param.name)) from None

                    arguments[param.name] = arg_val

        # Now, we iterate through the remaining parameters to process
        # keyword arguments
        kwargs_param = None
        for param in _chain(parameters_ex, parameters):
            if param.kind == _VAR_KEYWORD:
                # Memorize that we have a '**kwargs'-like parameter
                kwargs_param = param
                continue

            if param.kind == _VAR_POSITIONAL:
                # Named arguments don't refer to '*args'-like parameters.
                # We only arrive here if the positional arguments ended
                # before reaching the last parameter before *args.
                continue

            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                # We have no value for this parameter.  It's fine though,
                # if it has a default value, or it is an '*args'-like
                # parameter, left alone by the processing of positional
                # arguments.
                if (not partial and param.kind != _VAR_POSITIONAL and
                                                    param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'. \
                                    format(arg=param_name)) from None

            else:
                if param.kind == _POSITIONAL_ONLY:
                    # This should never happen in case of a properly built
                    # Signature object (but let's have this check here
                    # to ensure correct behaviour just in case)
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'. \
                                    format(arg=param.name))

                arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                # Process our '**kwargs'-like parameter
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    'got an unexpected keyword argument {arg!r}'.format(
                        arg=next(iter(kwargs))))

        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed \x60args\x60
        and \x60kwargs\x60 to the function's signature.  Raises \x60TypeError\x60
        if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed \x60args\x60 and \x60kwargs\x60 to the function's signature.
        Raises \x60TypeError\x60 if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self),
                (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)

            kind = param.kind

            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                # It's not a positional-only parameter, and the flag
                # is set to 'True' (there were pos-only params before.)
                result.append('/')
                render_pos_only_separator = False

            if kind == _VAR_POSITIONAL:
                # OK, we have an '*args'-like parameter, so we won't need
                # a '*' to separate keyword-only arguments
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                # We have a keyword-only parameter to render and we haven't
                # rendered an '*args'-like parameter before, so add a '*'
                # separator to the parameters list ("foo(arg1, *, arg2)" case)
                result.append('*')
                # This condition should be only triggered once, so
                # reset the flag
                render_kw_only_separator = False

            result.append(formatted)

        if render_pos_only_separator:
            # There were only positional-only parameters, hence the
            # flag was not reset to 'False'
            result.append('/')

        rendered = '({})'.format(', '.join(result))

        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)

        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)



def _chain(first, rest):
    for param in first:
        yield param
    for param in rest:
        yield param

# -- signatures of the callables (CPython's _signature_from_callable, for what the playground has)

def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    """Private helper: constructs Signature for the given python function."""
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    fields = getattr(func, '_dataclass_init_fields', None)
    if fields is not None:
        return _dataclass_init_signature(cls, fields)
    Parameter = cls._parameter_cls
    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0

    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count

    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1

    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind, default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1

    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY, default=default))

    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))

    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)

class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HasDefaultFactory()

def _dataclass_init_signature(cls, fields):
    """The signature of the __init__ CPython's dataclasses would generate: self, the fields, the keyword-only ones."""
    Parameter = cls._parameter_cls
    missing = sys.modules['dataclasses'].MISSING
    parameters = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    positional, keyword_only = fields
    for kind, group in ((_POSITIONAL_OR_KEYWORD, positional), (_KEYWORD_ONLY, keyword_only)):
        for f in group:
            if f.default_factory is not missing:
                default = _HAS_DEFAULT_FACTORY
            elif f.default is not missing:
                default = f.default
            else:
                default = _empty
            parameters.append(Parameter(f.name, kind, default=default, annotation=f.type))
    return cls(parameters, return_annotation=None, __validate_parameters__=False)

def _signature_bound_method(sig):
    """Private helper to transform signatures for unbound functions to bound methods."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)

def _split_top_level(text):
    parts, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != "\\":
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts

class _Invalid(Exception):
    pass

def _literal(text):
    text = text.strip()
    if text in ('None', 'True', 'False'):
        return {'None': None, 'True': True, 'False': False}[text]
    if text == 'sys.maxsize':
        return sys.maxsize
    if text == '-sys.maxsize':
        return -sys.maxsize
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        out = []
        escaped = False
        for ch in text[1:-1]:
            if escaped:
                out.append({'n': '\n', 't': '\t', 'r': '\r', '0': '\0'}.get(ch, ch))
                escaped = False
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
        return ''.join(out)
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if text in ('()', '[]', '{}'):
        return {'()': (), '[]': [], '{}': {}}[text]
    raise _Invalid(text)

def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """Private helper to parse content of '__text_signature__' and return a Signature based on it."""
    Parameter = cls._parameter_cls
    s = s.strip()
    if not (s.startswith('(') and s.endswith(')')) or '<unrepresentable>' in s:
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    tokens = _split_top_level(s[1:-1])
    parameters = []
    kind = _POSITIONAL_ONLY if '/' in tokens else _POSITIONAL_OR_KEYWORD
    self_parameter = False
    for index, token in enumerate(tokens):
        if token == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if token == '*':
            kind = _KEYWORD_ONLY
            continue
        if token.startswith('**'):
            parameters.append(Parameter(token[2:], _VAR_KEYWORD))
            continue
        if token.startswith('*'):
            parameters.append(Parameter(token[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        if index == 0 and token.startswith('$'):
            self_parameter = True
            token = token[1:]
        name, eq, default = token.partition('=')
        name = name.strip()
        try:
            default = _literal(default) if eq else _empty
        except _Invalid:
            raise ValueError("{!r} builtin has invalid signature".format(obj)) from None
        parameters.append(Parameter(name, kind, default=default))
    if self_parameter:
        _self = getattr(obj, '__self__', None)
        self_isbound = _self is not None
        self_ismodule = ismodule(_self)
        if self_isbound and (self_ismodule or skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return cls(parameters, return_annotation=cls.empty)

def _signature_from_builtin(cls, func, skip_bound_arg=True):
    """Private helper function to get signature for builtin callables."""
    s = getattr(func, "__text_signature__", None)
    if not s:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)

def _signature_get_user_defined_method(cls, method_name):
    """Private helper. Checks if cls has an attribute named method_name and returns it only if it is a
    pure python function."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return
    else:
        if isinstance(meth, _NON_USER_CALLABLES) or isbuiltin(meth):
            return None
        return meth

def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """Private helper to calculate how 'wrapped_sig' signature will look like after applying a
    'functools.partial' object (or alike) on it."""
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())

def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls):
    """Private helper function to get signature for arbitrary callable objects."""
    _get_signature_of = lambda o: _signature_from_callable(
        o, follow_wrapper_chains=follow_wrapper_chains, skip_bound_arg=skip_bound_arg,
        globals=globals, locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _METHOD) and isbuiltin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, _METHOD):
        # In this case we skip the first parameter of the underlying function (usually 'self' or 'cls').
        sig = _get_signature_of(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        else:
            return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, _METHOD):
            return _get_signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if isbuiltin(obj) or ismethoddescriptor(obj) or obj is type or obj is object:
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    functools = sys.modules.get('functools')
    if functools is not None and isinstance(obj, functools.partial):
        wrapped_sig = _get_signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _get_signature_of(call)
        else:
            factory_method = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory_method = new
            elif '__init__' in obj.__dict__:
                factory_method = init
            elif new is not None:
                factory_method = new
            elif init is not None:
                factory_method = init
            if factory_method is not None:
                sig = _get_signature_of(factory_method)

        if sig is None:
            for base in obj.__mro__[:-1]:
                try:
                    text_sig = base.__text_signature__
                except AttributeError:
                    pass
                else:
                    if text_sig:
                        return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                else:
                    raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NON_USER_CALLABLES):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = _get_signature_of(call)
            except ValueError as ex:
                msg = 'no signature found for {!r}'.format(obj)
                raise ValueError(msg) from ex

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        else:
            return sig

    raise ValueError('callable {!r} is not supported by signature'.format(obj))
`;
