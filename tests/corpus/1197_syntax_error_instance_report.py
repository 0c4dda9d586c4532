# Raised SyntaxError instances print their own file, line, text and caret (print_exception_file_and_line).
errors = [
    SyntaxError('plain message'),
    SyntaxError('m', ('f.py', 3, 2, '  abc def\n', 3, 6)),
    SyntaxError('no file', (None, 3, 2, None)),
    IndentationError('indent', ('f.py', 3, 2, 'abc', 3, 6)),
    SyntaxError('', ('f.py', 3, 2, 'abc', 3, 6)),
    SyntaxError('past the end', ('f.py', 1, 9, 'abc', 1, 99)),
    SyntaxError('many lines', ('f.py', 1, 2, 'abc', 2, 99)),
    SyntaxError('no line', ('f.py', None, 2, 'abc')),
    TabError('tabs', ('t.py', 7, 1, '\tx\n')),
]


def chain(i):
    try:
        raise errors[i]
    finally:
        if i + 1 < len(errors):
            chain(i + 1)


chain(0)
