# An exception's attributes live in a dict of its own (BaseException's dict pointer), made by the first store and
# tracked by the collector: a cycle through it frees two objects, and each exception with attributes adds a dict.
import gc, sys
gc.collect()
e = Exception("x")
e.self = e
del e
print(gc.collect())
class MyError(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg
gc.collect()
c0 = gc.get_count()
errs = [MyError(str(i)) for i in range(5)]
print(gc.get_count()[0] - c0[0], sys.getsizeof(errs[0]), errs[0].__dict__)
k = KeyError("k")
print(gc.is_tracked(k), k.__dict__)
k.note = 1
print(k.__dict__, gc.get_referents(k)[-1] if gc.get_referents(k) else None)
try:
    raise MyError("boom")
except MyError as err:
    err.self = err
    saved = err
del saved
print(gc.collect())
