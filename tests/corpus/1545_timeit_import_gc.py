# The gc objects importing timeit leaves (it is not loaded at startup in CPython).
import gc
first = gc.get_count()
second = gc.get_count()
import timeit
print(first, second, gc.get_count())
