// posixpath (os.path): path strings split, joined and normalized as POSIX does, in our Python subset; the
// file tests (exists, isfile, isdir) ask the interpreter's file system through posix._kind; islink is False and realpath
// resolves no symbolic links (the page's file system has none; under the CLI a linked path stays as written).

export const POSIXPATH_PY = `
import os
from posix import _kind, _size

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "exists", "lexists", "isfile", "isdir", "islink", "expanduser", "normpath",
           "abspath", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "relpath", "commonpath", "getsize", "realpath", "samefile", "expandvars"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _check_arg_types(funcname, *args):
    # Why a join-like function failed: a wrong type, or str mixed with bytes.
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        # Leading dots of the file name do not start an extension ('.bashrc').
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    path = os.fspath(path)
    return isinstance(path, str) and _kind(path) is not None


def lexists(path):
    path = os.fspath(path)
    return isinstance(path, str) and _kind(path) is not None


def isfile(path):
    path = os.fspath(path)
    return isinstance(path, str) and _kind(path) == 'file'


def isdir(s):
    s = os.fspath(s)
    return isinstance(s, str) and _kind(s) == 'directory'


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _size(os.fspath(filename))


def islink(path):
    os.fspath(path)
    return False


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.environ.get('HOME', os.getcwd())
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX gives two leading slashes a meaning of their own; three or more are one.
    initial_slashes = 0
    if path.startswith(sep):
        initial_slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for part in path.split(sep):
        if part == empty or part == dot:
            continue
        if part != dotdot or (not initial_slashes and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    path = sep * initial_slashes + sep.join(parts)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # The file systems here have no symbolic links to resolve: the absolute, normalized path; strict asks that
    # it exists.
    path = abspath(filename)
    if strict and not exists(path):
        _check_components(os.fspath(filename))
    return path


def _check_components(path):
    # The walk of realpath(strict=True): components joined one by one from the path as given (relative stays
    # relative, '..' taken back lexically); the first missing one raises, named as the walk has it.
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    current = sep if path.startswith(sep) else path[:0]
    under_file = False
    for name in path.split(sep):
        if not name or name == dot:
            continue
        if name == dotdot:
            if current and current != sep:
                current, name = split(current)
                if name == dotdot:
                    current = join(current, dotdot, dotdot)
            elif not current:
                current = dotdot
            continue
        current = join(current, name)
        if under_file:
            raise NotADirectoryError(20, "Not a directory", current)
        if not exists(current):
            raise FileNotFoundError(2, "No such file or directory", current)
        under_file = isfile(current)


def samefile(f1, f2):
    for f in (f1, f2):
        if not exists(f):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(f))
    return realpath(f1) == realpath(f2)


_varprog = None
_varprogb = None


def expandvars(path):
    # $name and \${name} replaced by os.environ's values; unknown names are left as they are.
    path = os.fspath(path)
    global _varprog, _varprogb
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        if not _varprogb:
            import re
            _varprogb = re.compile(br'\\$(\\w+|\\{[^}]*\\})', re.ASCII)
        search = _varprogb.search
        start = b'{'
        end = b'}'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        if not _varprog:
            import re
            _varprog = re.compile(r'\\$(\\w+|\\{[^}]*\\})', re.ASCII)
        search = _varprog.search
        start = '{'
        end = '}'
        environ = os.environ
    i = 0
    while True:
        m = search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(start) and name.endswith(end):
            name = name[1:-1]
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
`;
