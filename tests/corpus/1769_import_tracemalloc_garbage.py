# Importing tracemalloc leaves cycles behind (from the modules it imports): the first collection finds them.
import gc
import tracemalloc
print(gc.collect())
print(gc.collect())
tracemalloc.start()
data = [str(i) for i in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
