# exec, eval and compile through the playground's own compiler: namespaces, modes, code objects, errors.
x = 10
print(eval('x + 1'))
exec('y = x * 2')
print(y)
def f(a):
    b = a + 1
    print(eval('a + b'))
    exec('c = 5')
    print(sorted(locals()))
    exec('print(a, b)')
f(1)
g = {'x': 3}
exec('def h(n):\n    return n * x\nclass K:\n    v = x\nz = h(4)', g)
print(sorted(g), g['z'], g['K'].v, type(g['__builtins__']).__name__)
code = compile('q = 7\nprint(q)', 'mycode', 'exec')
print(code.co_filename, code.co_name)
exec(code)
print(q)
e = compile('x * 3', 'e', 'eval')
print(eval(e), eval(e, {'x': 'ab'}))
s = compile('x\nif x: x + 1', 's', 'exec')
single = compile('x', 's', 'single')
exec(single)
exec(compile('for i in range(3): i\n', 's', 'single'))
exec(compile('None', 's', 'single'))
print(_)
print(eval('[i * i for i in range(4)]'))
print(eval('(lambda t: t + x)(5)', {'x': 100}))
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
print(eval('__name__'), eval('__name__', {}))
try:
    exec('1/0')
except ZeroDivisionError as err:
    print(err)
try:
    eval('x = 1', {})
except SyntaxError as err:
    print(repr(err), err.lineno, err.offset, err.text)
exec('def boom():\n    raise ValueError("inside")')
try:
    boom()
except ValueError as err:
    print(err)
exec('import math\nprint(math.pi)')
print(eval('len'))
for src in ['x = (1', 'return 5', 'a b', 'for x in 1:\n  break\nbreak']:
    try:
        compile(src, 'probe.py', 'exec')
    except SyntaxError as err:
        print(type(err).__name__, err.args, str(err))
for src, mode in [('a = 1\nb = 2', 'single'), ('', 'eval'), ('\n', 'eval'), ('import os', 'eval'), ('1', 'bad')]:
    try:
        compile(src, 's', mode)
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err.args)
for bad in [lambda: exec(1), lambda: eval(1), lambda: exec('1', []), lambda: eval('1', []), lambda: exec('1', {}, 1),
            lambda: eval('1', {}, 1), lambda: exec(), lambda: eval(), lambda: exec('1', globals=None),
            lambda: compile(1, 's', 'exec'), lambda: compile('1', 2, 'exec'), lambda: compile('1', 's')]:
    try:
        bad()
    except TypeError as err:
        print(err)
print(eval('len', {'__builtins__': {'len': 'mine'}}))
try:
    eval('len', {'__builtins__': {}})
except NameError as err:
    print(err)
print(SyntaxError('m', ('f', 1, 2, 't')).lineno, str(SyntaxError('m', ('/a/b/f.py', 1, 2, 't'))))
print(str(SyntaxError('m', (None, 1, 2, 't'))), str(SyntaxError('m', ('f', None, 2, 't'))))
print(SyntaxError('m').filename, SyntaxError('m').print_file_and_line, SyntaxError().msg, SyntaxError('a', 'b', 'c').msg)
exec('raise KeyError("from exec")')
