# A '=' where a comparison or ':=' was meant, inside parentheses, a list, a set, a comprehension or a
# condition: invalid_named_expression's "Maybe you meant '==' or ':='" from the name to the value, or
# "cannot assign to X here" for another target.
sources = [
    "x = (a = 1, 2)\n",
    "x = (a = 1)\n",
    "(a = 1)\n",
    "[a = 1]\n",
    "{a = 1}\n",
    "[x = 1 for y in z]\n",
    "x = [1, a = 2]\n",
    "if (x = 1):\n    pass\n",
    "while x = 5:\n    pass\n",
    "if x.y = 1:\n    pass\n",
    "if x[0] = 1:\n    pass\n",
    "if f() = 1:\n    pass\n",
    "if 1 = x:\n    pass\n",
    "if x == 1 and y = 2:\n    pass\n",
    "x = [a.b = 1]\n",
    "x = (a = b = 1)\n",
    "x = (a = 1 = 2)\n",
    "x = (a = )\n",
    "x = (True = 1)\n",
    "x = ([a] = 1)\n",
    "x = (a := 1)\n",
    "print((n = 3))\n",
    "@d = 1\ndef f(): pass\n",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(source), "compiled")

exec("scores = [3, 5]\nif (best = max(scores)) > 4:\n    print(best)\n")
