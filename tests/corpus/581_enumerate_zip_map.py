names = ["a", "b", "c"]
scores = [90, 80, 70]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(dict(zip(names, scores)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "x", [], [1]])))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
