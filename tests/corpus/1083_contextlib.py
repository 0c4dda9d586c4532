# contextlib: contextmanager (enter, exit, exceptions thrown in, swallowed, the generator's misuse), suppress,
# closing, nullcontext, ExitStack, a context manager as a decorator, and refcounts of what the generator holds.
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')

with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    {}['missing']
print('after swallow')

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)

with closing(Resource('file')) as r:
    print('using', r.name)

with nullcontext(42) as v:
    print('nullcontext', v)
with nullcontext() as v:
    print('nullcontext', v)

with ExitStack() as stack:
    for name in ('a', 'b', 'c'):
        stack.enter_context(tag(name))
    stack.callback(print, 'callback ran')
    print('body')

def cleanup(*args):
    print('cleanup', args[0] is None)
with ExitStack() as stack:
    stack.push(cleanup)
    print('pushed')

@tag('decorated')
def work():
    print('working')
work()

data = [1, 2, 3]
@contextmanager
def holding(x):
    yield x
print(sys.getrefcount(data))
with holding(data) as h:
    print(sys.getrefcount(data))
print(sys.getrefcount(data))

@contextmanager
def failing_enter():
    raise OSError(2, 'No such file')
    yield
try:
    with failing_enter():
        pass
except OSError as e:
    print('enter failed', e)

with tag('outer'):
    raise KeyError('uncaught')
