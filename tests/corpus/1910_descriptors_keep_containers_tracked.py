# Builtin functions, method/getset/member descriptors and modules are gc objects CPython tracks: a tuple holding one
# stays tracked through a collection (untrack_tuples keeps it), as json's floatstr defaults (float.__repr__) do.
import sys, gc
print(sys.getsizeof(str.join), sys.getsizeof(float.__repr__), sys.getsizeof(int.real), sys.getsizeof(len), sys.getsizeof(dict.fromkeys))
class S:
    __slots__ = ("a",)
print(sys.getsizeof(S.a), gc.is_tracked(S.a), gc.is_tracked(int.real), gc.is_tracked(dict.fromkeys))
for t in [(1, str.join), (1, int.real), (1, S.a), (len,), (1, dict.__dict__["fromkeys"])]:
    gc.collect()
    print(gc.is_tracked(t))
print(gc.is_tracked(float.__repr__), gc.is_tracked(int.__repr__), gc.is_tracked(len), gc.is_tracked(str.join), gc.is_tracked(object.__init__), gc.is_tracked([].append))
t = (True, float.__repr__, 1.0)
gc.collect()
print(gc.is_tracked(t))
t2 = (True, int.__repr__)
gc.collect()
print(gc.is_tracked(t2))
