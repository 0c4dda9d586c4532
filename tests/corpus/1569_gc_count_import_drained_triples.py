# Every parked 3-tuple taken before importing heapq: the import's own 3-tuples are new objects.
import gc
k = [0]
held = [(k, k, k) for i in range(40)]
before = gc.get_count()
import heapq
after = gc.get_count()
print(after[0] - before[0], len(held))
