# dict.fromkeys makes its dict by calling the class (dict_new's tp_alloc), never from the dict free list: tracemalloc
# sees the 64-byte dict object even when a freed dict is parked there.
import sys
import tracemalloc

for n in list(range(0, 12)) + [21, 22, 100]:
    spare = {}
    tracemalloc.start()
    del spare
    d = dict.fromkeys(range(n))
    traced = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(n, sys.getsizeof(d), traced)
# Presized for a dict's or a set's keys, the table is counted once made.
def traced(make):
    tracemalloc.start()
    x = make()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return size, sys.getsizeof(x)
s = {1, 2, 3}
k = {'a': 1, 'b': 2}
print(traced(lambda: dict.fromkeys(s)), traced(lambda: dict.fromkeys(k)), traced(lambda: dict.fromkeys(range(30))))
