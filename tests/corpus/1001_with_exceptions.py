# with: the exception reaches __exit__ as (type, value, traceback); a true return suppresses it.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit sees', exc_type.__name__ if exc_type else None, repr(exc), type(tb).__name__)
        if exc_type is None:
            return False
        return issubclass(exc_type, self.types)

with Suppress(ZeroDivisionError):
    print('before')
    1 / 0
    print('not reached')
print('suppressed')

try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print('propagated', e)

# Any true value suppresses, any false one does not.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return self.value

for v in [1, 'yes', [0], 0, '', None, []]:
    try:
        with Returns(v):
            raise ValueError(v)
        print(repr(v), 'suppressed')
    except ValueError:
        print(repr(v), 'raised')

# The exception is being handled while __exit__ runs.
import sys
class Look:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exc_info', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Look():
    raise RuntimeError('x')
print('after', sys.exc_info())

# The traceback passed in is the exception's own.
class Keep:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(tb is v.__traceback__, tb.tb_lineno)
        return True
with Keep():
    raise KeyError('k')

# An exception raised by __exit__ replaces the original, which becomes its context.
class Fails:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError('from exit')
try:
    with Fails():
        raise ValueError('inner')
except TypeError as e:
    print(repr(e), repr(e.__context__))

# Suppressed inside a loop body: the loop goes on.
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print('iteration', i)
