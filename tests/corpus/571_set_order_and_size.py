import sys
s = set()
for n in [10, 3, 7, 1, 12, 5, 9]:
    s.add(n)
    print(sorted(s) == sorted(list(s)), len(s), sys.getsizeof(s))
print(s)
print({5, 3, 1, 4, 2})
print(set(range(20)))
s.discard(3)
print(s, s.pop())
