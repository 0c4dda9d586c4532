# gc.get_count() after each small operation, from a clean state (gc.collect() empties the free lists).
import gc, sys
results = []
gc.collect()
c0 = gc.get_count()[0]
pass
c1 = gc.get_count()[0]
results.append(('pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = []
c1 = gc.get_count()[0]
results.append(('a = []', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = [1, 2, 3]
c1 = gc.get_count()[0]
results.append(('a = [1, 2, 3]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = {}
c1 = gc.get_count()[0]
results.append(('a = {}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = {'x': 1}
c1 = gc.get_count()[0]
results.append(('a = {\'x\': 1}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = (1, 2)
c1 = gc.get_count()[0]
results.append(('a = (1, 2)', c1 - c0 - 1))
x = 1
gc.collect()
c0 = gc.get_count()[0]
a = (x, 2)
c1 = gc.get_count()[0]
results.append(('a = (x, 2)', c1 - c0 - 1))
x = []
gc.collect()
c0 = gc.get_count()[0]
a = (x, 2)
c1 = gc.get_count()[0]
results.append(('a = (x, 2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = set()
c1 = gc.get_count()[0]
results.append(('a = set()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = {1, 2}
c1 = gc.get_count()[0]
results.append(('a = {1, 2}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = frozenset()
c1 = gc.get_count()[0]
results.append(('a = frozenset()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = []
del a
c1 = gc.get_count()[0]
results.append(('a = []; del a', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = []
del a
b = []
c1 = gc.get_count()[0]
results.append(('a = []; del a; b = []', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = {}
del a
b = {}
c1 = gc.get_count()[0]
results.append(('a = {}; del a; b = {}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
def f(): pass
c1 = gc.get_count()[0]
results.append(('def f(): pass', c1 - c0 - 1))
def f(): pass
gc.collect()
c0 = gc.get_count()[0]
f()
c1 = gc.get_count()[0]
results.append(('f()', c1 - c0 - 1))
def f(x): return x
gc.collect()
c0 = gc.get_count()[0]
f(1)
c1 = gc.get_count()[0]
results.append(('f(1)', c1 - c0 - 1))
def f(*a): return a
gc.collect()
c0 = gc.get_count()[0]
f(1)
c1 = gc.get_count()[0]
results.append(('f(1)', c1 - c0 - 1))
def f(**k): return k
gc.collect()
c0 = gc.get_count()[0]
f(x=1)
c1 = gc.get_count()[0]
results.append(('f(x=1)', c1 - c0 - 1))
def f(): return [1]
gc.collect()
c0 = gc.get_count()[0]
f()
c1 = gc.get_count()[0]
results.append(('f()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A: pass
c1 = gc.get_count()[0]
results.append(('class A: pass', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
x = A()
c1 = gc.get_count()[0]
results.append(('x = A()', c1 - c0 - 1))
class A:
  def __init__(self): self.v = 1
gc.collect()
c0 = gc.get_count()[0]
x = A()
c1 = gc.get_count()[0]
results.append(('x = A()', c1 - c0 - 1))
class A:
  def __init__(self, v): self.v = v
gc.collect()
c0 = gc.get_count()[0]
x = A(1)
c1 = gc.get_count()[0]
results.append(('x = A(1)', c1 - c0 - 1))
class A:
  __slots__ = ('v',)
  def __init__(self, v): self.v = v
gc.collect()
c0 = gc.get_count()[0]
x = A(1)
c1 = gc.get_count()[0]
results.append(('x = A(1)', c1 - c0 - 1))
class A: pass
x = A()
gc.collect()
c0 = gc.get_count()[0]
x.y = 1
c1 = gc.get_count()[0]
results.append(('x.y = 1', c1 - c0 - 1))
class A: pass
x = A()
gc.collect()
c0 = gc.get_count()[0]
d = x.__dict__
c1 = gc.get_count()[0]
results.append(('d = x.__dict__', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
def outer():
  v = 1
  def inner(): return v
  return inner
g = outer()
c1 = gc.get_count()[0]
results.append(('def outer():;   v = 1;   def inner(): return v;   return inner; g = outer()', c1 - c0 - 1))
def gen():
  yield 1
gc.collect()
c0 = gc.get_count()[0]
g = gen()
c1 = gc.get_count()[0]
results.append(('g = gen()', c1 - c0 - 1))
def gen():
  yield 1
g = gen()
gc.collect()
c0 = gc.get_count()[0]
next(g)
c1 = gc.get_count()[0]
results.append(('next(g)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
for i in range(3): pass
c1 = gc.get_count()[0]
results.append(('for i in range(3): pass', c1 - c0 - 1))
a = [1,2,3]
gc.collect()
c0 = gc.get_count()[0]
for i in a: pass
c1 = gc.get_count()[0]
results.append(('for i in a: pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a = [i for i in range(3)]
c1 = gc.get_count()[0]
results.append(('a = [i for i in range(3)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
f = lambda: 1
c1 = gc.get_count()[0]
results.append(('f = lambda: 1', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
print(1)
c1 = gc.get_count()[0]
results.append(('print(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
print(1)
print(2)
c1 = gc.get_count()[0]
results.append(('print(1); print(2)', c1 - c0 - 1))
a = [1]
gc.collect()
c0 = gc.get_count()[0]
m = a.append
c1 = gc.get_count()[0]
results.append(('m = a.append', c1 - c0 - 1))
a = [1]
gc.collect()
c0 = gc.get_count()[0]
a.append(2)
c1 = gc.get_count()[0]
results.append(('a.append(2)', c1 - c0 - 1))
d = {1:2}
gc.collect()
c0 = gc.get_count()[0]
v = d.items()
c1 = gc.get_count()[0]
results.append(('v = d.items()', c1 - c0 - 1))
d = {1:2}
gc.collect()
c0 = gc.get_count()[0]
for k, v in d.items(): pass
c1 = gc.get_count()[0]
results.append(('for k, v in d.items(): pass', c1 - c0 - 1))
a=[1,2]
gc.collect()
c0 = gc.get_count()[0]
for i, v in enumerate(a): pass
c1 = gc.get_count()[0]
results.append(('for i, v in enumerate(a): pass', c1 - c0 - 1))
a=[1,2]
gc.collect()
c0 = gc.get_count()[0]
for x, y in zip(a, a): pass
c1 = gc.get_count()[0]
results.append(('for x, y in zip(a, a): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
try:
  raise ValueError('x')
except ValueError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   raise ValueError(\'x\'); except ValueError:;   pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
try:
  1/0
except ZeroDivisionError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   1/0; except ZeroDivisionError:;   pass', c1 - c0 - 1))
import weakref
class A: pass
x = A()
gc.collect()
c0 = gc.get_count()[0]
r = weakref.ref(x)
c1 = gc.get_count()[0]
results.append(('r = weakref.ref(x)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
s = 'a b'.split()
c1 = gc.get_count()[0]
results.append(('s = \'a b\'.split()', c1 - c0 - 1))
a = [3,1]
gc.collect()
c0 = gc.get_count()[0]
b = sorted(a)
c1 = gc.get_count()[0]
results.append(('b = sorted(a)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = str([1])
c1 = gc.get_count()[0]
results.append(('x = str([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr({1: 2})
c1 = gc.get_count()[0]
results.append(('x = repr({1: 2})', c1 - c0 - 1))
x = [1]
gc.collect()
c0 = gc.get_count()[0]
y = repr(x)
z = repr(x)
c1 = gc.get_count()[0]
results.append(('y = repr(x); z = repr(x)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
sys.getrefcount(1)
c1 = gc.get_count()[0]
results.append(('sys.getrefcount(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_count()
c1 = gc.get_count()[0]
results.append(('x = gc.get_count()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = len([1])
c1 = gc.get_count()[0]
results.append(('x = len([1])', c1 - c0 - 1))
a = [1,2,3]
gc.collect()
c0 = gc.get_count()[0]
b = a[1:]
c1 = gc.get_count()[0]
results.append(('b = a[1:]', c1 - c0 - 1))
a = [1,2,3]
gc.collect()
c0 = gc.get_count()[0]
b = a[:]
c1 = gc.get_count()[0]
results.append(('b = a[:]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = list(range(3))
c1 = gc.get_count()[0]
results.append(('x = list(range(3))', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dict(a=1)
c1 = gc.get_count()[0]
results.append(('x = dict(a=1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = tuple([1,2])
c1 = gc.get_count()[0]
results.append(('x = tuple([1,2])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
a, b = 1, 2
c1 = gc.get_count()[0]
results.append(('a, b = 1, 2', c1 - c0 - 1))
x = 1
y = 2
gc.collect()
c0 = gc.get_count()[0]
x, y = y, x
c1 = gc.get_count()[0]
results.append(('x, y = y, x', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = f'{1}'
c1 = gc.get_count()[0]
results.append(('x = f\'{1}\'', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = isinstance(1, int)
c1 = gc.get_count()[0]
results.append(('x = isinstance(1, int)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = iter([1])
c1 = gc.get_count()[0]
results.append(('x = iter([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
try:
  1/0
except ZeroDivisionError as e:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   1/0; except ZeroDivisionError as e:;   pass', c1 - c0 - 1))
def f(): return 1/0
gc.collect()
c0 = gc.get_count()[0]
try:
  f()
except ZeroDivisionError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   f(); except ZeroDivisionError:;   pass', c1 - c0 - 1))
def f():
  try:
    1/0
  except ZeroDivisionError:
    pass
gc.collect()
c0 = gc.get_count()[0]
f()
c1 = gc.get_count()[0]
results.append(('f()', c1 - c0 - 1))
def f(): return 1/0
gc.collect()
c0 = gc.get_count()[0]
try:
  f()
except ZeroDivisionError as e:
  err = e
c1 = gc.get_count()[0]
results.append(('try:;   f(); except ZeroDivisionError as e:;   err = e', c1 - c0 - 1))
def f(): return 1/0
def g(): return f()
gc.collect()
c0 = gc.get_count()[0]
try:
  g()
except ZeroDivisionError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   g(); except ZeroDivisionError:;   pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
try:
  raise ValueError('x')
except ValueError:
  pass
try:
  raise ValueError('x')
except ValueError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   raise ValueError(\'x\'); except ValueError:;   pass; try:;   raise ValueError(\'x\'); except ValueError:;   pass', c1 - c0 - 1))
d = {}
gc.collect()
c0 = gc.get_count()[0]
try:
  d['k']
except KeyError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   d[\'k\']; except KeyError:;   pass', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
try:
  A().q
except AttributeError:
  pass
c1 = gc.get_count()[0]
results.append(('try:;   A().q; except AttributeError:;   pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = int('5') if True else 0
c1 = gc.get_count()[0]
results.append(('x = int(\'5\') if True else 0', c1 - c0 - 1))
def g():
  yield 1
  yield 2
gc.collect()
c0 = gc.get_count()[0]
for v in g(): pass
c1 = gc.get_count()[0]
results.append(('for v in g(): pass', c1 - c0 - 1))
def g():
  yield 1
gc.collect()
c0 = gc.get_count()[0]
x = list(g())
c1 = gc.get_count()[0]
results.append(('x = list(g())', c1 - c0 - 1))
it = iter([1])
gc.collect()
c0 = gc.get_count()[0]
next(it)
try:
  next(it)
except StopIteration:
  pass
c1 = gc.get_count()[0]
results.append(('next(it); try:;   next(it); except StopIteration:;   pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = list(map(str, [1]))
c1 = gc.get_count()[0]
results.append(('x = list(map(str, [1]))', c1 - c0 - 1))
y = [1]
gc.collect()
c0 = gc.get_count()[0]
x = list(map(str, y))
c1 = gc.get_count()[0]
results.append(('x = list(map(str, y))', c1 - c0 - 1))
y = [1]
gc.collect()
c0 = gc.get_count()[0]
m = map(str, y)
c1 = gc.get_count()[0]
results.append(('m = map(str, y)', c1 - c0 - 1))
y = [1]
gc.collect()
c0 = gc.get_count()[0]
m = map(str, y)
x = list(m)
c1 = gc.get_count()[0]
results.append(('m = map(str, y); x = list(m)', c1 - c0 - 1))
y = [1]
m = map(str, y)
gc.collect()
c0 = gc.get_count()[0]
x = list(m)
c1 = gc.get_count()[0]
results.append(('x = list(m)', c1 - c0 - 1))
y = [1]
m = iter(y)
gc.collect()
c0 = gc.get_count()[0]
x = list(m)
c1 = gc.get_count()[0]
results.append(('x = list(m)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
print(1)
print(2)
print(3)
c1 = gc.get_count()[0]
results.append(('print(1); print(2); print(3)', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(1)
c1 = gc.get_count()[0]
results.append(('print(1)', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print([1])
c1 = gc.get_count()[0]
results.append(('print([1])', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print({1:2})
c1 = gc.get_count()[0]
results.append(('print({1:2})', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(1, 2)
c1 = gc.get_count()[0]
results.append(('print(1, 2)', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print('a', end='')
c1 = gc.get_count()[0]
results.append(('print(\'a\', end=\'\')', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print((1,2))
c1 = gc.get_count()[0]
results.append(('print((1,2))', c1 - c0 - 1))
print([0])
gc.collect()
c0 = gc.get_count()[0]
print([1])
c1 = gc.get_count()[0]
results.append(('print([1])', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(str([1]))
c1 = gc.get_count()[0]
results.append(('print(str([1]))', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
x = str([1])
c1 = gc.get_count()[0]
results.append(('x = str([1])', c1 - c0 - 1))
print(0)
x=str([0])
gc.collect()
c0 = gc.get_count()[0]
x = str([1])
c1 = gc.get_count()[0]
results.append(('x = str([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr([1])
c1 = gc.get_count()[0]
results.append(('x = repr([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr([])
c1 = gc.get_count()[0]
results.append(('x = repr([])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr((1,))
c1 = gc.get_count()[0]
results.append(('x = repr((1,))', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr({})
c1 = gc.get_count()[0]
results.append(('x = repr({})', c1 - c0 - 1))
class A: pass
x=A()
gc.collect()
c0 = gc.get_count()[0]
y = repr(x)
c1 = gc.get_count()[0]
results.append(('y = repr(x)', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
x = A()
del x
c1 = gc.get_count()[0]
results.append(('x = A(); del x', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
x = A()
x.v=1
del x
c1 = gc.get_count()[0]
results.append(('x = A(); x.v=1; del x', c1 - c0 - 1))
def f(): pass
gc.collect()
c0 = gc.get_count()[0]
x = [f() for i in range(10)]
c1 = gc.get_count()[0]
results.append(('x = [f() for i in range(10)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [[] for i in range(10)]
c1 = gc.get_count()[0]
results.append(('x = [[] for i in range(10)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [[] for i in range(10)]
del x
c1 = gc.get_count()[0]
results.append(('x = [[] for i in range(10)]; del x', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [[] for i in range(10)]
del x
y = [[] for i in range(10)]
c1 = gc.get_count()[0]
results.append(('x = [[] for i in range(10)]; del x; y = [[] for i in range(10)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [(i,) for i in range(10)]
c1 = gc.get_count()[0]
results.append(('x = [(i,) for i in range(10)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [{} for i in range(10)]
c1 = gc.get_count()[0]
results.append(('x = [{} for i in range(10)]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = {i: [] for i in range(3)}
c1 = gc.get_count()[0]
results.append(('x = {i: [] for i in range(3)}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = {i for i in range(3)}
c1 = gc.get_count()[0]
results.append(('x = {i for i in range(3)}', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = (i for i in range(3))
c1 = gc.get_count()[0]
results.append(('x = (i for i in range(3))', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = sum(i for i in range(3))
c1 = gc.get_count()[0]
results.append(('x = sum(i for i in range(3))', c1 - c0 - 1))
def f(a, b): pass
gc.collect()
c0 = gc.get_count()[0]
f(1, b=2)
c1 = gc.get_count()[0]
results.append(('f(1, b=2)', c1 - c0 - 1))
def f(a, b=3): pass
gc.collect()
c0 = gc.get_count()[0]
f(1)
c1 = gc.get_count()[0]
results.append(('f(1)', c1 - c0 - 1))
class A:
  def m(self): pass
x=A()
gc.collect()
c0 = gc.get_count()[0]
x.m()
c1 = gc.get_count()[0]
results.append(('x.m()', c1 - c0 - 1))
class A:
  def m(self): pass
x=A()
gc.collect()
c0 = gc.get_count()[0]
b = x.m
c1 = gc.get_count()[0]
results.append(('b = x.m', c1 - c0 - 1))
class A:
  def __init__(self, a, b): pass
gc.collect()
c0 = gc.get_count()[0]
x=A(1, 2)
c1 = gc.get_count()[0]
results.append(('x=A(1, 2)', c1 - c0 - 1))
class A:
  def __init__(self, a, b): pass
gc.collect()
c0 = gc.get_count()[0]
x=A(1, b=2)
c1 = gc.get_count()[0]
results.append(('x=A(1, b=2)', c1 - c0 - 1))
class A:
  def __init__(self, a): pass
class B(A): pass
gc.collect()
c0 = gc.get_count()[0]
x=B(1)
c1 = gc.get_count()[0]
results.append(('x=B(1)', c1 - c0 - 1))
class A:
  def __init__(self, a): super().__init__()

gc.collect()
c0 = gc.get_count()[0]
x=A(1)
c1 = gc.get_count()[0]
results.append(('x=A(1)', c1 - c0 - 1))
class A:
  @property
  def p(self): return 1
x=A()
gc.collect()
c0 = gc.get_count()[0]
y = x.p
c1 = gc.get_count()[0]
results.append(('y = x.p', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  def m(self): pass
c1 = gc.get_count()[0]
results.append(('class A:;   def m(self): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  x = 1
  y = 2
c1 = gc.get_count()[0]
results.append(('class A:;   x = 1;   y = 2', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
class B(A): pass
c1 = gc.get_count()[0]
results.append(('class B(A): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  __slots__ = ('v',)
c1 = gc.get_count()[0]
results.append(('class A:;   __slots__ = (\'v\',)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
import weakref
c1 = gc.get_count()[0]
results.append(('import weakref', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
import math
c1 = gc.get_count()[0]
results.append(('import math', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = list()
c1 = gc.get_count()[0]
results.append(('x = list()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = [1] * 3
c1 = gc.get_count()[0]
results.append(('x = [1] * 3', c1 - c0 - 1))
a=[1]
gc.collect()
c0 = gc.get_count()[0]
x = a + a
c1 = gc.get_count()[0]
results.append(('x = a + a', c1 - c0 - 1))
a=[1]
gc.collect()
c0 = gc.get_count()[0]
a += a
c1 = gc.get_count()[0]
results.append(('a += a', c1 - c0 - 1))
a=(1,2)
gc.collect()
c0 = gc.get_count()[0]
x = a + a
c1 = gc.get_count()[0]
results.append(('x = a + a', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dict()
c1 = gc.get_count()[0]
results.append(('x = dict()', c1 - c0 - 1))
a={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = a.copy()
c1 = gc.get_count()[0]
results.append(('x = a.copy()', c1 - c0 - 1))
a={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = list(a)
c1 = gc.get_count()[0]
results.append(('x = list(a)', c1 - c0 - 1))
a={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = a.keys()
c1 = gc.get_count()[0]
results.append(('x = a.keys()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = str(1)
c1 = gc.get_count()[0]
results.append(('x = str(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = len('ab')
c1 = gc.get_count()[0]
results.append(('x = len(\'ab\')', c1 - c0 - 1))
x=[1]
gc.collect()
c0 = gc.get_count()[0]
x.pop()
c1 = gc.get_count()[0]
results.append(('x.pop()', c1 - c0 - 1))
x=[1,2]
gc.collect()
c0 = gc.get_count()[0]
x.sort()
c1 = gc.get_count()[0]
results.append(('x.sort()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = range(3)
c1 = gc.get_count()[0]
results.append(('x = range(3)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = max([1,2])
c1 = gc.get_count()[0]
results.append(('x = max([1,2])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = max(1,2)
c1 = gc.get_count()[0]
results.append(('x = max(1,2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a,b'.split(',')
c1 = gc.get_count()[0]
results.append(('x = \'a,b\'.split(\',\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = ','.join(['a','b'])
c1 = gc.get_count()[0]
results.append(('x = \',\'.join([\'a\',\'b\'])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'abc'.upper()
c1 = gc.get_count()[0]
results.append(('x = \'abc\'.upper()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 1.5 + 2
c1 = gc.get_count()[0]
results.append(('x = 1.5 + 2', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 10**30
c1 = gc.get_count()[0]
results.append(('x = 10**30', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = sys.getsizeof([])
c1 = gc.get_count()[0]
results.append(('x = sys.getsizeof([])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.is_tracked([])
c1 = gc.get_count()[0]
results.append(('x = gc.is_tracked([])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_threshold()
c1 = gc.get_count()[0]
results.append(('x = gc.get_threshold()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.isenabled()
c1 = gc.get_count()[0]
results.append(('x = gc.isenabled()', c1 - c0 - 1))
a=[1]
gc.collect()
c0 = gc.get_count()[0]
x = id(a)
c1 = gc.get_count()[0]
results.append(('x = id(a)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = type(1)
c1 = gc.get_count()[0]
results.append(('x = type(1)', c1 - c0 - 1))
a=[1]
gc.collect()
c0 = gc.get_count()[0]
x = a[0]
c1 = gc.get_count()[0]
results.append(('x = a[0]', c1 - c0 - 1))
a={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = a[1]
c1 = gc.get_count()[0]
results.append(('x = a[1]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
assert True
c1 = gc.get_count()[0]
results.append(('assert True', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = hash('a')
c1 = gc.get_count()[0]
results.append(('x = hash(\'a\')', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,)
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t=(y,); del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,y)
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t=(y,y); del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=[]
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t=[]; del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t={}
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t={}; del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,y,y)
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t=(y,y,y); del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,y,y,y)
del t
print(1)
c1 = gc.get_count()[0]
results.append(('t=(y,y,y,y); del t; print(1)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,)
del t
print(1)
print(2)
c1 = gc.get_count()[0]
results.append(('t=(y,); del t; print(1); print(2)', c1 - c0 - 1))
print(0)
y=[]
gc.collect()
c0 = gc.get_count()[0]
t=(y,)
print(1)
c1 = gc.get_count()[0]
results.append(('t=(y,); print(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = int('1')
c1 = gc.get_count()[0]
results.append(('x = int(\'1\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = int(1.5)
c1 = gc.get_count()[0]
results.append(('x = int(1.5)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = float('1.5')
c1 = gc.get_count()[0]
results.append(('x = float(\'1.5\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = bool(1)
c1 = gc.get_count()[0]
results.append(('x = bool(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = list((1,))
c1 = gc.get_count()[0]
results.append(('x = list((1,))', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = tuple(y)
c1 = gc.get_count()[0]
results.append(('x = tuple(y)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dict({1:2})
c1 = gc.get_count()[0]
results.append(('x = dict({1:2})', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = set((1,))
c1 = gc.get_count()[0]
results.append(('x = set((1,))', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = frozenset((1,))
c1 = gc.get_count()[0]
results.append(('x = frozenset((1,))', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = enumerate(y)
c1 = gc.get_count()[0]
results.append(('x = enumerate(y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = zip(y, y)
c1 = gc.get_count()[0]
results.append(('x = zip(y, y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = zip(y)
c1 = gc.get_count()[0]
results.append(('x = zip(y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = map(len, y)
c1 = gc.get_count()[0]
results.append(('x = map(len, y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = filter(None, y)
c1 = gc.get_count()[0]
results.append(('x = filter(None, y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = reversed(y)
c1 = gc.get_count()[0]
results.append(('x = reversed(y)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = object()
c1 = gc.get_count()[0]
results.append(('x = object()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = slice(1, 2)
c1 = gc.get_count()[0]
results.append(('x = slice(1, 2)', c1 - c0 - 1))
def f(): pass
gc.collect()
c0 = gc.get_count()[0]
x = property(f)
c1 = gc.get_count()[0]
results.append(('x = property(f)', c1 - c0 - 1))
def f(): pass
gc.collect()
c0 = gc.get_count()[0]
x = staticmethod(f)
c1 = gc.get_count()[0]
results.append(('x = staticmethod(f)', c1 - c0 - 1))
def f(): pass
gc.collect()
c0 = gc.get_count()[0]
x = classmethod(f)
c1 = gc.get_count()[0]
results.append(('x = classmethod(f)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = iter(y)
c1 = gc.get_count()[0]
results.append(('x = iter(y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sorted(y)
c1 = gc.get_count()[0]
results.append(('x = sorted(y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sum(y)
c1 = gc.get_count()[0]
results.append(('x = sum(y)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = min(y)
c1 = gc.get_count()[0]
results.append(('x = min(y)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = min(1, 2)
c1 = gc.get_count()[0]
results.append(('x = min(1, 2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = abs(-1)
c1 = gc.get_count()[0]
results.append(('x = abs(-1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = round(1.5)
c1 = gc.get_count()[0]
results.append(('x = round(1.5)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = divmod(7, 2)
c1 = gc.get_count()[0]
results.append(('x = divmod(7, 2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = pow(2, 3)
c1 = gc.get_count()[0]
results.append(('x = pow(2, 3)', c1 - c0 - 1))
class A: pass
a=A()
gc.collect()
c0 = gc.get_count()[0]
x = getattr(a, 'q', 1)
c1 = gc.get_count()[0]
results.append(('x = getattr(a, \'q\', 1)', c1 - c0 - 1))
class A: pass
a=A()
gc.collect()
c0 = gc.get_count()[0]
setattr(a, 'q', 1)
c1 = gc.get_count()[0]
results.append(('setattr(a, \'q\', 1)', c1 - c0 - 1))
class A: pass
a=A()
gc.collect()
c0 = gc.get_count()[0]
x = hasattr(a, 'q')
c1 = gc.get_count()[0]
results.append(('x = hasattr(a, \'q\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = '{}'.format(1)
c1 = gc.get_count()[0]
results.append(('x = \'{}\'.format(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = '{a}'.format(a=1)
c1 = gc.get_count()[0]
results.append(('x = \'{a}\'.format(a=1)', c1 - c0 - 1))
d={}
gc.collect()
c0 = gc.get_count()[0]
d.update({1: 2})
c1 = gc.get_count()[0]
results.append(('d.update({1: 2})', c1 - c0 - 1))
d={}
gc.collect()
c0 = gc.get_count()[0]
d.update(a=1)
c1 = gc.get_count()[0]
results.append(('d.update(a=1)', c1 - c0 - 1))
d={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = d.get(1)
c1 = gc.get_count()[0]
results.append(('x = d.get(1)', c1 - c0 - 1))
d={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = d.pop(1)
c1 = gc.get_count()[0]
results.append(('x = d.pop(1)', c1 - c0 - 1))
d={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = d.setdefault(3, 4)
c1 = gc.get_count()[0]
results.append(('x = d.setdefault(3, 4)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
x = l.pop(0)
c1 = gc.get_count()[0]
results.append(('x = l.pop(0)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
l.insert(0, 5)
c1 = gc.get_count()[0]
results.append(('l.insert(0, 5)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
x = l.index(2)
c1 = gc.get_count()[0]
results.append(('x = l.index(2)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
x = l.count(2)
c1 = gc.get_count()[0]
results.append(('x = l.count(2)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
l.extend([3])
c1 = gc.get_count()[0]
results.append(('l.extend([3])', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
l.remove(1)
c1 = gc.get_count()[0]
results.append(('l.remove(1)', c1 - c0 - 1))
l=[1,2]
gc.collect()
c0 = gc.get_count()[0]
l.reverse()
c1 = gc.get_count()[0]
results.append(('l.reverse()', c1 - c0 - 1))
l=[2,1]
gc.collect()
c0 = gc.get_count()[0]
l.sort(reverse=True)
c1 = gc.get_count()[0]
results.append(('l.sort(reverse=True)', c1 - c0 - 1))
s=set()
gc.collect()
c0 = gc.get_count()[0]
s.add(1)
c1 = gc.get_count()[0]
results.append(('s.add(1)', c1 - c0 - 1))
s=set()
gc.collect()
c0 = gc.get_count()[0]
s.update([1])
c1 = gc.get_count()[0]
results.append(('s.update([1])', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
x = s.union({2})
c1 = gc.get_count()[0]
results.append(('x = s.union({2})', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
x = s | {2}
c1 = gc.get_count()[0]
results.append(('x = s | {2}', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
s.discard(1)
c1 = gc.get_count()[0]
results.append(('s.discard(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a b'.replace('a', 'c')
c1 = gc.get_count()[0]
results.append(('x = \'a b\'.replace(\'a\', \'c\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a'.startswith('a')
c1 = gc.get_count()[0]
results.append(('x = \'a\'.startswith(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'ab'.find('b')
c1 = gc.get_count()[0]
results.append(('x = \'ab\'.find(\'b\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a'.strip()
c1 = gc.get_count()[0]
results.append(('x = \'a\'.strip()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a' in 'ab'
c1 = gc.get_count()[0]
results.append(('x = \'a\' in \'ab\'', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 1 in [1]
c1 = gc.get_count()[0]
results.append(('x = 1 in [1]', c1 - c0 - 1))
l=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sys.getrefcount(l)
c1 = gc.get_count()[0]
results.append(('x = sys.getrefcount(l)', c1 - c0 - 1))
l=[1]
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_referrers(l)
c1 = gc.get_count()[0]
results.append(('x = gc.get_referrers(l)', c1 - c0 - 1))
l=[[1]]
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_referents(l)
c1 = gc.get_count()[0]
results.append(('x = gc.get_referents(l)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
gc.set_threshold(700, 10, 10)
c1 = gc.get_count()[0]
results.append(('gc.set_threshold(700, 10, 10)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.collect()
c1 = gc.get_count()[0]
results.append(('x = gc.collect()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.collect(0)
c1 = gc.get_count()[0]
results.append(('x = gc.collect(0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_objects(generation=0)
c1 = gc.get_count()[0]
results.append(('x = gc.get_objects(generation=0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_stats()
c1 = gc.get_count()[0]
results.append(('x = gc.get_stats()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
gc.disable()
gc.enable()
c1 = gc.get_count()[0]
results.append(('gc.disable(); gc.enable()', c1 - c0 - 1))
import math
gc.collect()
c0 = gc.get_count()[0]
x = math.sqrt(4)
c1 = gc.get_count()[0]
results.append(('x = math.sqrt(4)', c1 - c0 - 1))
import math
gc.collect()
c0 = gc.get_count()[0]
x = math.floor(4.5)
c1 = gc.get_count()[0]
results.append(('x = math.floor(4.5)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = chr(65)
c1 = gc.get_count()[0]
results.append(('x = chr(65)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = ord('a')
c1 = gc.get_count()[0]
results.append(('x = ord(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = str(1.5)
c1 = gc.get_count()[0]
results.append(('x = str(1.5)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr('a')
c1 = gc.get_count()[0]
results.append(('x = repr(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = len([])
c1 = gc.get_count()[0]
results.append(('x = len([])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = all([1])
c1 = gc.get_count()[0]
results.append(('x = all([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = any([1])
c1 = gc.get_count()[0]
results.append(('x = any([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dict(zip([1], [2]))
c1 = gc.get_count()[0]
results.append(('x = dict(zip([1], [2]))', c1 - c0 - 1))
y = [3, 1]
gc.collect()
c0 = gc.get_count()[0]
x = sorted(y, key=lambda v: -v)
c1 = gc.get_count()[0]
results.append(('x = sorted(y, key=lambda v: -v)', c1 - c0 - 1))
y = [3, 1]
gc.collect()
c0 = gc.get_count()[0]
x = max(y, key=lambda v: -v)
c1 = gc.get_count()[0]
results.append(('x = max(y, key=lambda v: -v)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = vars()
c1 = gc.get_count()[0]
results.append(('x = vars()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dir()
c1 = gc.get_count()[0]
results.append(('x = dir()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = globals()
c1 = gc.get_count()[0]
results.append(('x = globals()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = id(1)
c1 = gc.get_count()[0]
results.append(('x = id(1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = callable(len)
c1 = gc.get_count()[0]
results.append(('x = callable(len)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = hex(255)
c1 = gc.get_count()[0]
results.append(('x = hex(255)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = format(1.5, '.1f')
c1 = gc.get_count()[0]
results.append(('x = format(1.5, \'.1f\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = divmod(7.0, 2)
c1 = gc.get_count()[0]
results.append(('x = divmod(7.0, 2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'abc'[1:]
c1 = gc.get_count()[0]
results.append(('x = \'abc\'[1:]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a' * 3
c1 = gc.get_count()[0]
results.append(('x = \'a\' * 3', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sorted(y, reverse=True)
c1 = gc.get_count()[0]
results.append(('x = sorted(y, reverse=True)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
t={}
del t
x = sorted(y, reverse=True)
c1 = gc.get_count()[0]
results.append(('t={}; del t; x = sorted(y, reverse=True)', c1 - c0 - 1))
y=[1]
z=[]
gc.collect()
c0 = gc.get_count()[0]
t=(z,)
del t
x = sorted(y, reverse=True)
c1 = gc.get_count()[0]
results.append(('t=(z,); del t; x = sorted(y, reverse=True)', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(1, end='\n')
c1 = gc.get_count()[0]
results.append(('print(1, end=\'\\n\')', c1 - c0 - 1))
l=[2,1]
gc.collect()
c0 = gc.get_count()[0]
t={}
del t
l.sort(reverse=True)
c1 = gc.get_count()[0]
results.append(('t={}; del t; l.sort(reverse=True)', c1 - c0 - 1))
def f(a=1): pass
gc.collect()
c0 = gc.get_count()[0]
f(a=2)
c1 = gc.get_count()[0]
results.append(('f(a=2)', c1 - c0 - 1))
l=[2,1]
gc.collect()
c0 = gc.get_count()[0]
l.sort(key=None)
c1 = gc.get_count()[0]
results.append(('l.sort(key=None)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 1 in [1, 2]
c1 = gc.get_count()[0]
results.append(('x = 1 in [1, 2]', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
for i in [1, 2]: pass
c1 = gc.get_count()[0]
results.append(('for i in [1, 2]: pass', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = enumerate(y, start=1)
c1 = gc.get_count()[0]
results.append(('x = enumerate(y, start=1)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
for i, v in enumerate(y): pass
c1 = gc.get_count()[0]
results.append(('for i, v in enumerate(y): pass', c1 - c0 - 1))
y=[1, 2, 3]
gc.collect()
c0 = gc.get_count()[0]
for t in enumerate(y): pass
c1 = gc.get_count()[0]
results.append(('for t in enumerate(y): pass', c1 - c0 - 1))
y=[1, 2, 3]
gc.collect()
c0 = gc.get_count()[0]
r=[]
for t in enumerate(y): r.append(t)
c1 = gc.get_count()[0]
results.append(('r=[]; for t in enumerate(y): r.append(t)', c1 - c0 - 1))
d={1:2, 3:4}
gc.collect()
c0 = gc.get_count()[0]
r=[]
for t in d.items(): r.append(t)
c1 = gc.get_count()[0]
results.append(('r=[]; for t in d.items(): r.append(t)', c1 - c0 - 1))
d={1:2, 3:4}
gc.collect()
c0 = gc.get_count()[0]
for t in d.items(): pass
c1 = gc.get_count()[0]
results.append(('for t in d.items(): pass', c1 - c0 - 1))
d={1:2, 3:4}
gc.collect()
c0 = gc.get_count()[0]
for k in d: pass
c1 = gc.get_count()[0]
results.append(('for k in d: pass', c1 - c0 - 1))
d={1:2, 3:4}
gc.collect()
c0 = gc.get_count()[0]
for k in d.keys(): pass
c1 = gc.get_count()[0]
results.append(('for k in d.keys(): pass', c1 - c0 - 1))
d={1:2, 3:4}
gc.collect()
c0 = gc.get_count()[0]
for k in d.values(): pass
c1 = gc.get_count()[0]
results.append(('for k in d.values(): pass', c1 - c0 - 1))
s={1,2}
gc.collect()
c0 = gc.get_count()[0]
for k in s: pass
c1 = gc.get_count()[0]
results.append(('for k in s: pass', c1 - c0 - 1))
s=(1,2)
gc.collect()
c0 = gc.get_count()[0]
for k in s: pass
c1 = gc.get_count()[0]
results.append(('for k in s: pass', c1 - c0 - 1))
s='ab'
gc.collect()
c0 = gc.get_count()[0]
for k in s: pass
c1 = gc.get_count()[0]
results.append(('for k in s: pass', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = list(zip(y, y))
c1 = gc.get_count()[0]
results.append(('x = list(zip(y, y))', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sorted(y, reverse=True)
x = sorted(y, reverse=True)
c1 = gc.get_count()[0]
results.append(('x = sorted(y, reverse=True); x = sorted(y, reverse=True)', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(1, end='\n')
print(1, end='\n')
c1 = gc.get_count()[0]
results.append(('print(1, end=\'\\n\'); print(1, end=\'\\n\')', c1 - c0 - 1))
print(0)
gc.collect()
c0 = gc.get_count()[0]
print(1, sep=' ')
c1 = gc.get_count()[0]
results.append(('print(1, sep=\' \')', c1 - c0 - 1))
l=[2,1]
gc.collect()
c0 = gc.get_count()[0]
l.sort(key=None)
l.sort(key=None)
c1 = gc.get_count()[0]
results.append(('l.sort(key=None); l.sort(key=None)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sorted(y, key=None)
c1 = gc.get_count()[0]
results.append(('x = sorted(y, key=None)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.collect(generation=0)
c1 = gc.get_count()[0]
results.append(('x = gc.collect(generation=0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = gc.get_objects(generation=0)
x = gc.get_objects(generation=0)
c1 = gc.get_count()[0]
results.append(('x = gc.get_objects(generation=0); x = gc.get_objects(generation=0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = int('1', base=10)
c1 = gc.get_count()[0]
results.append(('x = int(\'1\', base=10)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = int('1', 10)
c1 = gc.get_count()[0]
results.append(('x = int(\'1\', 10)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = max(y, default=0)
c1 = gc.get_count()[0]
results.append(('x = max(y, default=0)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = min(y, default=0)
c1 = gc.get_count()[0]
results.append(('x = min(y, default=0)', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = sum(y, start=0)
c1 = gc.get_count()[0]
results.append(('x = sum(y, start=0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = round(1.25, ndigits=1)
c1 = gc.get_count()[0]
results.append(('x = round(1.25, ndigits=1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a b'.split(sep=' ')
c1 = gc.get_count()[0]
results.append(('x = \'a b\'.split(sep=\' \')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'a b'.split(maxsplit=1)
c1 = gc.get_count()[0]
results.append(('x = \'a b\'.split(maxsplit=1)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = dict.fromkeys([1])
c1 = gc.get_count()[0]
results.append(('x = dict.fromkeys([1])', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = sys.getsizeof([], 0)
c1 = gc.get_count()[0]
results.append(('x = sys.getsizeof([], 0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = zip([1], strict=True)
c1 = gc.get_count()[0]
results.append(('x = zip([1], strict=True)', c1 - c0 - 1))
class A: pass
gc.collect()
c0 = gc.get_count()[0]
x = A()
import weakref
r = weakref.ref(x)
x2 = weakref.getweakrefcount(x)
c1 = gc.get_count()[0]
results.append(('x = A(); import weakref; r = weakref.ref(x); x2 = weakref.getweakrefcount(x)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = repr(1)
c1 = gc.get_count()[0]
results.append(('x = repr(1)', c1 - c0 - 1))
def f(a, *, b): pass
gc.collect()
c0 = gc.get_count()[0]
f(1, b=2)
c1 = gc.get_count()[0]
results.append(('f(1, b=2)', c1 - c0 - 1))
def f(*a, **k): pass
gc.collect()
c0 = gc.get_count()[0]
f(1, b=2)
c1 = gc.get_count()[0]
results.append(('f(1, b=2)', c1 - c0 - 1))
def f(a, b): pass
d={'a':1,'b':2}
gc.collect()
c0 = gc.get_count()[0]
f(**d)
c1 = gc.get_count()[0]
results.append(('f(**d)', c1 - c0 - 1))
def f(a, b): pass
d=(1,2)
gc.collect()
c0 = gc.get_count()[0]
f(*d)
c1 = gc.get_count()[0]
results.append(('f(*d)', c1 - c0 - 1))
def f(a, b): pass
d=[1,2]
gc.collect()
c0 = gc.get_count()[0]
f(*d)
c1 = gc.get_count()[0]
results.append(('f(*d)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = super
c1 = gc.get_count()[0]
results.append(('x = super', c1 - c0 - 1))
class A:
  def m(self): return super()
gc.collect()
c0 = gc.get_count()[0]
x = A().m()
c1 = gc.get_count()[0]
results.append(('x = A().m()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = BaseException()
c1 = gc.get_count()[0]
results.append(('x = BaseException()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = ValueError('a')
c1 = gc.get_count()[0]
results.append(('x = ValueError(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = ValueError('a', 'b')
c1 = gc.get_count()[0]
results.append(('x = ValueError(\'a\', \'b\')', c1 - c0 - 1))
import math
gc.collect()
c0 = gc.get_count()[0]
x = math.log(8, 2)
c1 = gc.get_count()[0]
results.append(('x = math.log(8, 2)', c1 - c0 - 1))
import math
gc.collect()
c0 = gc.get_count()[0]
x = math.log(8)
c1 = gc.get_count()[0]
results.append(('x = math.log(8)', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
x = s.intersection({1})
c1 = gc.get_count()[0]
results.append(('x = s.intersection({1})', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
x = s.difference({1})
c1 = gc.get_count()[0]
results.append(('x = s.difference({1})', c1 - c0 - 1))
s={1}
gc.collect()
c0 = gc.get_count()[0]
x = s.symmetric_difference({1})
c1 = gc.get_count()[0]
results.append(('x = s.symmetric_difference({1})', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'ab'.count('a')
c1 = gc.get_count()[0]
results.append(('x = \'ab\'.count(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'ab'.index('a')
c1 = gc.get_count()[0]
results.append(('x = \'ab\'.index(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'ab'.endswith('a')
c1 = gc.get_count()[0]
results.append(('x = \'ab\'.endswith(\'a\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = 'ab'.rfind('a')
c1 = gc.get_count()[0]
results.append(('x = \'ab\'.rfind(\'a\')', c1 - c0 - 1))
d={1:2}
gc.collect()
c0 = gc.get_count()[0]
x = d.get(1, 0)
c1 = gc.get_count()[0]
results.append(('x = d.get(1, 0)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = divmod(1, 2)
c1 = gc.get_count()[0]
results.append(('x = divmod(1, 2)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = isinstance(1, (int, str))
c1 = gc.get_count()[0]
results.append(('x = isinstance(1, (int, str))', c1 - c0 - 1))
y=[1]
gc.collect()
c0 = gc.get_count()[0]
x = list(y)
c1 = gc.get_count()[0]
results.append(('x = list(y)', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = frozenset()
c1 = gc.get_count()[0]
results.append(('x = frozenset()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = tuple()
c1 = gc.get_count()[0]
results.append(('x = tuple()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
x = hash((1, 2))
c1 = gc.get_count()[0]
results.append(('x = hash((1, 2))', c1 - c0 - 1))
class A: pass
class B(A): pass
gc.collect()
c0 = gc.get_count()[0]
class C(A): pass
c1 = gc.get_count()[0]
results.append(('class C(A): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  __slots__ = ('v', 'w')
c1 = gc.get_count()[0]
results.append(('class A:;   __slots__ = (\'v\', \'w\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  __slots__ = ('v', '__dict__')
c1 = gc.get_count()[0]
results.append(('class A:;   __slots__ = (\'v\', \'__dict__\')', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  __slots__ = ()
c1 = gc.get_count()[0]
results.append(('class A:;   __slots__ = ()', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class E(Exception): pass
c1 = gc.get_count()[0]
results.append(('class E(Exception): pass', c1 - c0 - 1))
class A: pass
class B: pass
gc.collect()
c0 = gc.get_count()[0]
class C(A, B): pass
c1 = gc.get_count()[0]
results.append(('class C(A, B): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  @staticmethod
  def m(): pass
c1 = gc.get_count()[0]
results.append(('class A:;   @staticmethod;   def m(): pass', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  @property
  def m(self): pass
c1 = gc.get_count()[0]
results.append(('class A:;   @property;   def m(self): pass', c1 - c0 - 1))
class A:
  def __init__(self, v): self.v = v
gc.collect()
c0 = gc.get_count()[0]
x = [A(i) for i in range(5)]
c1 = gc.get_count()[0]
results.append(('x = [A(i) for i in range(5)]', c1 - c0 - 1))
class Node:
  def __init__(self, v):
    self.v = v
    self.next = None
gc.collect()
c0 = gc.get_count()[0]
a = Node(1)
b = Node(2)
a.next = b
b.next = a
c1 = gc.get_count()[0]
results.append(('a = Node(1); b = Node(2); a.next = b; b.next = a', c1 - c0 - 1))
class Node:
  def __init__(self, v):
    self.v = v
    self.next = None
a = Node(1)
b = Node(2)
a.next = b
b.next = a
gc.collect()
c0 = gc.get_count()[0]
del a, b
c1 = gc.get_count()[0]
results.append(('del a, b', c1 - c0 - 1))
def f(self): pass
p = property(f)
gc.collect()
c0 = gc.get_count()[0]
class A:
  m = p
c1 = gc.get_count()[0]
results.append(('class A:;   m = p', c1 - c0 - 1))
def f(self): pass
p = staticmethod(f)
gc.collect()
c0 = gc.get_count()[0]
class A:
  m = p
c1 = gc.get_count()[0]
results.append(('class A:;   m = p', c1 - c0 - 1))
def f(self): pass
gc.collect()
c0 = gc.get_count()[0]
class A:
  m = f
c1 = gc.get_count()[0]
results.append(('class A:;   m = f', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  m = 1
c1 = gc.get_count()[0]
results.append(('class A:;   m = 1', c1 - c0 - 1))
gc.collect()
c0 = gc.get_count()[0]
class A:
  m = [1]
c1 = gc.get_count()[0]
results.append(('class A:;   m = [1]', c1 - c0 - 1))
for label, delta in results:
    print(delta, label)
