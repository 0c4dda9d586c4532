print([x * 2 for x in range(5) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * x for x in range(4)})
print({c.upper() for c in "hello" if c != "l"} == {"H", "E", "O"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(101)))
words = ["memory", "heap", "stack"]
print({w: len(w) for w in words})
print([w for w in words if "a" in w])
