# Errors at a line's end: CPython's NEWLINE token spans a trailing comment (else sits after trailing blanks);
# a bare 'del' is invalid; 'from m import a,' says a trailing comma needs parentheses.
sources = [
    "x = 1 +  # c\n", "x = 1 + # comment here\n", "if x  # c\n    pass\n", "if x   \n    pass\n", "while x # c\n  pass\n",
    "def f() # c\n  pass\n", "del\n", "del  # c\n", "del ;\n", "del a,\n", "from x import a,\n", "from x import a, # c\n",
    "from x import (a,)\n", "from x import a, ;\n", "x = 1 +   \n", "print(1 # c\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(f"{src!r:28} {e.msg} @ {e.offset}-{e.end_offset}")
