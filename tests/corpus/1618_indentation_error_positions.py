for src in ["if 1:\n    x=1\n  y=2\n", "if 1:\n\tx=1\n        y=2\n", "def f():\n    pass\n  pass\n", "if 1:\n  if 2:\n      x\n    y\n", "  x = 1\n", "x = 1\n    y = 2\n", "class A:\npass\n", "while x:\n# c\nprint(2)\n", "if 1:\n    pass\n  else:\n    pass\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
for src in ["if True:\nprint(1)\n", "if True:\nxyz = 1\n", "if 1:\n  x=1\n    y=2\n", "class A:\n  def f(self):\n  return 1\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
src = "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101))
try:
    compile(src, "s", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
