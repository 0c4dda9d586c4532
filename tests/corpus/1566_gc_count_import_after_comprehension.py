# A comprehension before the import: its compile leaves more dicts and 2-tuples parked, and hashlib's import takes those first.
import gc
squares = [i * i for i in range(5)]
before = gc.get_count()
import hashlib
print(before, gc.get_count(), squares[-1])
