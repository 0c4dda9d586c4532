# "Exception ignored in: ..." (PyErr_WriteUnraisable) for exceptions from __del__, weakref callbacks and gc
# callbacks: the object's repr, the traceback of the exception (or the running frame when it has none),
# and "Type: message" with the colon even when the message is empty.
import gc, weakref

class Failing:
    def __init__(self, exc):
        self.exc = exc
    def __repr__(self):
        return f"Failing({type(self.exc).__name__})"
    def __call__(self, *args):
        try:
            raise KeyError("first")
        except KeyError:
            raise self.exc

class Target:
    pass

t = Target()
r = weakref.ref(t, Failing(ValueError("from a weakref callback")))
del t
print("after the weakref callback")

class WithDel:
    __del__ = Failing(ValueError())
w = WithDel()
del w
print("after __del__")

class CustomError(Exception):
    pass
class Builtin:
    __del__ = len
b = Builtin()
b = None
print("after a builtin __del__")

def helper(depth):
    if depth == 0:
        raise CustomError("deep", 1)
    helper(depth - 1)
class Cleanup:
    def __repr__(self):
        return "Cleanup()"
    def __call__(self):
        helper(3)
class Deep:
    __del__ = Cleanup()
d = Deep()
del d
print("after a deep __del__")

gc.callbacks.append(Failing(RuntimeError("from a gc callback")))
gc.collect()
gc.callbacks.clear()
print("end")
