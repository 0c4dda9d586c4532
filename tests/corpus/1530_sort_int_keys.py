# list.sort and sorted with int keys: stability shows through key=, duplicates, negatives, values too wide to pack.
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana", "lime", "yam", "cherry", "nut", "melon"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: -len(w))
print(words)

values = [(i * 7919) % 101 - 50 for i in range(300)]
print(sorted(values)[:12], sorted(values)[-5:])
print(sorted(values, reverse=True)[:8])

# Equal values that are different objects keep their order (identity shows it).
big = [10**6 + (i % 3) for i in range(9)]
ids = [id(x) for x in big]
s = sorted(big)
print([ids.index(id(x)) for x in s])

# Keys spanning more than 2**53 / len: the other path of the same sort.
wide = [2**52, -2**52, 3, 2**52 - 1, -7, 0, 2**50, -2**52 + 1]
print(sorted(wide))
pairs = [(k % 4, k) for k in range(20)]
print(sorted(pairs, key=lambda p: p[0] * 2**51))

# Mixed int sizes and bools (exact ints only take the native path; bools and big ints the general one).
print(sorted([True, 2, False, -1, 2**70, 0, -(2**64)]))
print(sorted([], key=len), sorted([5]), sorted([3, 3, 3]))
n = [-0, 0, -1, 1]
n.sort()
print(n)
