# tracemalloc: what a tutorial measures with it. The totals CPython reports include its allocator's internal
# blocks, which the playground does not have, so this program prints only numbers both agree on: the size of
# big allocations made by one line, and the state of the tracer.
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print('ValueError', e)
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before = tracemalloc.take_snapshot()
big = 'x' * 50000
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 50049, peak >= cur)
after = tracemalloc.take_snapshot()
top = after.statistics('lineno')[0]
print(top.size, top.count, top.traceback[0].lineno, str(top).split(': ', 1)[1])
diff = after.compare_to(before, 'lineno')[0]
print(diff.size, diff.size_diff, diff.count_diff, diff.traceback[0].lineno)
print(str(diff).split(': ', 1)[1])
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 < 50000, peak2 >= 50049)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] < 50000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.get_traceback_limit(), tracemalloc.is_tracing())
from tracemalloc import _format_size
print([_format_size(n, False) for n in (0, 99, 10239, 10240, 102399, 5 * 1024 ** 2, 3 * 1024 ** 4)])
print([_format_size(n, True) for n in (-5, 12345, -2048000)])
