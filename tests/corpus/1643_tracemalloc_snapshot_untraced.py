# take_snapshot() builds its traces with tracing suspended (set_reentrant in _tracemalloc.c): holding a
# snapshot costs get_traced_memory() a few hundred bytes, not a tuple pair per trace.
import tracemalloc

tracemalloc.start()
data = [str(i) * 3 for i in range(500)]
before, _ = tracemalloc.get_traced_memory()
snap = tracemalloc.take_snapshot()
after, peak = tracemalloc.get_traced_memory()
print(len(snap.traces) >= 500)
print(after - before < 2000, peak - before < 2000)
snap2 = tracemalloc.take_snapshot()
again, _ = tracemalloc.get_traced_memory()
print(again - after < 2000, len(snap2.traces) > len(snap.traces) - 10)
del data
print(tracemalloc.get_traced_memory()[0] < before // 2)
del snap, snap2
print(tracemalloc.get_traced_memory()[0] < before // 2)
tracemalloc.stop()
