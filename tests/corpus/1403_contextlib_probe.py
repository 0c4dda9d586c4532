# contextlib probe: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, chdir-free helpers.
import contextlib, sys
class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.parts)
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
log = []
@contextlib.contextmanager
def tag(name):
    log.append('<' + name + '>')
    try:
        yield name.upper()
    finally:
        log.append('</' + name + '>')
def use_tag():
    with tag('b') as t:
        log.append(t)
    return log[:]
show('contextmanager', use_tag)
def tag_raises():
    log.clear()
    with tag('i'):
        raise KeyError('k')
show('cm propagates', tag_raises)
show('cm log after raise', lambda: log)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        log.append('swallowed ' + str(e))
def use_swallow():
    with swallow():
        raise ValueError('bad')
    return 'continued'
show('cm swallows', use_swallow)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
def use_no_yield():
    with no_yield():
        pass
show('cm no yield', use_no_yield)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
show('cm two yields', use_two)
show('cm repr', lambda: type(tag('x')).__name__)
def use_suppress():
    with contextlib.suppress(ZeroDivisionError, KeyError):
        1 / 0
    return 'after'
show('suppress', use_suppress)
def suppress_other():
    with contextlib.suppress(KeyError):
        [][1]
show('suppress other', suppress_other)
def suppress_none():
    with contextlib.suppress():
        raise ValueError('x')
show('suppress nothing', suppress_none)
class Res:
    def close(self):
        log.append('closed')
def use_closing():
    log.clear()
    with contextlib.closing(Res()) as r:
        log.append(type(r).__name__)
    return log[:]
show('closing', use_closing)
show('nullcontext', lambda: contextlib.nullcontext(5).__enter__())
def use_null():
    with contextlib.nullcontext() as v:
        return v
show('nullcontext none', use_null)
def use_redirect():
    buf = Buffer()
    with contextlib.redirect_stdout(buf):
        print('hidden', 42)
    return buf.getvalue()
show('redirect_stdout', use_redirect)
def use_redirect_err():
    buf = Buffer()
    with contextlib.redirect_stderr(buf):
        print('to err', file=sys.stderr)
    return buf.getvalue()
show('redirect_stderr', use_redirect_err)
def use_exitstack():
    log.clear()
    with contextlib.ExitStack() as stack:
        for n in 'abc':
            stack.enter_context(tag(n))
        stack.callback(log.append, 'callback')
        log.append('body')
    return log[:]
show('ExitStack', use_exitstack)
def exitstack_pop_all():
    log.clear()
    with contextlib.ExitStack() as stack:
        stack.enter_context(tag('p'))
        moved = stack.pop_all()
    log.append('between')
    moved.close()
    return log[:]
show('ExitStack pop_all', exitstack_pop_all)
def exitstack_suppress():
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.suppress(OSError))
        raise OSError('disk')
    return 'ok'
show('ExitStack suppress', exitstack_suppress)
def exitstack_bad():
    with contextlib.ExitStack() as stack:
        stack.enter_context(5)
show('ExitStack not cm', exitstack_bad)
def exitstack_push():
    seen = []
    def exit_cb(*exc):
        seen.append(exc[0].__name__ if exc[0] else None)
        return True
    with contextlib.ExitStack() as stack:
        stack.push(exit_cb)
        raise IndexError
    return seen
show('ExitStack push', exitstack_push)
class Managed(contextlib.ContextDecorator):
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, *exc):
        log.append('exit')
        return False
@Managed()
def decorated(x):
    log.append('call %d' % x)
    return x * 2
def use_decorated():
    log.clear()
    return decorated(21), log[:]
show('ContextDecorator', use_decorated)
@tag('deco')
def deco_fn():
    return 'inside'
def use_cm_deco():
    log.clear()
    return deco_fn(), log[:]
show('contextmanager as decorator', use_cm_deco)
class AM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
show('AbstractContextManager', lambda: (lambda m: m.__enter__() is m)(AM()))
show('isinstance ACM', lambda: isinstance(open.__class__, type) and issubclass(contextlib.ExitStack, contextlib.AbstractContextManager))
show('suppress repr type', lambda: type(contextlib.suppress()).__name__)
def redirect_returns():
    buf = Buffer()
    with contextlib.redirect_stdout(buf) as target:
        print('x', end='')
    return target is buf, buf.parts
show('redirect target', redirect_returns)
def cm_exit_result():
    cm = tag('r')
    cm.__enter__()
    return cm.__exit__(None, None, None)
show('cm __exit__ no exc', cm_exit_result)
def cm_stop_iteration():
    with tag('s'):
        raise StopIteration('inner')
show('cm StopIteration', cm_stop_iteration)
show('ExitStack callback kw', lambda: (lambda st: (st.callback(log.append, 'kw'), st.close(), log[-1])[2])(contextlib.ExitStack()))
show('closing repr type', lambda: type(contextlib.closing(None)).__name__)
def redirect_none():
    with contextlib.redirect_stdout(None):
        print('dropped', sep=5)
    return 'nothing printed'
show('redirect to None', redirect_none)
def redirect_flush():
    class Flushing(Buffer):
        def flush(self):
            self.parts.append('<flush>')
    buf = Flushing()
    with contextlib.redirect_stdout(buf):
        print('a', 'b', sep='-', flush=True)
    return buf.parts
show('redirect flush', redirect_flush)
def redirect_nested():
    outer, inner = Buffer(), Buffer()
    with contextlib.redirect_stdout(outer):
        print('1')
        with contextlib.redirect_stdout(inner):
            print('2')
        print('3')
    return outer.getvalue(), inner.getvalue(), sys.stdout is sys.__stdout__
show('redirect nested', redirect_nested)
def lost_stdout():
    saved = sys.stdout
    del sys.stdout
    try:
        print('x')
    finally:
        sys.stdout = saved
show('lost sys.stdout', lost_stdout)
