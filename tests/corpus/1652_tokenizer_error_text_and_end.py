# The SyntaxError attributes of errors the tokenizer raises itself (unterminated strings, stray brackets,
# bad characters, bad number literals): the text is the line without its newline and end_offset is the
# offset. An unclosed bracket keeps the newline only when its line is the last one read.
sources = [
    ")",
    "x = )\n",
    "x = 1\n)\ny = 2\n",
    "foo(]",
    "x = (1,\n 2]\n",
    "'abc",
    "x = 'abc\ny = 2\n",
    "'''abc\ndef\n",
    "print('a' 'b)\n",
    "x = $\n",
    "€ = 1",
    "a = 1\u00a0\n",
    "x = 0777\n",
    "x = 1__0\n",
    "x = 0b2\n",
    "x = 1e\n",
    "x = 1e5j5\n",
    "x = 0x\n",
    "x = 1_\n",
    "x = (1,\n",
    "x = (1,\n\n\n",
    "x = [1,\n2",
    "x = [1,\n2\n",
    "x = 1 \\ 2\n",
    "if x:\n        a\n    b\n",
    "foo(a b,\n 3)\n",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(source), "compiled")
