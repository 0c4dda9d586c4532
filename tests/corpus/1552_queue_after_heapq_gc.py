# Importing queue when heapq, which it imports, is loaded already: only queue's own objects are new.
import gc
import heapq
before = gc.get_count()
import queue
print(gc.get_count()[0] - before[0])
