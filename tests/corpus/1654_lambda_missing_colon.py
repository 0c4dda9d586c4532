# A lambda without its ':' (a common slip in sort keys): lambdef's ':' is an ordinary token in CPython's
# grammar, so the error is plain "invalid syntax" where the parser stopped.
sources = [
    "x = lambda y\n",
    "x = lambda\n",
    "x = lambda y z: 1\n",
    "x = lambda x, y\n",
    "f(lambda x)\n",
    "sorted(pairs, key=lambda p p[1])\n",
    "sorted(pairs, key=lambda p: p[1])\n",
    "x = lambda y: \n",
    "x = lambda (y): 1\n",
    "x = lambda y=1, z: 1\n",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(source), "compiled")

exec("pairs = [(1, 'b'), (2, 'a')]\nprint(sorted(pairs, key=lambda p p[1]))\n")
