# "expected an indented block" when the source ends (or dedents) where the block should start: CPython places it at
# the end of the source's last line with no end (end_offset -1), or at a DEDENT's column 0; we placed it on the line
# after the end with a caret.
cases = ['x = 1\ndef f():\n', 'x = 1\ndef f():', 'class A:\n    def f(self):\n', 'if x:\n', 'for i in y:\n\n\n',
         'def f():\n    # c\n', 'while 1:\n  \n', 'def f():\n# c', 'class A:\n    def f(self):\nx = 1\n', 'match x:\n',
         'match x:\n    case 1:\n', 'try:\n', 'try:\n    pass\nexcept:\n', 'with a:\n', 'if a:\n    pass\nelse:\n', 'if a:\n    if b:\n']
for src in cases:
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.msg)
