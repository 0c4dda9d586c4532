import sys, gc
y = [10, 20, 30]
for t in enumerate(y):
    print(t, sys.getrefcount(t))
for t in zip(y, y):
    print(t, sys.getrefcount(t))
d = {1: 2}
for t in d.items():
    print(t, sys.getrefcount(t))
e = enumerate(y)
print([type(r).__name__ for r in gc.get_referents(e)], gc.get_referents(e)[1])
keep = list(enumerate(y))
print(keep, [sys.getrefcount(k) for k in keep])
