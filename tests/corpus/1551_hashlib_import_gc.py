# The gc objects importing hashlib leaves (it is not loaded at startup in CPython).
import gc
first = gc.get_count()
second = gc.get_count()
import hashlib
print(first, second, gc.get_count())
