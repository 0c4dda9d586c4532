import traceback, sys
def show(e):
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(traceback.format_exception_only(type(e), e))
for src in ["x = (1,\n", "if 1:\n\tx = $\n", "a b c\n", "f(**x, *y)\n", "\tdef f(:\n", "x = 'abc\n", "print 'hi'\n", "1 +\n", "for x in range(3):\n\tif x:\n        pass\n"]:
    try:
        compile(src, "prog.py", "exec")
    except SyntaxError as e:
        show(e)
e = SyntaxError("custom message")
show(e)
e = SyntaxError("m", ("f.py", 3, 5, "    hello world\n", 3, 9))
show(e)
e = SyntaxError("m", ("f.py", None, 5, "hello\n", None, None))
show(e)
e = SyntaxError("m", (None, 2, 0, "hello\n", 2, 0))
show(e)
e = SyntaxError("", ("", 2, 2, "hello\n", 2, 1))
show(e)
e = IndentationError("ind", ("g.py", 1, 3, "  xyz\n", 1, 6))
e.add_note("a note")
e.add_note("two\nlines")
show(e)
try:
    raise e
except SyntaxError:
    traceback.print_exc()
class MySyntax(SyntaxError):
    pass
show(MySyntax("mine", ("h.py", 4, 2, "abc\n", 4, 4)))
