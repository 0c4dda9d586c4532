# Parameter-list SyntaxErrors of CPython 3.11's invalid_parameters/star_etc/kwds/default rules, def's forced '('
# and ':' after a failed return annotation, and duplicate parameters reported by the symbol table (after parsing).
sources = [
    "def f(*): pass", "def f(*, **k): pass", "def f(*a=1): pass", "def f(*a, *b): pass", "def f(*, a, *b): pass",
    "def f(*a, *): pass", "def f(*a, *b=1): pass", "lambda *: 1", "lambda *, **k: 1", "lambda *a=1: 1",
    "lambda *a, *b: 1", "def f(**k, a): pass", "def f(**k=1): pass", "def f(**k, **j): pass", "def f(**k, /): pass",
    "lambda a, **k, b: 1", "lambda **k=1: 1", "def f(/, a): pass", "def f(a, /, b, /): pass", "def f(*a, /): pass",
    "def f(a, *, b, /): pass", "lambda *, a, /: 1", "def f(a, /*, b): pass", "def f((a, b)): pass",
    "def f(a, (b: int, c)): pass", "def f(a=1, (b)): pass", "lambda (a): 1", "def f(a=): pass", "lambda a=, b: 1",
    "lambda a=: 1", "def f(a=1, b): pass", "def f:", "def f[]: pass", "def f()->:\n    pass", "def f() -> (1 +): pass",
    "def f(a, a): pass", "def f(*a, a): pass", "def f(a, *, b, **b): pass", "def f(a, /, a): pass",
    "lambda a, a: 1", "def f(a, a): pass\nx = = 1", "def f(a=1, /, b=2, *, c, d=3, **e): pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(f"{src!r:32} {e.msg} @ {e.lineno}:{e.offset}-{e.end_offset}")
