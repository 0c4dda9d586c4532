# Sorting ints: equal values keep their order (identity shows it), reverse=True keeps it too, keys that are ints
# move their items with them, and lists with big ints, or bools sort the same way.
a = [int('1000'), 5, int('1000'), -3, 2**40, -2**52, 7, int('1000')]
ids = [id(x) for x in a]
b = sorted(a)
print(b)
print([ids.index(id(x)) for x in b])
c = sorted(a, reverse=True)
print(c, [ids.index(id(x)) for x in c])
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'plum', 'date']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: -len(w)))
print(sorted([3, 1, 2**70, -2**70, 0]))
print(sorted([True, 2, False, 1, 0, -1]))

values = [(i * 7919) % 1009 for i in range(3000)]
values.sort()
print(values[:5], values[-5:], values == sorted(values), len(values))
pairs = [(i % 7, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0])[:8])
big = [2**53 + 1, 2**53, 2**53 - 1, -(2**53)]
print(sorted(big))
print(sorted([]), sorted([1]), sorted([2, 1]))
