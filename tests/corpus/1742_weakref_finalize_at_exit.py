# weakref.finalize at interpreter exit as CPython's _exitfunc: atexit=False is honoured (and such a finalizer
# does not run when its object is freed at shutdown), newest first with the collector disabled, finalizers made
# during exit run too, and a failing one goes to sys.excepthook while the others still run.
import gc
import sys
import weakref


class A:
    pass


def hook(kind, value, tb):
    print("hook:", kind.__name__, value)


sys.excepthook = hook
c = A()
h = weakref.finalize(c, print, "not at exit")
h.atexit = False
d = A()


def boom():
    raise ValueError("boom")


weakref.finalize(d, boom)
e = A()
weakref.finalize(e, lambda: print("gc enabled during exit:", gc.isenabled()))
late = A()


def make_late():
    print("making a finalizer at exit")
    weakref.finalize(late, print, "late finalizer")


weakref.finalize(A(), print, "dead already")
f = A()
weakref.finalize(f, make_late)
print("end", h.atexit, h.alive, gc.isenabled())
