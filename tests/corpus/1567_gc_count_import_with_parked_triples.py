# Ten 3-tuples parked before importing base64: its import takes them before allocating new ones.
import gc
gc.disable()
drain = [(i, i, i) for i in range(40)]
park = [(i, i, i) for i in range(10)]
del park
c0 = gc.get_count()[0]
import base64
c1 = gc.get_count()[0]
print(c1 - c0, len(drain))
