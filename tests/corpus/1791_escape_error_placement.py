# A str/bytes literal's escape error is raised where CPython's parser joins the literals: at the next token, after tokenizer errors
sources = [
    'x = "\\x1" + 1', 'x = b"\\x1" + 1', 'x = "\\x1"', 'x = ("\\x1"\n "a")', 'x = 1 +* "\\x1"',
    'x = "\\x1"\ny = "unterminated', 'x = (1 + "\\N{x}"', 'def f("\\x1"): pass', 'x = "\\N{EM DASH}" f"{1}\\x1" 2',
    'match x:\n case "\\N{x}": pass', 'x = "\\x1" $', 'x = "\\U00110000" + 1', 'x = f"{1}\\N{bullet}{2}\\N{nope}" + 1',
    'x = "a" "\\u12" "b"\n', 'x = f"{"\\x1"}"',
]
for s in sources:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
