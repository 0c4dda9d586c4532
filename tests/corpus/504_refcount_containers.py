import sys
x = []
print(sys.getrefcount(x))
holder = [x, x, x]
print(sys.getrefcount(x))
d = {'a': x, 'b': x}
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
del holder
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
