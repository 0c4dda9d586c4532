# Dict work: counting words.
words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 20000
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
