# KeyError, IndexError, ValueError and StopIteration from builtin operations: their args, str() and repr().
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, str(e))
k = 5
t(lambda: 'abc'[k])
t(lambda: (1,)[k])
t(lambda: [1][k])
t(lambda: range(2)[k])
t(lambda: {}[(1, 2)])
t(lambda: {}[()])
t(lambda: {}[None])
t(lambda: {}['a'])
t(lambda: set().remove((1, 2)))
t(lambda: set().remove(()))
t(lambda: {}.pop((1,)))
t(lambda: {}.popitem())
t(lambda: set().pop())
t(lambda: [].pop())
t(lambda: next(iter([])))
t(lambda: '{0}'.format())
t(lambda: '{x}'.format())
t(lambda: '%(x)s' % {})
t(lambda: 'abc'.index('z'))
t(lambda: [1].remove(2))
t(lambda: [1].index(2))
t(lambda: (1,).index(2))
def f():
    d = {}
    del d['missing']
t(f)
def g():
    s = [1]
    del s[3]
t(g)
def h():
    s = [1]
    s[3] = 0
t(h)
