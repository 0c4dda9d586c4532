# The time module's clocks: argument errors, result types, sleep's conversions and overflow errors, and what
# must hold of any clock (sleep advances wall and monotonic time, not process time; time_ns agrees with time).
import time, sys
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['time', 'time_ns', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns', 'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns']:
    f = getattr(time, name)
    attempt(lambda: f(1))
    attempt(lambda: f(x=1))
    print(name, repr(f), type(f()).__name__)
attempt(lambda: time.sleep())
attempt(lambda: time.sleep(-1))
attempt(lambda: time.sleep('1'))
attempt(lambda: time.sleep(None))
attempt(lambda: time.sleep(1, 2))
attempt(lambda: time.sleep(secs=1))
attempt(lambda: time.sleep(float('nan')))
attempt(lambda: time.sleep(float('inf')))
attempt(lambda: time.sleep(1e300))
attempt(lambda: time.sleep(-0.0))
attempt(lambda: time.sleep(True))
attempt(lambda: time.sleep(0))
attempt(lambda: time.sleep(2**70))
class F:
    def __float__(self): return 0.0
attempt(lambda: time.sleep(F()))
class I:
    def __index__(self): return 0
attempt(lambda: time.sleep(I()))
print(time)
import gc
gc.collect()
c = gc.get_count()
t = time.time(); n = time.time_ns()
print(gc.get_count()[0] - c[0], sys.getsizeof(t), sys.getrefcount(t))
t0, m0, c0, p0 = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
time.sleep(0.2)
print(time.time() - t0 >= 0.2, time.monotonic() - m0 >= 0.2, time.perf_counter() - c0 >= 0.2, time.process_time() - p0 < 0.1)
print(time.time() > 1.7e9, abs(time.time_ns() / 1e9 - time.time()) < 1, abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 1)
values = [time.monotonic() for _ in range(100)]
print(values == sorted(values), all(isinstance(v, float) for v in values))
print(time.__name__, time.sleep.__name__, time.time_ns.__name__)
