# Two imports in a row: only the first pays importlib's one-time work (the count after both was 8 too high).
import gc
import heapq
import string
print(gc.get_count())
import cmath
import array
print(gc.get_count())
