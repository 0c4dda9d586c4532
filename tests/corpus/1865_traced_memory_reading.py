# tracemalloc.get_traced_memory() reads the current and peak sizes before it makes its result: its first int (32
# bytes, PyLong_FromLong) does not raise the peak it reports. A dict made before start() that resizes is traced once.
# (Readings are printed at the end: print's own temporaries raise CPython's peak, which is not modelled.)
import tracemalloc

before = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
tracemalloc.start()
readings = []
x = [0] * 1000
readings.append(tracemalloc.get_traced_memory())
readings.append(tracemalloc.get_traced_memory())
readings.append(tracemalloc.get_traced_memory())
before[6] = 6
readings.append(tracemalloc.get_traced_memory())
late = None
readings.append(tracemalloc.get_traced_memory())
s = "x" * 1000
first = tracemalloc.get_traced_memory()[0]
n = len(s)
readings.append(tracemalloc.get_traced_memory()[0] - first)
tracemalloc.stop()
for r in readings:
    print(r)
