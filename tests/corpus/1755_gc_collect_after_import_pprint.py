# pprint imports types: no cycles are left behind for gc.collect() to find.
import gc
import pprint
print(gc.collect())
pprint.pprint({"b": [1, 2], "a": {"x": None}})
print(gc.collect())
