# Annotating something that is not a single name, attribute or subscript: invalid_assignment's messages
# and where they point (the whole list or parenthesized tuple, a bare tuple's first item, or the target).
sources = [
    "(a, b): int",
    "((a, b)): int = 3",
    "[a, b]: int",
    "a, b: int",
    "*a, b: int",
    "[]: int",
    "(): int",
    "(a), (b): int",
    "(a, b): int, 3",
    "(a, b): 1 +",
    "(a, b): f(True=1)",
    "f(): int",
    "1: int",
    "a + 1: int",
    "{a}: set",
    "*a: int",
    "(a, b):",
    "(a): int",
    "a.b[0]: int",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(source), "compiled")

compile("point = (1, 2)\nx, y: int = point\n", "student.py", "exec")
