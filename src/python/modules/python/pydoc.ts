// pydoc: help() as python3 prints it with stdout not a terminal (pydoc's plain-text pages, no pager), in our own
// Python: the page of a function, class, instance, module or descriptor, and the interactive help utility
// (which reads its requests with input()).
import { PYDOC_INSPECT_PY } from './pydocInspect';

const PYDOC_RENDER_PY = String.raw`
# -- values as pydoc's TextRepr shows them (reprlib's limits)

def _cram(text, limit):
    if len(text) > limit:
        pre = max(0, (limit - 3) // 2)
        post = max(0, limit - 3 - pre)
        return text[:pre] + "..." + text[len(text) - post:]
    return text

def _stripid(text):
    at = text.rfind(" at 0x")
    if at < 0:
        return text
    digits = at + 6
    end = digits
    while end < len(text) and text[end] in "0123456789abcdefABCDEF":
        end += 1
    tail = text[end:]
    if 6 <= end - digits <= 16 and tail and tail == ">" * len(tail):
        return text[:at] + tail
    return text

def _repr_items(items, level, left, right, limit, trail=""):
    if not items:
        return left + right
    if level <= 0:
        return left + "..." + right
    pieces = [_repr(x, level - 1) for x in items[:limit]]
    if len(items) > limit:
        pieces.append("...")
    return left + ", ".join(pieces) + trail + right

def _repr(x, level=6):
    kind = type(x).__name__
    if kind == "str":
        test = _cram(x, 100)
        shown = repr(test)
        if "\\" in test and "\\" not in shown.replace("\\\\", ""):
            return "r" + shown[0] + test + shown[0]
        return shown
    if kind == "tuple":
        return _repr_items(list(x), level, "(", ")", 20, "," if len(x) == 1 else "")
    if kind == "list":
        return _repr_items(x, level, "[", "]", 20)
    if kind in ("set", "frozenset"):
        if not x:
            return repr(x)
        try:
            items = sorted(x)
        except Exception:
            items = list(x)
        return _repr_items(items, level, "{" if kind == "set" else "frozenset({", "}" if kind == "set" else "})", 6)
    if kind == "dict":
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        try:
            keys = sorted(x)
        except Exception:
            keys = list(x)
        pieces = [_repr(k, level - 1) + ": " + _repr(x[k], level - 1) for k in keys[:10]]
        if len(x) > 10:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"
    if kind == "deque":
        return _repr_items(list(x), level, "deque([", "])", 6)
    if kind == "array":
        if not x:
            return "array('%s')" % x.typecode
        return _repr_items(list(x), level, "array('%s', [" % x.typecode, "])", 5)
    if kind == "int":
        text = repr(x)
        if len(text) > 40:
            text = text[:18] + "..." + text[len(text) - 19:]
        return text
    return _cram(_stripid(repr(x)), 100)

# -- pages (pydoc's TextDoc, with bold left out)

_HIDDEN_NAMES = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__", "__file__",
                 "__spec__", "__loader__", "__module__", "__name__", "__package__", "__path__", "__qualname__",
                 "__slots__", "__version__"}
_BUILTIN_MODULES_WITH_PAGES = ("errno", "exceptions", "gc", "imp", "marshal", "posix", "signal", "sys",
                               "_thread", "zipimport")

def _visible(name, all=None, obj=None):
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")

def _classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name

def _indent(text, prefix="    "):
    if not text:
        return ""
    lines = [prefix + line for line in text.split("\n")]
    lines[-1] = lines[-1].rstrip()
    return "\n".join(lines)

def _section(title, contents):
    return title + "\n" + _indent(contents).rstrip() + "\n\n"

def _is_bound_method(f):
    if _ismethod(f):
        return True
    if _isbuiltin(f):
        self = getattr(f, "__self__", None)
        return not (_ismodule(self) or self is None)
    return False

def _document(o, name=None, mod=None, cl=None):
    try:
        if _ismodule(o):
            return _module_page(o)
        if _isclass(o):
            return _class_page(o, name, mod)
        if _isroutine(o):
            return _routine_page(o, name, mod, cl)
    except AttributeError:
        pass
    if _isdatadescriptor(o):
        return _data_page(o, name)
    return _other_page(o, name)

def _routine_page(o, name=None, mod=None, cl=None):
    realname = o.__name__
    name = name or realname
    note = ""
    skip_docs = False
    if _is_bound_method(o):
        bound_class = o.__self__.__class__
        if cl:
            if bound_class is not cl:
                note = " from " + _classname(bound_class, mod)
        elif o.__self__ is not None:
            note = " method of %s instance" % _classname(o.__self__.__class__, mod)
        else:
            note = " unbound %s method" % _classname(bound_class, mod)
    if name == realname:
        title = realname
    else:
        if cl and realname in cl.__dict__ and cl.__dict__[realname] is o:
            skip_docs = True
        title = name + " = " + realname
    argspec = _signature(o)
    if argspec and realname == "<lambda>":
        title = name + " lambda "
        argspec = argspec[1:-1]
    decl = title + (argspec or "(...)") + note
    if skip_docs:
        return decl + "\n"
    doc = getdoc(o) or ""
    return decl + "\n" + (doc and _indent(doc).rstrip() + "\n")

def _data_page(o, name=None):
    out = ""
    if name:
        out += name + "\n"
    doc = getdoc(o) or ""
    if doc:
        out += _indent(doc) + "\n"
    return out

def _other_page(o, name=None, maxlen=None, doc=None):
    shown = _repr(o)
    if maxlen:
        line = (name and name + " = " or "") + shown
        chop = maxlen - len(line)
        if chop < 0:
            shown = shown[:chop] + "..."
    line = (name and name + " = " or "") + shown
    if not doc:
        doc = getdoc(o)
    if doc:
        line += "\n" + _indent(str(doc)) + "\n"
    return line

def _attribute_kinds(cls):
    """(name, kind, defining class, value) for dir(cls), as inspect.classify_class_attrs and pydoc sort them."""
    found = []
    for name in dir(cls):
        home = None
        for base in cls.__mro__:
            if name in base.__dict__:
                home = base
                break
        if home is None:
            continue
        in_dict = home.__dict__[name]
        value = getattr(cls, name) if name != "__dict__" else in_dict
        if isinstance(in_dict, (staticmethod, _BUILTIN)):
            kind, value = "static method", in_dict
        elif isinstance(in_dict, classmethod) or type(in_dict).__name__ == "classmethod_descriptor":
            kind, value = "class method", in_dict
        elif isinstance(in_dict, property):
            kind, value = "property", in_dict
        elif _isroutine(value):
            kind = "method"
        else:
            kind = "data"
        if _isdatadescriptor(value):
            kind = "data descriptor"
            if isinstance(value, property) and value.fset is None:
                kind = "readonly property"
        found.append((name, kind, home, value))
    return found

def _class_page(cls, name=None, mod=None):
    realname = cls.__name__
    name = name or realname
    title = "class " + realname if name == realname else name + " = class " + realname
    if cls.__bases__:
        title += "(%s)" % ", ".join(_classname(b, cls.__module__) for b in cls.__bases__)
    contents = []
    push = contents.append
    try:
        argspec = _signature(cls)
    except (ValueError, TypeError):
        argspec = None
    if argspec and argspec != "()":
        push(name + argspec + "\n")
    doc = getdoc(cls)
    if doc:
        push(doc + "\n")
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, cls.__module__))
        push("")
    subclasses = sorted((str(c.__name__) for c in type.__subclasses__(cls)
                         if not c.__name__.startswith("_") and c.__module__ == "builtins"), key=str.lower)
    if subclasses:
        push("Built-in subclasses:")
        for sub in subclasses[:4]:
            push("    " + sub)
        if len(subclasses) > 4:
            push("    ... and " + str(len(subclasses) - 4) + " other subclasses")
        push("")
    rule = [False]

    def heading(message):
        if rule[0]:
            push("-" * 70)
        rule[0] = True
        push(message)

    def spill(message, attrs, kind, how):
        chosen = [a for a in attrs if a[1] == kind]
        if chosen:
            heading(message)
            for attr_name, _, home, value in chosen:
                if how == "routine":
                    try:
                        value = getattr(cls, attr_name)
                    except Exception:
                        push(_data_page(value, attr_name))
                        continue
                    push(_document(value, attr_name, mod, cls))
                elif how == "descriptor":
                    push(_data_page(value, attr_name))
                else:
                    doc = getdoc(value)
                    try:
                        shown = getattr(cls, attr_name)
                    except AttributeError:
                        shown = home.__dict__[attr_name]
                    push(_other_page(shown, attr_name, maxlen=70, doc=doc) + "\n")
        return [a for a in attrs if a[1] != kind]

    attrs = [a for a in _attribute_kinds(cls) if _visible(a[0], obj=cls)]
    while attrs:
        this = mro.pop(0) if mro else attrs[0][2]
        here = [a for a in attrs if a[2] is this]
        inherited = [a for a in attrs if a[2] is not this]
        if cls is not object and this is object:
            attrs = inherited
            continue
        tag = "defined here" if this is cls else "inherited from " + _classname(this, cls.__module__)
        fields = getattr(cls, "_fields", [])
        try:
            order = {field: i - len(fields) for i, field in enumerate(fields)}
        except TypeError:
            order = {}
        here.sort(key=lambda a: (order.get(a[0], 0), a[0]))
        here = spill("Methods %s:\n" % tag, here, "method", "routine")
        here = spill("Class methods %s:\n" % tag, here, "class method", "routine")
        here = spill("Static methods %s:\n" % tag, here, "static method", "routine")
        here = spill("Readonly properties %s:\n" % tag, here, "readonly property", "descriptor")
        here = spill("Data descriptors %s:\n" % tag, here, "data descriptor", "descriptor")
        here = spill("Data and other attributes %s:\n" % tag, here, "data", "data")
        attrs = inherited
    text = "\n".join(contents)
    if not text:
        return title + "\n"
    return title + "\n" + _indent(text.rstrip(), " |  ") + "\n"

def _module_page(module):
    name = module.__name__
    synopsis, description = _split_doc(getdoc(module))
    result = _section("NAME", name + (synopsis and " - " + synopsis))
    all = getattr(module, "__all__", None)
    builtin = getattr(module, "__file__", None) is None
    if builtin and name in _BUILTIN_MODULES_WITH_PAGES:
        result += _section("MODULE REFERENCE", "https://docs.python.org/%d.%d/library/%s.html" % (
            sys.version_info[0], sys.version_info[1], name.lower()) + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")
    if description:
        result += _section("DESCRIPTION", description)
    members = sorted(vars(module).items())
    classes = [(k, v) for k, v in members if _isclass(v) and (all is not None or (_getmodule(v) or module) is module)
               and _visible(k, all, module)]
    functions = [(k, v) for k, v in members if _isroutine(v)
                 and (all is not None or _isbuiltin(v) or _getmodule(v) is module) and _visible(k, all, module)]
    data = [(k, v) for k, v in members if not (_ismodule(v) or _isclass(v) or _isroutine(v)) and _visible(k, all, module)]
    if classes:
        contents = [_format_tree(_class_tree([v for k, v in classes]), name)]
        contents += [_document(v, k, name) for k, v in classes]
        result += _section("CLASSES", "\n".join(contents))
    if functions:
        result += _section("FUNCTIONS", "\n".join(_document(v, k, name) for k, v in functions))
    if data:
        result += _section("DATA", "\n".join(_other_page(v, k, maxlen=70) for k, v in data))
    return result + _section("FILE", getattr(module, "__file__", None) or "(built-in)")

def _class_tree(classes):
    """inspect.getclasstree(classes, unique=True): (class, bases) entries, each followed by a list of its subclasses."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)

    def walk(level):
        out = []
        for c in sorted(level, key=lambda c: (c.__module__, c.__name__)):
            out.append((c, c.__bases__))
            if c in children:
                out.append(walk(children[c]))
        return out
    return walk(roots)

def _format_tree(tree, modname, parent=None, prefix=""):
    out = ""
    for entry in tree:
        if type(entry) is tuple:
            c, bases = entry
            out += prefix + _classname(c, modname)
            if bases and bases != (parent,):
                out += "(%s)" % ", ".join(_classname(b, modname) for b in bases)
            out += "\n"
        else:
            out += _format_tree(entry, modname, c, prefix + "    ")
    return out

def _split_doc(doc):
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)

def _describe(o):
    if _ismodule(o):
        if o.__name__ in sys.builtin_module_names:
            return "built-in module " + o.__name__
        return ("package " if hasattr(o, "__path__") else "module ") + o.__name__
    if _isbuiltin(o):
        return "built-in function " + o.__name__
    kind = type(o).__name__
    if kind in ("getset_descriptor", "member_descriptor"):
        owner = o.__objclass__
        return "%s %s.%s.%s" % (kind.replace("_", " "), owner.__module__, owner.__name__, o.__name__)
    if _isclass(o):
        return "class " + o.__name__
    if _isfunction(o):
        return "function " + o.__name__
    if _ismethod(o):
        return "method " + o.__name__
    return kind

def _locate(path):
    import builtins
    parts = [part for part in path.split(".") if part]
    module, n = None, 0
    while n < len(parts):
        try:
            found = __import__(".".join(parts[:n + 1]))
            for part in parts[1:n + 1]:
                found = getattr(found, part)
        except ImportError:
            break
        module, n = found, n + 1
    found = module if module else builtins
    for part in parts[n:]:
        try:
            found = getattr(found, part)
        except AttributeError:
            return None
    return found

def render_doc(thing, title="Python Library Documentation: %s"):
    if isinstance(thing, str):
        found = _locate(thing)
        if found is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        o, name = found, thing
    else:
        o = thing
        name = getattr(thing, "__name__", None)
        name = name if isinstance(name, str) else None
    desc = _describe(o)
    module = _getmodule(o)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not o:
        desc += " in module " + module.__name__
    if not (_ismodule(o) or _isclass(o) or _isroutine(o) or _isdatadescriptor(o) or _getdoc_only(o)):
        if hasattr(o, "__origin__"):
            o = o.__origin__
        else:
            o = type(o)
            desc += " object"
    return title % desc + "\n\n" + _document(o, name)

def doc(thing, title="Help on %s:"):
    try:
        sys.stdout.write(render_doc(thing, title))
    except ImportError as e:
        print(e)

_INTRO = """\
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
"""

_OUTRO = """
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
"""

def _interact():
    sys.stdout.write(_INTRO.format("%d.%d" % sys.version_info[:2]))
    sys.stdout.write("\n")
    while True:
        try:
            request = input("help> ")
            if not request:
                break
        except (KeyboardInterrupt, EOFError):
            break
        request = request.strip()
        if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
            request = request[1:-1]
        if request.lower() in ("q", "quit"):
            break
        if request == "help":
            sys.stdout.write(_INTRO.format("%d.%d" % sys.version_info[:2]))
        else:
            help.help(request)
    sys.stdout.write(_OUTRO)

_LISTS = {
    "keywords": ("""
Here is a list of the Python keywords.  Enter any keyword to get more help.

""", _keywords),
    "symbols": ("""
Here is a list of the punctuation symbols which Python assigns special meaning
to. Enter any symbol to get more help.

""", _symbols),
    "topics": ("""
Here is a list of available topics.  Enter any topic name to get more help.

""", _topics),
}

def _columns(items, columns=4, width=80):
    items = sorted(items)
    column_width = width // columns
    rows = (len(items) + columns - 1) // columns
    for row in range(rows):
        for col in range(columns):
            i = col * rows + row
            if i < len(items):
                sys.stdout.write(items[i])
                if col < columns - 1:
                    sys.stdout.write(" " + " " * (column_width - 1 - len(items[i])))
        sys.stdout.write("\n")

def _show_topic():
    # python3 reads the topics' texts from pydoc_data.topics; the playground does not have that module, and says
    # so as python3 does without it.
    sys.stdout.write("""
Sorry, topic and keyword documentation is not available because the
module "pydoc_data.topics" could not be found.
""")

class Helper:
    """The object behind the builtin help (site's _Helper calls it)."""
    _GoInteractive = object()

    def __repr__(self):
        return "<pydoc.Helper instance>"

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                sys.stdout.write(f"{e}\n")
        else:
            _interact()

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request in _LISTS:
                sys.stdout.write(_LISTS[request][0])
                _columns(_LISTS[request][1])
            elif request == "modules" or request.startswith("modules "):
                doc(request)
            elif request in _symbols:
                _show_topic()
            elif request in ("True", "False", "None"):
                doc({"True": True, "False": False, "None": None}[request])
            elif request in _keywords or request in _topics:
                _show_topic()
            else:
                doc(request or str)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request)
        sys.stdout.write("\n")

help = Helper()
`;

export const PYDOC_PY = PYDOC_INSPECT_PY + PYDOC_RENDER_PY;
