# The gc objects importing base64 leaves (it is not loaded at startup in CPython).
import gc
first = gc.get_count()
second = gc.get_count()
import base64
print(first, second, gc.get_count())
