# A range holds its bounds' int objects (the arguments themselves when exact ints) and its length's (refcounts, identity,
# tracemalloc), but is no gc object (gc.get_referents says []); its reversed iterator holds no reference to it.
import sys, gc
a = 100001; b = 200001
r = range(a, b)
print(sys.getrefcount(a), sys.getrefcount(b), r.start is a, r.stop is b, r.step, gc.get_referents(r), gc.is_tracked(r))
r2 = range(a)
print(sys.getrefcount(a), r2.start, r2.stop is a, len(r2))
s = r[10:20:2]
print(s, s.start, s.stop, s.step, len(s), r[::-1])
del r, r2
print(sys.getrefcount(a), sys.getrefcount(b))
t = range(True, 10 ** 20, 3)
print(t.start, type(t.start), t[5], t.stop)
class I(int):
    pass
u = range(I(3))
print(type(u.stop), u.stop, u == range(3), hash(u) == hash(range(3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1, "x")
except TypeError as e:
    print(e)
print(sys.getrefcount(a))
import tracemalloc
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
big_range = range(a, b)
print(tracemalloc.get_traced_memory()[0] - m0)
small_range = range(10)
print(tracemalloc.get_traced_memory()[0] - m0)
it = iter(big_range)
print(tracemalloc.get_traced_memory()[0] - m0, sys.getrefcount(big_range))
del big_range
print(tracemalloc.get_traced_memory()[0] - m0, sys.getrefcount(a))
