# A SyntaxError raised by exec() and never caught: the <string> location, its text and caret, after a chain.
def run(source):
    exec(source, {})


try:
    run('total = sum(values')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    raise SyntaxError('hand made', ('custom.py', 3, 5, '    bad code here\n', 3, 9))
except SyntaxError as e:
    print(str(e))
    try:
        exec('print(lenght)', {'length': 1})
    except NameError:
        try:
            eval('x = 1')
        finally:
            run('for i in range(3):\nprint(i)')
