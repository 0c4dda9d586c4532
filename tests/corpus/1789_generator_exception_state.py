# A generator suspended inside `except` keeps the exception it is handling to itself (CPython's gi_exc_state): the
# caller's sys.exc_info(), bare raise and __context__ do not see it, and it sees it again when resumed.
import gc
import sys


def handler_gen():
    try:
        raise ValueError('inner')
    except ValueError:
        yield 1
        print('  resumed, handling', repr(sys.exc_info()[1]))
        yield 2
        try:
            raise TypeError('in handler')
        except TypeError as e:
            print('  context of new error:', repr(e.__context__))
    print('  after handler:', repr(sys.exc_info()[1]))
    yield 3


g = handler_gen()
print(next(g))
print('caller sees', sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    print('caller context', repr(e.__context__))
    print(next(g))
    print('caller handles', repr(sys.exc_info()[1]))
print(next(g))
try:
    raise
except RuntimeError as e:
    print('bare raise:', e)


def outside_handler():
    print('  gen sees', repr(sys.exc_info()[1]))
    yield 'x'
    print('  gen sees', repr(sys.exc_info()[1]))
    yield 'y'


o = outside_handler()
next(o)
try:
    1 / 0
except ZeroDivisionError:
    next(o)


def closing():
    try:
        raise ValueError('held')
    except ValueError:
        try:
            yield 'waiting'
        except GeneratorExit as e:
            print('  GeneratorExit context:', repr(e.__context__))
            raise


c = closing()
next(c)
c.close()


def thrown():
    try:
        raise ValueError('held')
    except ValueError:
        try:
            yield 'waiting'
        except KeyError as e:
            print('  thrown context:', repr(e.__context__))
            yield 'caught'


t = thrown()
next(t)
print(t.throw(KeyError('thrown in')))


def holder():
    try:
        raise ValueError('kept')
    except ValueError as e:
        global kept
        kept = e
        yield


h = holder()
next(h)
print('refcount while suspended', sys.getrefcount(kept))
print('referrers', sorted(type(r).__name__ for r in gc.get_referrers(kept) if type(r).__name__ != 'dict'))
del h
print('refcount after del', sys.getrefcount(kept))


def inner():
    try:
        raise LookupError('deep')
    except LookupError:
        yield 'inner'
        print('  inner resumed, handling', repr(sys.exc_info()[1]))


def outer():
    print('  outer before', repr(sys.exc_info()[1]))
    yield from inner()
    print('  outer after', repr(sys.exc_info()[1]))
    yield 'outer'


d = outer()
print(next(d))
print('caller', sys.exc_info()[0])
print(next(d))


def cycle():
    try:
        raise ValueError('cycle')
    except ValueError as e:
        e.gen = me
        yield


me = cycle()
next(me)
del me
print('collected', gc.collect() > 0)
