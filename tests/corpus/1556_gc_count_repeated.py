# gc.get_count() called back to back: each result is a 3-tuple. While the free list
# has one parked, the result costs nothing; importing gc left two parked.
import gc
a = gc.get_count(); b = gc.get_count(); c = gc.get_count(); d = gc.get_count()
print(a, b, c, d)
counts = [gc.get_count() for _ in range(5)]
print(counts)
