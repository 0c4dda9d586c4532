# tracemalloc probe: the API's states, errors and the sizes of big single allocations, which CPython traces exactly.
import tracemalloc, sys
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
show('is_tracing before', lambda: tracemalloc.is_tracing())
show('memory before start', lambda: tracemalloc.get_traced_memory())
show('snapshot before start', lambda: tracemalloc.take_snapshot())
show('traceback limit', lambda: tracemalloc.get_traceback_limit())
show('start bad', lambda: tracemalloc.start(0))
show('start neg', lambda: tracemalloc.start(-1))
show('start str', lambda: tracemalloc.start('1'))
show('start too many', lambda: tracemalloc.start(1, 2))
tracemalloc.start()
show('is_tracing', lambda: tracemalloc.is_tracing())
show('limit after start', lambda: tracemalloc.get_traceback_limit())
before = tracemalloc.get_traced_memory()[0]
big_str = 'x' * 1_000_000
after_str = tracemalloc.get_traced_memory()[0]
show('big str delta', lambda: after_str - before)
show('big str sizeof', lambda: sys.getsizeof(big_str))
big_list = [None] * 100_000
after_list = tracemalloc.get_traced_memory()[0]
show('big list sizeof', lambda: sys.getsizeof(big_list))
big_bytes = bytes(500_000)
after_bytes = tracemalloc.get_traced_memory()[0]
current, peak = tracemalloc.get_traced_memory()
show('peak >= current', lambda: peak >= current)
del big_str
after_del = tracemalloc.get_traced_memory()[0]
show('peak kept', lambda: tracemalloc.get_traced_memory()[1] >= after_bytes)
tracemalloc.reset_peak()
c2, p2 = tracemalloc.get_traced_memory()
show('reset_peak', lambda: p2 - c2 < 10000)
show('reset_peak arg', lambda: tracemalloc.reset_peak(1))
snap = tracemalloc.take_snapshot()
show('snapshot type', lambda: type(snap).__name__)
show('snapshot limit', lambda: snap.traceback_limit)
top = snap.statistics('lineno')
show('stat type', lambda: type(top[0]).__name__)
show('statistics bad key', lambda: snap.statistics('nope'))
show('statistics cumulative', lambda: snap.statistics('traceback', cumulative=True))
show('filename stats type', lambda: type(snap.statistics('filename')[0].traceback).__name__)
show('compare_to type', lambda: type(tracemalloc.take_snapshot().compare_to(snap, 'lineno')).__name__)
tracemalloc.stop()
show('after stop', lambda: (tracemalloc.is_tracing(), tracemalloc.get_traced_memory()))
show('clear_traces', lambda: tracemalloc.clear_traces())
tracemalloc.start(5)
show('limit 5', lambda: tracemalloc.get_traceback_limit())
def make():
    return 'y' * 300_000
data = make()
stats = tracemalloc.take_snapshot().statistics('lineno')
show('str made in a function', lambda: [(st.traceback[0].lineno, st.size, st.count) for st in stats if st.size > 100_000])
show('compare_to cumulative', lambda: tracemalloc.take_snapshot().compare_to(snap, 'traceback', cumulative=True))
tracemalloc.stop()
