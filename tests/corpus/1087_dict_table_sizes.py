import sys
g = sys.getsizeof
d = {}
sizes = []
for i in range(200):
    d[i] = i
    sizes.append(g(d))
print(sorted(set(sizes)))
for i in range(200):
    del d[i]
print(g(d), len(d))
d[5] = 5
print(g(d))
d.clear(); print(g(d))
s = {}
out = []
for i in range(100):
    s['k%d' % i] = i
    out.append(g(s))
print(sorted(set(out)))
s[1] = 1; print('mixed', g(s))
t = {'a': 1, 'b': 2}; t[3] = 3; print(g(t))
print(g({i: i for i in range(100)}), g({str(i): i for i in range(100)}))
print(g({1: 1, 2: 2, 3: 3, 4: 4, 5: 5}), g({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), g({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}))
x = 1
print(g({x: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11}))
big = {i: i for i in range(1000)}
print(g(big), g(dict(big)), g(big.copy()), g({**big}))
for i in range(900): del big[i]
print(g(big), g(dict(big)), g(big.copy()), g({**big}))
print(g(dict(a=1, b=2)), g(dict(zip(range(50), range(50)))), g(dict.fromkeys(range(50))), g(dict.fromkeys('abcdefghij')))
u = {}; u.update({i: i for i in range(20)}); print(g(u))
u = {1: 1}; u.update({i: i for i in range(20)}); print(g(u))
p = {i: i for i in range(20)}
while p: p.popitem()
print(g(p))
q = {i: i for i in range(6)}; q.pop(0); q[100] = 1; print(g(q))
q = dict.fromkeys(range(6)); q.setdefault(7, 1); print(g(q))
print(g(dict([(1, 2), (3, 4)])), g(dict({'a': 1})), g(dict(big, z=1)))
print(g({}.fromkeys({1, 2, 3, 4, 5, 6, 7})), g(dict.fromkeys({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6})))
print(g(dict.fromkeys({'a', 'b', 'c', 'd', 'e', 'f', 'g'})), g(dict.fromkeys(frozenset(range(10)))))
m = {'a': 1}; m.update(dict.fromkeys('bcdefghijk')); print(g(m))
z = {i: i for i in range(10)}
for i in range(9): del z[i]
print(g(z), g(z.copy()), g(dict(z)))
z = {}
z[1] = 1; del z[1]; print(g(z), g(z.copy()))
class A: pass
a = A(); a.x = 1; a.y = 2
print(g(a.__dict__), g(a.__dict__.copy()), g(dict(a.__dict__)))
print(g({**{'a': 1}, **{'b': 2}}), g({**dict.fromkeys(range(30))}))
def f(**kw): return g(kw)
print(f(a=1), f(**{'x%d' % i: i for i in range(10)}), f(a=1, b=2, c=3, d=4, e=5, f=6))
print(g(globals()) > 0, g(dict(enumerate('abcdefgh'))))
