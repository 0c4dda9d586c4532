import collections, copy, decimal, numbers, sys, gc
d = collections.deque([1, [2, 3]])
print(isinstance(d, collections.abc.MutableSequence), isinstance(d, collections.abc.Sequence), issubclass(collections.deque, collections.abc.Reversible))
print(isinstance(decimal.Decimal(1), numbers.Number), isinstance(decimal.Decimal(1), numbers.Real), issubclass(decimal.Decimal, numbers.Complex))
e = copy.deepcopy(d)
print(e, e[1] is d[1], e[1] == d[1], type(e))
f = copy.copy(d)
print(f, f[1] is d[1])
m = collections.deque(range(5), maxlen=3)
g = copy.deepcopy(m)
print(g, g.maxlen, m.__reduce__()[:3], type(m.__reduce__()[3]).__name__)
print(d.__reduce__()[:3], sys.getrefcount(d))
c = [d]
d.append(c)
h = copy.deepcopy(d)
print(h[2][0] is h, len(h))
del c, h
print(gc.collect())
print(decimal.Decimal('1.5') + 1, sorted(numbers.Number.__subclasses__(), key=str)[:2])
