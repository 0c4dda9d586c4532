# A ** dict's str subclass keys keep their class in the callee's **kwargs (and in dict(**d), d.update(**d)).
class S(str):
    pass
def f(**kw):
    k = list(kw)[0]
    print(type(k).__name__, kw)
    return kw
f(**{S('a'): 1})
d = f(**{S('a'): 1, 'b': 2})
print([type(k).__name__ for k in d])
def g(a, **kw):
    print(a, [type(k).__name__ for k in kw])
g(**{S('a'): 1, S('z'): 3})
print(dict(**{S('q'): 1}), type(list(dict(**{S('q'): 1}))[0]).__name__)
d = {}
d.update(**{S('u'): 1})
print(type(list(d)[0]).__name__)
class H(str):
    def __hash__(self):
        return 5
def h(**kw):
    return kw
r = h(**{H('x'): 1, 'y': 2})
print(r, [type(k).__name__ for k in r])
import collections
print(type(list(collections.OrderedDict(**{S('o'): 1}))[0]).__name__)
print(type(list(dict({}, **{S('m'): 1}))[0]).__name__)
class C:
    def __init__(self, **kw):
        self.kw = kw
print([type(k).__name__ for k in C(**{S('c'): 1}).kw])
print(h(**{S('a'): 1}) == {'a': 1}, 'a' in h(**{S('a'): 1}))
class Bad(str):
    def __hash__(self):
        raise KeyError('no hash')
try:
    h(**{Bad('b'): 1})
except KeyError as e:
    print('KeyError', e)
try:
    dict(**{Bad('b'): 1})
except KeyError as e:
    print('KeyError', e)
import gc
print(gc.collect())
class Flaky(str):
    calls = 0
    def __hash__(self):
        Flaky.calls += 1
        if Flaky.calls > 1:
            raise KeyError('second hash')
        return 1
def h1(a, **kw):
    return kw
d = {Flaky('b'): 1}
try:
    h1(1, **d)
except KeyError as e:
    print('KeyError', e)
Flaky.calls = 0
d = {Flaky('b'): 1}
try:
    dict(**d)
except KeyError as e:
    print('KeyError', e)
import gc
print(gc.collect())
