// pydoc: help() as python3 prints it with stdout not a terminal (pydoc's plain-text pages, no pager), in our own
// Python, in four parts: what it asks of objects (pydocInspect), values as TextRepr shows them (pydocRepr), the
// pages of functions, classes, instances, modules and descriptors (here), and help() itself (pydocHelper).
import { PYDOC_INSPECT_PY } from './pydocInspect';
import { PYDOC_REPR_PY } from './pydocRepr';
import { PYDOC_HELPER_PY } from './pydocHelper';

const PYDOC_RENDER_PY = String.raw`
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
`;

export const PYDOC_PY = PYDOC_INSPECT_PY + PYDOC_REPR_PY + PYDOC_RENDER_PY + PYDOC_HELPER_PY;
