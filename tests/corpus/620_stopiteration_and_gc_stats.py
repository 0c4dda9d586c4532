it = iter([])
try:
    next(it)
except StopIteration as e:
    print(e.args)
import gc
print(gc.get_stats())
gc.collect()
print(gc.get_stats())
