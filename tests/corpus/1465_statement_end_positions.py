# Statement ends seen in tracebacks: decorators, one-line bodies after `;`, `try`, `for ... else`, `import`,
# a trailing comment, and a one-line `def` whose default fails. Failures are caught, then chained.
caught = []

def attempt(f):
    try:
        f()
    except Exception as e:
        caught.append(e)

def deco_fails(tag):
    def apply(f): raise RuntimeError(tag + ' ' + f.__name__)
    return apply

def decorated_def():
    @deco_fails('def')
    def inner(): return 1

def decorated_class():
    @deco_fails('class')
    class Inner: x = 1

def stacked_decorators():
    @staticmethod
    @deco_fails('stacked')  # the lower decorator runs first
    def inner(): pass

def semicolons():
    a = 1; b = 0; c = a / b

def try_one_line():
    try: {}['missing']
    finally: pass

def for_else():
    for i in range(2): pass
    else: [][i]

def import_missing():
    import no_such_module_here  # a comment after the statement

def from_import_missing():
    from sys import no_such_name

def default_fails():
    def f(x=1 / 0): pass

def lambda_default():
    g = lambda y=int('x'): y

def class_keyword():
    class K(object, flag=True): pass

def raise_one_line():
    if True: raise KeyError('one line')

def return_one_line():
    def f(): return undefined_name
    f()

def with_one_line():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *exc): return 1 / 0
    with CM(): pass

def nested_one_line():
    for i in range(1):
        while True: break
        if i == 0: del undefined_local

for f in [decorated_def, decorated_class, stacked_decorators, semicolons, try_one_line, for_else, import_missing,
          from_import_missing, default_fails, lambda_default, class_keyword, raise_one_line, return_one_line,
          with_one_line, nested_one_line]:
    attempt(f)
for earlier, later in zip(caught, caught[1:]):
    later.__context__ = earlier
print(len(caught), 'failures')
raise caught[-1]
