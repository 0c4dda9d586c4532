# How many 3-tuples are parked: the first ones built come from the free list (no count).
import gc
item = [0]
kept = []
seen = []
for i in range(6):
    seen.append(gc.get_count()[0])
    kept.append((item, item, item))
print(seen)
