// inspect, part two: the source of the program's functions and classes (getfile, getsourcelines, getsource),
// read from its lines as CPython's BlockFinder reads a file.
export const INSPECT_SOURCE_PY = String.raw`# -- source

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
    object = _unwrap_source(object)
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

`;
