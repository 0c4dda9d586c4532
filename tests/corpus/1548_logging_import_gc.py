# The gc objects importing logging leaves (it is not loaded at startup in CPython).
import gc
first = gc.get_count()
second = gc.get_count()
import logging
print(first, second, gc.get_count())
