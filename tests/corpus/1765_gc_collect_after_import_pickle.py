# pickle's import runs a collection and leaves 11 objects in cycles for the next one.
import gc
held = [[i] for i in range(100)]
import pickle
print(gc.get_count())
print(gc.collect())
print(pickle.loads(pickle.dumps({"a": (1, 2)})), len(held))
