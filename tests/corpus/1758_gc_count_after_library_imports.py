# gc.get_count() after importing modules python3 has not loaded at start-up: each import's objects move the count,
# which ones come from the free lists depends on what the program parked before, and importlib's first import of a
# module from a file does some work once.
import gc
print(gc.get_count())
import copy
print(gc.get_count())
pairs = [(i, i) for i in range(30)]
import csv
print(gc.get_count())
del pairs
import unicodedata
print(gc.get_count())
