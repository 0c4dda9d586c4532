// The inspect module (our Python), part one: the predicates, generator states, getmembers and docs. The source
// of the program's functions and classes (inspectSource.ts) and signatures (inspectParameters.ts,
// inspectSignature.ts, inspectCallables.ts) follow it in the module's one source (chunks/inspectChunk.ts).
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
# A bound method from a function, not from a class made here: the class's cycles would be garbage.
_bound_method = _function_kind.__get__(0)
_FUNCTION = type(_function_kind)
_GENERATOR = type(_generator_kind())
_METHOD = type(_bound_method)
_BUILTIN = type(len)
_MODULE = type(sys)
_GENERIC_ALIAS = type(list[int])
_MAPPING_PROXY = type(type.__dict__)
_METHOD_WRAPPER = type(object().__str__)
_NON_USER_CALLABLES = (type(object.__init__), type(object().__str__), type(dict.__dict__["fromkeys"]), _BUILTIN)
del _function_kind, _generator_kind, _bound_method

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

def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)

def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    import types
    return isinstance(object, types.AsyncGeneratorType)

def iscoroutine(object):
    """Return true if the object is a coroutine."""
    import types
    return isinstance(object, types.CoroutineType)

def isawaitable(object):
    """Return true if object can be passed to an await expression."""
    import types
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
                bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))

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

`;
