# BaseException.add_note and __notes__: the note lines printed after the exception line, in a chain too.
class Weird:
    def __str__(self):
        raise RuntimeError('no str')


e = ValueError('bad value')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('two\nlines')
e.add_note('')
print(e.__notes__, type(e.__notes__).__name__)
for bad in [3, None, 4.5]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print(x)
try:
    e.add_note()
except TypeError as x:
    print(x)
e2 = KeyError('k')
e2.__notes__ = 'not a list'
try:
    e2.add_note('x')
except TypeError as x:
    print(x)
print(str(e), repr(e), e.args)


class Custom(Exception):
    def __str__(self):
        return 'custom str'


def inner():
    err = TypeError('inner problem')
    err.add_note('while doing the inner thing')
    raise err


def outer():
    try:
        inner()
    except TypeError as err:
        err.add_note('added while handling')
        exc = Custom('x')
        exc.__notes__ = ['from a list', Weird(), 42]
        raise exc from err


try:
    outer()
except Custom as c:
    print(c.__notes__[0], c.__cause__.__notes__)
    print(str(c))

try:
    try:
        outer()
    except Custom:
        raise LookupError('last') from None
except LookupError as x:
    x.__notes__ = ('a tuple', 'of notes\n')
    y = AttributeError('with a non-sequence')
    y.__notes__ = 17
    x.__context__ = y
    x.__suppress_context__ = False
    raise x
