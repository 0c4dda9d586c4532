# Reference counts of a generator seen from inside it, for every consumer: iter() once (PySequence_Tuple for
# f(*g)), argument tuples of METH_VARARGS builtins (max, min) and of types without vectorcall (bytes, deque).
import sys
def gen(n=2):
    for i in range(n):
        yield sys.getrefcount(g)
def fresh(n=2):
    global g
    g = gen(n)
    return g
def f(*args, **kw):
    return args
print('call*', f(*fresh()))
print('call**', f(*fresh(), **{'k': 1}))
print('list', list(fresh()))
print('tuple', tuple(fresh()))
print('set', sorted(set(fresh(1))))
print('sorted', sorted(fresh()))
print('listcomp', [x for x in fresh()])
print('genexp', list(x for x in fresh()))
print('star', [*fresh()])
print('startuple', (*fresh(),))
a, b = fresh(); print('unpack', a, b)
a, *b = fresh(3); print('unpack_ex', a, b)
print('sum', sum(fresh()))
print('max', max(fresh()))
print('min', min(fresh()))
print('join', ''.join(str(x) for x in fresh()))
print('in', 99 in fresh())
print('any', any(x > 100 for x in fresh()))
print('enumerate', list(enumerate(fresh())))
print('zip', list(zip(fresh(), 'ab')))
print('map', list(map(str, fresh())))
print('filter', list(filter(None, fresh())))
print('dict', dict.fromkeys(fresh()))
print('extend', [].extend(fresh()))
l = []; l.extend(fresh()); print('extend2', l)
l = []; l += fresh(); print('iadd', l)
for x in fresh(): print('for', x)
print('next', next(fresh()))
print('iter', list(iter(fresh())))
print('reversed-list', list(reversed(list(fresh()))))
print('yieldfrom', list((lambda: (yield from fresh()))()))
import itertools
print('chain', list(itertools.chain(fresh(), [0])))
print('islice', list(itertools.islice(fresh(3), 2)))
print('bytes', bytes(fresh()))
print('bytearray', bytearray(fresh()))
print('str.join', ','.join(map(str, fresh())))
print('frozenset', sorted(frozenset(fresh(1))))
print('all', all(fresh()))
print('dictcomp', {k: 0 for k in fresh(1)})
import collections
print('deque', collections.deque(fresh()))
print('Counter', collections.Counter(fresh(1)))
