# Beginners' keyword-argument mistakes: the SyntaxError message and the columns it spans (the name or
# expression through the '='), and a bare generator as a class's only base.
sources = [
    "f(True=1)",
    "f(None = 1)",
    "f(a, False=1)",
    "print('x', end='', True=2)",
    "f(if=1)",
    "f(class=1, x)",
    "f(lambda=1)",
    "f(a+1=2)",
    "f(x.y=1)",
    "f((a)=1)",
    "print(end='', x.y = 3)",
    "f(x=1 for x in y)",
    "f(x='a' for x in y)",
    "f(1, x=1 for x in y)",
    "class A(x for x in y): pass",
    "class A(x=1 for x in y): pass",
    "class A(True=1): pass",
    "class A(a, x for x in y): pass",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(source), "compiled")

# The last one escapes: the report shows the carets.
compile("greet(name='Ann', True=1)\n", "student.py", "exec")
