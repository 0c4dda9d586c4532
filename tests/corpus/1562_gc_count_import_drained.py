# Importing gc with no 3-tuples parked: the import lock's two 3-tuples are new objects.
triples = [(i, i, i) for i in range(10)]
import gc
k = [0]
kept = []
c0 = gc.get_count()[0]
for i in range(10):
    kept.append((k, k, k))
c1 = gc.get_count()[0]
print(10 - (c1 - c0), c0, len(triples))
