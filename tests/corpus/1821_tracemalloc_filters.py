# tracemalloc's filters (Filter by file pattern, line, all frames and domain; DomainFilter), Snapshot.filter_traces
# as the tracemalloc docs' first examples use them, and get_object_traceback: where an object's memory was traced.
import tracemalloc
tracemalloc.start()
x = [1.5 * i for i in range(10)]
y = {str(i): i for i in range(20)}
snap = tracemalloc.take_snapshot()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(len(mine.statistics("lineno")), [s.traceback[0].lineno for s in mine.statistics("lineno")][:3])
only4 = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=4)])
print([str(s) .split(":")[-1] for s in only4.statistics("lineno")])
none = snap.filter_traces([tracemalloc.Filter(False, __file__)])
print(all(s.traceback[0].filename != __file__ for s in none.statistics("filename")))
print(len(snap.filter_traces([]).traces) == len(snap.traces), len(snap.filter_traces([tracemalloc.Filter(True, "*nothing*")]).traces))
f = tracemalloc.Filter(True, "abc.pyc", 3)
print(f.filename_pattern, f.lineno, f.all_frames, f.domain, f.inclusive)
d = tracemalloc.DomainFilter(False, 0)
print(d.domain, len(snap.filter_traces([d]).traces))
print(len(snap.filter_traces([tracemalloc.Filter(True, __file__, all_frames=True, domain=0)]).statistics("lineno")))
data = bytes(100)
items = [object() for _ in range(3)]
tb = tracemalloc.get_object_traceback(data)
print(tb[0].lineno, len(tb), tb[0].filename == __file__)
print(tracemalloc.get_object_traceback(items[1])[0].lineno)
print(tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(5))
print(str(tracemalloc.get_object_traceback(data)).split(":")[-1])
