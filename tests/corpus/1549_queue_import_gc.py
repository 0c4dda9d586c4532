# The gc objects importing queue leaves (it is not loaded at startup in CPython).
import gc
first = gc.get_count()
second = gc.get_count()
import queue
print(first, second, gc.get_count())
