# tracemalloc's statistics per line, as a memory tutorial prints them: each int a loop makes is a whole
# PyLongObject (32 bytes, though sys.getsizeof says 28), a list is two blocks (its header, which a free list may
# supply untraced, and its items, traced at the line that last grew them), and a snapshot's traces are tuples
# that go back to the free lists when it is freed.
import sys
import tracemalloc

def top(label, limit=3):
    snapshot = tracemalloc.take_snapshot()
    print(label)
    for stat in snapshot.statistics("lineno")[:limit]:
        print("   line", stat.traceback[0].lineno, "size", stat.size, "count", stat.count)

tracemalloc.start()
squares = [i * i for i in range(5000)]
top("comprehension of ints")
print(sys.getsizeof(squares), sys.getsizeof(squares[-1]))

grown = []
for i in range(3000):
    grown.append(i)
top("append in a loop")

table = {n: n for n in range(700)}
top("dict comprehension")
tracemalloc.stop()

tracemalloc.start()
del squares
top("after del squares", 2)
current, peak = tracemalloc.get_traced_memory()
print(current < peak)
tracemalloc.stop()
