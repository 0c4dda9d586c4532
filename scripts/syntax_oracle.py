#!/usr/bin/env python3
"""Records CPython 3.11's SyntaxError message, line and offset for common mistakes (src/python/syntax/syntax-oracle.json)."""
import json
from pathlib import Path

SOURCES = [
    "if x\n    pass\n",
    "while True\n    pass\n",
    "def f()\n    pass\n",
    "for i in range(3)\n    print(i)\n",
    "class C\n    pass\n",
    "print('a'\nx = 1\n",
    "x = (1, 2\n",
    "x = [1, 2)\n",
    "x = 1)\n",
    "def f():\n    x = 1\n      y = 2\n",
    "for i in range(3):\nprint(i)\n",
    "if True:\n    pass\n  else:\n    pass\n",
    "  x = 1\n",
    "x = 'unterminated\n",
    "x = '''never closed\n",
    "1 = x\n",
    "f() = 3\n",
    "x + 1 = 2\n",
    "print 'hello'\n",
    "x = 1 +\n",
    "def f(a=1, b):\n    pass\n",
    "f(a=1, 2)\n",
    "x = 08\n",
    "x = 1abc\n",
    "x = 0b12\n",
    "x = 0o8\n",
    "x = 0xg\n",
    "x = 0or 5\n",
    "x = 1__0\n",
    "x = 1e+\n",
    "x = 0777 + 1\n",
    "x = 1else\n",
    "x = 1if 1 else 2\n",
    "y = [0x1for x in 'a']\n",
    "f(a=1, 2)\n",
    "f(**k, a=1, 2)\n",
    "f(**k, *a)\n",
    "f(a=1, *x, 2)\n",
    "x = f'{}' + 1\n",
    "x = f'{a!x}' + 1\n",
    "print(f'{a' 'b', 1)\n",
    "print(\"Hello\" name)\n",
    "print(\"x\", y z, 3)\n",
    "f(a=1 b=2)\n",
    "x = [1 + 2 3]\n",
    "x = [f(x) y]\n",
    "x = [print \"a\"]\n",
    "x = [x \"a\"]\n",
    "x = x[a b]\n",
    "x = [a, *b c]\n",
    "x = {**a b}\n",
    "print \"a\", x\n",
    "exec \"x\"\n",
    "x = 1 if y\n",
    "f(1 if y)\n",
    "if x == 1 print(x)\n",
    "while True print(1)\n",
    "for a in b c: pass\n",
    "def f() x: pass\n",
    "try x: pass\n",
    "if x: pass\nelse x: pass\n",
    "if x = 1:\n    pass\n",
    "while x.y = 1:\n    pass\n",
    "if x = y = 1: pass\n",
    "if x = : pass\n",
    "return 5\n",
    "break\n",
    "def f(x, x):\n    pass\n",
    "x = [1 2]\n",
    "del 1\n",
    "lambda x: yield\n",
    "x := 5\n",
    "a b\n",
    "x = f'{}'\n",
    "else:\n    pass\n",
    "try:\n    pass\n",
    # A bracket left open: "was never closed" only when the parser read past the bracket's line.
    "def f(:\n    pass\n",
    "if (x:\n  pass\n",
    "class A(:\n pass\n",
    "for i in range(10:\n  print(i)\n",
    "if (x and\n    y:\n  pass\n",
    "x = foo(1,\n  2\nprint(x)\n",
    "f(a for a in b, c\n",
    "x = [1, 2 3\n",
    "if x:\n    y = (1\nelse:\n    y = 2\n",
    "d = {'a': 1, 'b' 2\nprint(d)\n",
    # A dict pair missing its ':' or its value (invalid_kvpair).
    "d = {1: 2, 3 4}\n",
    "d = {1: 2, x.y}\n",
    "d = {**a, 3}\n",
    "d = {1: 2,\n 3}\n",
    "d = {1: }\n",
    "d = {1: 2, 3: }\n",
    "d = {1: *a}\n",
    "d = {1: 2, 3: *a + b}\n",
    "def f():\n    x = 1\n    nonlocal q\n",
    "def g():\n    def h():\n        nonlocal  a, b\n    b = 1\n",
    "x = 1 + \\\n",
    "x = [1,\n  2 + \\\n",
    "def f(__debug__):\n    pass\n",
    "x = 1\n__debug__ = 2\n",
    "__debug__ = 2\nreturn 1\n",
    "(a, b) := 1\n",
]


def main() -> None:
    cases = []
    for src in SOURCES:
        try:
            compile(src, "main.py", "exec")
            cases.append({"source": src, "error": None})
        except SyntaxError as e:
            cases.append({"source": src, "error": {"type": type(e).__name__, "msg": e.msg, "line": e.lineno, "offset": e.offset}})
    out = Path(__file__).resolve().parent.parent / "src" / "python" / "syntax" / "syntax-oracle.json"
    out.write_text(json.dumps(cases, indent=1) + "\n")
    print(f"recorded {len(cases)} cases")


if __name__ == "__main__":
    main()
