# Only 'exec' input gets an implied final newline: elsewhere a parser that runs out of input fails at ENDMARKER,
# which has no column (offset 0), and the error's text is the line as given. A line continuation right before
# the end is "unexpected EOF while parsing". eval() skips leading blanks, compile(..., 'eval') does not.
for src in ["1 +", "1 + ", "1 +\n", "1 2", "1 2 ", "[1,", "f(", "1 +\n\n", "  1 +", "1 +#c", "lambda:", "1 if", "not",
            "1 + \\\n", "a.", "a[1", "x = 5", "x = 5\n", "if x: pass"]:
    for mode in ("eval", "exec", "single"):
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(eval('\t 1 + 1'), eval(' [1,\n 2]'))
try:
    eval('  1 +')
except SyntaxError as e:
    print(e.msg, e.offset, repr(e.text))
# 'single': a compound statement whose last line is a one-line clause at the margin needs its final newline.
for src in ['if x:\n  pass', 'if x: pass', 'if x:\n  pass\n', 'for a in b: pass', 'x = 1', 'def f(): pass', 'class A: pass',
            'with a: pass', '@d\ndef f(): pass', 'try: pass\nfinally: pass', 'while 1: pass', 'x = 1;', 'if x: pass\n\n',
            'match x:\n case 1: pass', 'async def f(): pass', 'try: pass\nexcept* E: pass', 'async with a: pass']:
    try:
        compile(src, '<s>', 'single')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
