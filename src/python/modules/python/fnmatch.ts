// fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched through re, as CPython's module; on POSIX
// fnmatch and fnmatchcase are the same (normcase changes nothing). translate gives CPython's regular expressions.

export const FNMATCH_PY = `
import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pattern = str(pat, 'ISO-8859-1')
        return re.compile(translate(pattern).encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def _bracket(pat, start, end):
    # The set inside [...] (pat[start:end]) as a regular expression class, or None when it matches nothing.
    stuff = pat[start:end]
    if '-' not in stuff:
        stuff = stuff.replace('\\\\', r'\\\\')
    else:
        # Split at the hyphens that make ranges; a range whose ends are reversed is dropped.
        chunks = []
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        chunk = pat[start:end]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\\\', r'\\\\').replace('-', r'\\-') for s in chunks)
    # Characters re would read as set operations.
    stuff = re.sub(r'([&~|])', r'\\\\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\\\' + stuff
    return f'[{stuff}]'


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\\\[')
            else:
                pieces.append(_bracket(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # A star before a fixed piece matches as little as it can, in an atomic group (no backtracking into it).
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not STAR:
        res.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append(f'(?>.*?{fixed})')
    res = ''.join(res)
    return fr'(?s:{res})\\Z'
`;
