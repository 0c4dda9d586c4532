# A generator instead of a big list, measured with tracemalloc: the list's peak holds every float at once
# (each a 24-byte block, the first few from the floats' free list), the generator's holds one at a time.
import tracemalloc


def halves_list(n):
    return [i * 0.5 for i in range(n)]


def halves_gen(n):
    for i in range(n):
        yield i * 0.5


tracemalloc.start()
values = halves_list(10000)
snapshot = tracemalloc.take_snapshot()
for stat in snapshot.statistics("lineno")[:2]:
    print("line", stat.traceback[0].lineno, stat.size, stat.count)
total = sum(values)
del values, snapshot
current, peak_list = tracemalloc.get_traced_memory()
tracemalloc.stop()

tracemalloc.start()
total2 = sum(halves_gen(10000))
current2, peak_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(total == total2, peak_list > 300000, peak_gen < 2000)
