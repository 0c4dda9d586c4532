# sys.getrefcount of modules: sys.modules, the importer's name, and each function of a C module (m_self) hold one.
import sys
import math
print('math', sys.getrefcount(math), math.floor.__self__ is math, math.floor.__module__, type(math.floor).__name__)
import cmath
print('cmath', sys.getrefcount(cmath), cmath.phase.__self__ is cmath, cmath.phase.__module__)
import math as m2
print('math twice', sys.getrefcount(math), m2 is math)
def f():
    import math
    import cmath as c
    return sys.getrefcount(math), sys.getrefcount(c)
print('in f', f(), sys.getrefcount(math))
del m2
print('after del', sys.getrefcount(math))
for name in ['json', 'random', 'string', 'heapq', 'bisect', 'typing', 'dataclasses', 'textwrap', 'tracemalloc', 'copy', 'weakref']:
    mod = __import__(name)
    print(name, sys.getrefcount(mod))
    del mod
print(sys.getrefcount(math.pi), sys.getrefcount(math.tau), sys.getrefcount(cmath.sqrt), len.__module__, [].append.__module__, [].append.__self__)
try:
    print(len.__self__)
except AttributeError as e:
    print(e)
s = math.sqrt
print(s.__name__, s.__self__.__name__, sys.getrefcount(s), s(2.0))
