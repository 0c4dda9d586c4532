from gc import collect, isenabled
from sys import getrefcount as rc
import weakref as wr
a = []
print(rc(a))
b = [a]
a.append(b)
del a, b
print(collect(), isenabled())
print(wr.ref is not None)
