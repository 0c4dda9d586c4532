# With no lists or dicts parked, every one an import makes is a new gc object; the second import skips
# importlib's one-time work.
import gc
held = [[i] for i in range(100)]
dicts = [{i: i} for i in range(100)]
gc.collect()
before = gc.get_count()
import heapq
middle = gc.get_count()
import json
after = gc.get_count()
print(middle[0] - before[0], after[0] - middle[0], len(held), len(dicts))
print(json.dumps({"a": [1, 2]}), heapq.nsmallest(2, [5, 1, 3]))
