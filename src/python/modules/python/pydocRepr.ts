// Our pydoc, part two: values as pydoc's TextRepr shows them (reprlib's limits: long lists, dicts and strings
// cut with '...').
export const PYDOC_REPR_PY = String.raw`
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
`;
