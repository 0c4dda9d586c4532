# `__debug__` is a constant: the compiler (not the parser) refuses every binding of it, at the position it has
# reached, after the symbol table's errors of the whole module; 'return' and 'yield' outside a function are
# compiler errors too. A string has no text to show for compiler errors (e.text is None).
SOURCES = [
    "__debug__ = 1", "def f(__debug__): pass", "f(__debug__=1)", "class __debug__: pass",
    "import os as __debug__", "a.__debug__ = 1", "for __debug__ in x: pass", "with x as __debug__: pass",
    "del __debug__", "__debug__ += 1", "(__debug__ := 1)", "def __debug__(): pass", "lambda __debug__: 0",
    "from os import path as __debug__", "import __debug__", "a, __debug__ = 1, 2", "x: int = 1\n__debug__: int = 2",
    "def f(*, __debug__): pass", "def f(*__debug__): pass", "def f(**__debug__): pass", "async def f(__debug__): pass",
    "def f(a=1, /, __debug__=2): pass", "del a.__debug__", "a.__debug__ += 1", "a.__debug__: int = 1", "a.__debug__: int",
    "__debug__: int", "match x:\n case __debug__: pass", "match x:\n case {**__debug__}: pass",
    "match x:\n case [*__debug__]: pass", "match x:\n case 1 as __debug__: pass", "match x:\n case A(__debug__=1): pass",
    "try: pass\nexcept E as __debug__: pass", "[__debug__ for __debug__ in x]", "class A(__debug__=1): pass",
    "f(**{'__debug__': 1})", "del (__debug__, a)", "import a.b as __debug__", "from a import __debug__",
    "x.__debug__", "print(__debug__)", "def f():\n  global __debug__\n  __debug__ = 1", "a: __debug__ = 1",
    "(a, __debug__) = b", "[__debug__] = b", "*__debug__, = b", "global __debug__",
    # Which error comes first.
    "return 1\n__debug__ = 1", "__debug__ = 1\nreturn 1", "__debug__ = 1\nyield 1", "yield 1\ndef f(a, a): pass",
    "def f(a, a): pass\n__debug__ = 2", "__debug__ = 2\ndef f(a, a): pass", "class A:\n  yield 1", "class A:\n  return 2",
    "x = yield from y", "[(yield) for x in y]", "lambda: (yield)", "await x\n__debug__ = 1", "__debug__ = 1\nawait x",
    "break\n__debug__=1",
    # validate_keywords and validate_kwd_attrs: the first name's repeat, before any argument is compiled.
    "f(a=1, a=2, __debug__=3)", "f(__debug__=3, a=1, a=2)", "f(*b, a=1, a=2)", "f(**b, a=1, a=2)", "f(a=1, **b, a=2)",
    "f(a=1, b=2, b=3, a=4)", "match x:\n case A(a=1, b=2, b=3, a=4): pass", "match x:\n case [x, (1 as x)]: pass",
    "match x:\n case {1: x, **x}: pass", "match x:\n case {1: [y, 2], **__debug__}: pass",
    # invalid_named_expression: a parenthesized name or tuple is an expression.
    "(a, b) := 1", "x = (a, b) := 1", "((a, b) := 1)", "(a, b := 1)", "a, b := 1", "(a) := 1", "() := 1",
    "(a for a in b) := 1", "if (a, b) := 1: pass", "[a, b] := 1", "a + b := 1",
]
for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

