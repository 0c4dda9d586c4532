# with inside generators: a suspended generator keeps its with block open; closing it sends GeneratorExit
# through __exit__; finishing it normally calls __exit__(None, None, None).
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return False

def gen():
    with Log('gen'):
        yield 1
        yield 2
    yield 'after'

g = gen()
print(next(g))
print(next(g))
print(next(g))
print(list(g))

g = gen()
print(next(g))
g.close()
print('closed')

g = gen()
print(next(g))
try:
    g.throw(ValueError('thrown'))
except ValueError as e:
    print('caught', e)

# A with block that suppresses what is thrown in keeps the generator going.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('swallow', t.__name__ if t else None)
        return t is KeyError

def resilient():
    for i in range(3):
        with Swallow():
            yield i
    yield 'end'

r = resilient()
print(next(r))
print(r.throw(KeyError('k')))
print(list(r))

# The manager's __enter__ and __exit__ can themselves be generators' work.
def counter():
    n = 0
    while True:
        n += 1
        yield n
class FromGen:
    def __init__(self):
        self.c = counter()
    def __enter__(self):
        return next(self.c)
    def __exit__(self, *a):
        print('exit at', next(self.c))
with FromGen() as first:
    print('first', first)

# Generator expressions inside a with body.
with Log('genexpr'):
    print(sum(x * x for x in range(4)))

# del of a suspended generator closes it (refcount reaches zero).
g = gen()
next(g)
del g
print('deleted')
