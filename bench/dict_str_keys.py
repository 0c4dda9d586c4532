# A dict of 300,000 str keys.
d = {}
for i in range(300000):
    d[str(i)] = i
print(len(d), d["299999"])
