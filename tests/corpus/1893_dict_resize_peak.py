# A dict's resize allocates its new keys table before it frees the old one (dictresize): tracemalloc's peak holds
# both tables, the current size only the new one.
import tracemalloc

tracemalloc.start()
readings = []

def grow(d, start, stop):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(start, stop):
        d[i] = i
    current, peak = tracemalloc.get_traced_memory()
    readings.append((stop, current - before, peak - before))

d = {}
grow(d, 0, 6)
grow(d, 6, 12)
grow(d, 12, 23)
grow(d, 23, 100)
s = {}
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
for name in 'abcdefghijkl':
    s[name] = 1
current, peak = tracemalloc.get_traced_memory()
readings.append(('str keys', current - before, peak - before))
tracemalloc.stop()
for r in readings:
    print(*r)
