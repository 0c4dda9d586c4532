import sys
items = [[], [], []]
for it in items:
    print(sys.getrefcount(it))
print(sys.getrefcount(it))
del it
print(sys.getrefcount(items[2]))
counts = [sys.getrefcount(v) for v in items]
print(counts)
