# tuple(iterable) allocates for the length hint (10 when there is none), grows by _PyTuple_Resize and cuts back:
# a realloc, so tracemalloc sees the final tuple even when a free list supplied the first one.
import tracemalloc, gc, sys
tracemalloc.start()
for make in (lambda: tuple(i for i in range(3)), lambda: tuple(str(i) for i in range(100)), lambda: tuple(map(str, range(25))),
             lambda: tuple(x for x in []), lambda: tuple(range(5)), lambda: tuple({1: 2, 3: 4}), lambda: tuple("hello"),
             lambda: tuple([1, 2, 3]), lambda: tuple(i for i in range(10)), lambda: tuple(i for i in range(11)),
             lambda: tuple(filter(None, range(30)))):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    t = make()
    now, peak = tracemalloc.get_traced_memory()
    print(len(t), now - before, peak - before, sys.getsizeof(t))
    del t
tracemalloc.stop()
gc.collect()
c0 = gc.get_count()[0]
t = tuple(i for i in range(3))
print(gc.get_count()[0] - c0, gc.is_tracked(t), t)
def g():
    yield 1
    raise KeyError("x")
try:
    tuple(g())
except KeyError as e:
    print("raised", e)
print(gc.get_count()[0] - c0)
