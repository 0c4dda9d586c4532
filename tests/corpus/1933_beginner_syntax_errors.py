# Beginners' syntax errors as CPython 3.11's parser reports them: an empty subscript inside brackets and a
# comprehension without `in` are "Perhaps you forgot a comma?", `match x` without a colon is "expected ':'" (even
# when the line also reads as a call and the error is later), a module-level nonlocal is found after the whole
# file's other errors, a parenthesized with marks the furthest token, a parameter's default or annotation followed
# by an expression is a missing comma; and `print >> f` hints at print(..., file=).
SNIPPETS = [
    "print(x[])", "[x[]]", "{1: x[]}", "(x[], 1)", "x = [a[] for a in b]", "print(x[1][])", "print(x[] + 1)",
    "print(-x[])", "print(x, y[])", "z = x[y[]]", "f(k=x[])", "z = (lambda: x[])", "z = (not x[])",
    "x[]", "y = x[]", "if x[]: pass", "z = [a for a in b[]]", "z = [a for a in b if c[]]", "z = {**x[]}",
    "[x for x range(3)]", "g = (x for x y)", "z = {k: v for k v in d}", "[x for x, y range(3)]",
    "[x for x, range(3)]", "[x for x (1)]", "[x for x]", "[x for x if y]", "[x for a, b if c]",
    "[x for x if y else z]", "[x for x if]", "[x for x if y in z]",
    "def f(a=x y): pass", "def f(a, b=1 2): pass", "def f(a: x y): pass", "def f(a=x[]): pass",
    "z = lambda a=x y: 1", "z = (lambda a=x y: 1)", "z = (yield x y)", "z = (yield a, b c)", "def f(a=1 b=2): pass",
    "match x\n    case 1: pass", "match x, y\n    case 1: pass", "match (x)\n    case 1: pass",
    "match (x)\ny = = 1", "match (x)\nprint(1)",
    "x = 1\nnonlocal x", "nonlocal x\ndef f(a, a):\n    pass", "print(1)\nnonlocal x",
    "with (a as b:\n    pass", "with (a as b) as c:\n    pass", "with (a as 1):\n    pass", "with (a as b)\n    pass",
    "with (a as *b):\n    pass", "with a as *b:\n    pass", "with a as *1:\n    pass",
]
for source in SNIPPETS:
    try:
        compile(source + "\n", "<snippet>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

for left in (print, len):
    try:
        left >> 1
    except TypeError as e:
        print(e)
x = print
try:
    x >>= 2
except TypeError as e:
    print(e)
print >> 1
