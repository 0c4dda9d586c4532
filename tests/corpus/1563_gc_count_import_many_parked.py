# Importing gc with ten 3-tuples parked: it takes two and parks them again.
triples = [(i, i, i) for i in range(10)]
del triples
import gc
k = [0]
kept = []
c0 = gc.get_count()[0]
for i in range(12):
    kept.append((k, k, k))
c1 = gc.get_count()[0]
print(12 - (c1 - c0), c0)
