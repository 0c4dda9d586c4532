# "expected 'except' or 'finally' block" sits on the token after the try block: the next statement, a dedent
# (its line, no marker) or, for compile(), the end of the last line.
import traceback
sources = [
    "try:\n    pass\nx = 1\n", "try:\n    pass\nprint(1)\n", "if 1:\n    try:\n        pass\nelse:\n    pass\n",
    "def f():\n  if x:\n      try:\n          pass\n  else:\n    pass\n", "if 1:\n    try:\n        pass\n    y = 2\n",
    "try:\n    pass\n", "try:\n    pass", "try:\n    pass\n# comment\n", "try:\n    pass\n\n\n",
    "for a in b:\n    try:\n        x = 1  # c\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    exec("if 1:\n    try:\n        pass\n")
except SyntaxError:
    traceback.print_exc(limit=0)
