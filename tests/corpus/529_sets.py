s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 2 in s)
s.discard(10)
s.remove(3)
print(s)
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({9}))
print(set([1, 1, 2]), set(), {x % 3 for x in range(10)})
print(sorted({5, 1, 3}))
f = frozenset([1, 2])
print(f, len(f))
