import sys
a = {'b': 23, 'x': 39, 'yy': 16}
print(sys.getsizeof(a))
d = {**a}
print(sys.getsizeof(d))
d['k'] = 1
print(sys.getsizeof(d))
e = {**a, 'k': 2}
print(sys.getsizeof(e))
f = {}
f.update(a); print(sys.getsizeof(f)); f.update({'k': 1}); print(sys.getsizeof(f))
g = {**{'b': 23, 'x': 39, 'yy': 16}}
print(sys.getsizeof(g))
h = {**{'b': 23, 'x': 39, 'yy': 16}, 'k': 2}
print(sys.getsizeof(h))
import gc
inner = {'a': [], 'b': 2, 'c': 3}
m = {**inner}
print(gc.is_tracked(m), sys.getsizeof(m))
n = {**{'a': 1, 'b': 2}}
print(gc.is_tracked(n), sys.getsizeof(n))
big = {str(i): i for i in range(20)}
print(sys.getsizeof({**big}), sys.getsizeof(dict(big)), sys.getsizeof(big.copy()))
del big['3']
print(sys.getsizeof({**big}), sys.getsizeof(big.copy()))
