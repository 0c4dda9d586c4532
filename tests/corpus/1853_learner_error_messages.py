# Messages a learner's mistakes produce: comprehension targets without parentheses (invalid_comprehension),
# "Did you mean" taking the first of equally close builtins in CPython's builtins order, and 3.11's traceback
# module, which adds no suggestion (only the interpreter's own display does).
import builtins
import traceback

for source in ["[x, y for x in z]", "[x, for x in z]", "[x, y, for x in z]", "{a, b for a in c}",
               "[x, *y for x in z]", "[x, y async for x in z]", "[x, y for x in]", "{x, for x in z}",
               "[x,\n y for x in z]", "(x, y for x in z)", "[a, b]", "{a, b}"]:
    try:
        compile(source, "<learner>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

ours = ["abs", "all", "bin", "max", "min", "print", "sorted", "sum", "None", "True", "int", "list", "Exception",
        "ValueError", "open", "exit"]
print([name for name in vars(builtins) if name in ours])

for code in ["mix([1])", "sin(1)", "lenght = 3\nprint(lengt)", "'x'.uper()", "[].apend(1)"]:
    try:
        exec(code, {})
    except (NameError, AttributeError):
        print(traceback.format_exc().splitlines()[-1])
        traceback.print_exc(limit=0)

print(mix([1]))
