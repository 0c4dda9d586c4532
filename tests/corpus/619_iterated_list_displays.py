import sys
for x in [1, 2, 3]:
    print(x, sys.getrefcount(x) > 2)
a = [5]
for y in [a, a]:
    print(sys.getrefcount(a))
print(2 in [1, 2], 3 not in [a, 3], [v for v in [a, a, a]])
print(sys.getrefcount(a))
