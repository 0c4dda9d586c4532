# str.join takes PySequence_Fast of its argument: an iterator becomes a list (grown as list() grows one), which
# lives until the joined str is made; a list or tuple is used as it is.
import tracemalloc, gc
tracemalloc.start()
cases = [
    lambda: " ".join(str(i) for i in range(50)),
    lambda: ",".join(map(str, range(200))),
    lambda: ",".join([str(i) for i in range(200)]),
    lambda: "-".join(("a", "b", "c")),
    lambda: "+".join(str(i) for i in range(1)),
    lambda: "+".join(x for x in []),
]
for make in cases:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    s = make()
    now, peak = tracemalloc.get_traced_memory()
    print(len(s), now - before, peak - before)
    del s
tracemalloc.stop()
for bad in (5, [1, "a"], (x for x in ["a", 2])):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
gc.collect()
c = gc.get_count()[0]
s = ".".join(str(i) for i in range(5))
print(s, gc.get_count()[0] - c)
