// Our pydoc, part one: what it asks of objects (inspect's predicates, signatures, docs and the comments above a
// definition), written for the cases help() meets in the playground.
export const PYDOC_INSPECT_PY = String.raw`
import sys

def _function_kind(): pass
# A bound method from a function, not from a class made here: the class's cycles would be garbage.
_bound_method = _function_kind.__get__(0)
_FUNCTION = type(_function_kind)
_METHOD = type(_bound_method)
_BUILTIN = type(len)
_MODULE = type(sys)
_GENERIC_ALIAS = type(list[int])
del _function_kind, _bound_method

def _isclass(o): return isinstance(o, type)
def _isfunction(o): return isinstance(o, _FUNCTION)
# A builtin classmethod bound to its class (dict.fromkeys) is a method object here, a builtin in CPython.
def _ismethod(o): return isinstance(o, _METHOD) and not isinstance(o.__func__, _BUILTIN)
def _isbuiltin(o): return isinstance(o, _BUILTIN) or (isinstance(o, _METHOD) and isinstance(o.__func__, _BUILTIN))
def _ismodule(o): return isinstance(o, _MODULE)

def _ismethoddescriptor(o):
    if _isclass(o) or _ismethod(o) or _isfunction(o):
        return False
    t = type(o)
    return hasattr(t, "__get__") and not hasattr(t, "__set__")

def _isdatadescriptor(o):
    if _isclass(o) or _ismethod(o) or _isfunction(o):
        return False
    t = type(o)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")

def _isroutine(o):
    return _isbuiltin(o) or _isfunction(o) or _ismethod(o) or _ismethoddescriptor(o)

def _getmodule(o):
    if _ismodule(o):
        return o
    name = getattr(o, "__module__", None)
    return sys.modules.get(name) if isinstance(name, str) else None

# -- signatures: the text inspect.signature(o) gives, or None where it has none

def _annotation_text(a):
    if getattr(a, "__module__", None) == "typing":
        return repr(a).replace("typing.", "")
    if isinstance(a, _GENERIC_ALIAS):
        return str(a)
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == "builtins" else a.__module__ + "." + a.__qualname__
    return repr(a)

def _function_parameters(f):
    """[(kind, text)]: kind 0 positional-only, 1 positional, 2 *args, 3 keyword-only, 4 **kwargs."""
    code = f.__code__
    names = code.co_varnames
    positional = code.co_argcount
    keyword_only = code.co_kwonlyargcount
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    annotations = f.__annotations__
    missing = object()

    def text(name, default=missing, star=""):
        out = name
        if name in annotations:
            out += ": " + _annotation_text(annotations[name])
            if default is not missing:
                out += " = " + repr(default)
        elif default is not missing:
            out += "=" + repr(default)
        return star + out

    params = []
    first_default = positional - len(defaults)
    for i in range(positional):
        default = defaults[i - first_default] if i >= first_default else missing
        params.append((0 if i < code.co_posonlyargcount else 1, text(names[i], default)))
    at = positional + keyword_only
    if code.co_flags & 4:
        params.append((2, text(names[at], star="*")))
        at += 1
    for i in range(positional, positional + keyword_only):
        params.append((3, text(names[i], kwdefaults.get(names[i], missing))))
    if code.co_flags & 8:
        params.append((4, text(names[at], star="**")))
    returns = " -> " + _annotation_text(annotations["return"]) if "return" in annotations else ""
    return params, returns

def _render_parameters(params, returns=""):
    out = []
    after_positional_only = False
    star_needed = True
    for kind, text in params:
        if kind == 0:
            after_positional_only = True
        elif after_positional_only:
            out.append("/")
            after_positional_only = False
        if kind == 2:
            star_needed = False
        elif kind == 3 and star_needed:
            out.append("*")
            star_needed = False
        out.append(text)
    if after_positional_only:
        out.append("/")
    return "(" + ", ".join(out) + ")" + returns

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

def _text_signature_parameters(sig, bound_self):
    """A builtin's __text_signature__ as parameters; bound_self: the object it is bound to (None if unbound)."""
    if "<unrepresentable>" in sig:
        return None
    tokens = _split_top_level(sig.strip()[1:-1])
    params, kind = [], 0
    if "/" not in tokens:
        kind = 1
    first = True
    for token in tokens:
        token = token.replace("=sys.maxsize", "=" + str(sys.maxsize))
        if token == "/":
            kind = 1
        elif token == "*":
            kind = 3
        elif token.startswith("**"):
            params.append((4, token))
        elif token.startswith("*"):
            params.append((2, token))
            kind = 3
        elif first and token.startswith("$"):
            if bound_self is None:
                params.append((0, token[1:]))
        else:
            params.append((kind, token))
        first = False
    return params

def _builtin_signature(o):
    sig = getattr(o, "__text_signature__", None)
    if not sig:
        return None
    bound_self = getattr(o, "__self__", None)
    params = _text_signature_parameters(sig, bound_self)
    return None if params is None else _render_parameters(params)

def _python_callable_signature(f, drop_first):
    params, returns = _function_parameters(f)
    if drop_first and params and params[0][0] in (0, 1):
        params = params[1:]
    return _render_parameters(params, returns)

def _user_method(cls, name):
    try:
        m = getattr(cls, name)
    except AttributeError:
        return None
    return m if _isfunction(m) or _ismethod(m) else None

def _class_signature(cls):
    call = _user_method(type(cls), "__call__")
    if call is not None:
        return _signature(call, True)
    new = _user_method(cls, "__new__")
    init = _user_method(cls, "__init__")
    if "__new__" in cls.__dict__ and new is not None:
        return _signature(new, True)
    if "__init__" in cls.__dict__ and init is not None:
        return _signature(init, True)
    if new is not None:
        return _signature(new, True)
    if init is not None:
        return _signature(init, True)
    for base in cls.__mro__[:-1]:
        sig = base.__text_signature__
        if sig:
            return _render_parameters(_text_signature_parameters(sig, None))
    if type not in cls.__mro__ and cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return "()"
    return None

def _unwrap(o):
    """What functools.wraps (or lru_cache) wrapped: inspect.signature follows __wrapped__ to it."""
    seen = {id(o)}
    while hasattr(o, "__wrapped__"):
        o = o.__wrapped__
        if id(o) in seen:
            raise ValueError("wrapper loop when unwrapping")
        seen.add(id(o))
    return o

def _signature(o, skip_bound=False):
    if _ismethod(o):
        f = _unwrap(o.__func__)
        if _isfunction(f):
            return _python_callable_signature(f, True)
        return _signature(f, True) if not _isbuiltin(f) else _builtin_signature(o)
    o = _unwrap(o)
    if _ismethod(o):
        return _signature(o)
    if _isclass(o):
        return _class_signature(o)
    if _isfunction(o):
        return _python_callable_signature(o, skip_bound)
    if _isbuiltin(o) or _ismethoddescriptor(o):
        return _builtin_signature(o)
    return None

# -- docs: pydoc.getdoc

def _cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)

def _own_doc(o):
    try:
        doc = object.__getattribute__(o, "__doc__")
    except AttributeError:
        return None
    if doc is None:
        return None
    if o is not type:
        type_doc = type(o).__doc__
        if isinstance(type_doc, str) and type_doc == doc:
            return None
    return doc

def _class_of(f):
    cls = sys.modules.get(f.__module__)
    if cls is None:
        return None
    for name in f.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name)
    return cls if _isclass(cls) else None

def _inherited_doc(o):
    """The doc of the attribute of the same name further up the class's MRO (pydoc's _finddoc)."""
    if _ismethod(o):
        name = o.__func__.__name__
        self = o.__self__
        if _isclass(self) and getattr(getattr(self, name, None), "__func__", None) is o.__func__:
            cls = self
        else:
            cls = self.__class__
    elif _isfunction(o):
        name = o.__name__
        cls = _class_of(o)
        if cls is None or getattr(cls, name) is not o:
            return None
    elif _isbuiltin(o):
        name = o.__name__
        self = o.__self__
        if _isclass(self) and self.__qualname__ + "." + name == o.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(o, property):
        name = o.fget.__name__
        cls = _class_of(o.fget)
        if cls is None or getattr(cls, name) is not o:
            return None
    elif _ismethoddescriptor(o) or _isdatadescriptor(o):
        name = o.__name__
        cls = o.__objclass__
        if getattr(cls, name) is not o:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None

def _getdoc_only(o):
    doc = _own_doc(o)
    if doc is None:
        try:
            doc = _inherited_doc(o)
        except (AttributeError, TypeError):
            return None
    return _cleandoc(doc) if isinstance(doc, str) else None

def _indent_width(line):
    line = line.expandtabs()
    return len(line) - len(line.lstrip())

def _definition_line(o):
    """(filename, index of the definition's first line) of a function or class of the program, or None."""
    if _ismethod(o):
        o = o.__func__
    if _isfunction(o):
        code = o.__code__
        return code.co_filename, code.co_firstlineno - 1
    if _isclass(o):
        module = sys.modules.get(o.__module__)
        filename = getattr(module, "__file__", None)
        if not filename:
            return None
        n = 1
        while True:
            line = _source_line(filename, n)
            if not line:
                return None
            words = line.lstrip().replace("(", " ").replace(":", " ").split()
            if len(words) > 1 and words[0] == "class" and words[1] == o.__name__:
                at = n - 1
                while at > 0 and _source_line(filename, at).lstrip().startswith("@"):
                    at -= 1
                return filename, at
            n += 1
    return None

def _comments(o):
    """The comment lines just above a definition (inspect.getcomments), or None."""
    where = _definition_line(o)
    if where is None:
        return None
    filename, at = where
    line = _source_line(filename, at + 1)
    if not line:
        return None
    indent = _indent_width(line)
    comments = []
    end = at - 1
    while end >= 0:
        above = _source_line(filename, end + 1)
        if above.lstrip()[:1] != "#" or _indent_width(above) != indent:
            break
        comments.insert(0, above.expandtabs().lstrip())
        end -= 1
    while comments and comments[0].strip() == "#":
        comments.pop(0)
    while comments and comments[-1].strip() == "#":
        comments.pop()
    return "".join(comments) or None

def getdoc(o):
    result = _getdoc_only(o) or _comments(o)
    if not result:
        return ""
    result = result.rstrip()
    at = 0
    while at < len(result) and result[at] == " ":
        at += 1
    if result[at:at + 1] == "\n":
        result = result[at + 1:]
    return result
`;
