# atexit: registered functions run at exit, the last registered first, with their arguments; one that raises
# (SystemExit too) is reported as "Exception ignored in atexit callback" and the rest still run; unregister
# drops every registration of an equal function; weakref.finalize registers its own exit function with
# atexit when the first finalizer is made, so it runs in that place of the order.
import atexit
import sys
import weakref


class Bad:
    def __call__(self):
        raise ValueError("boom")

    def __repr__(self):
        return "Bad()"


def a():
    print("a")


def b(x, y=2):
    print("b", x, y)


start = atexit._ncallbacks()
atexit.register(a)
atexit.register(b, 1, y=3)
atexit.register(a)
atexit.unregister(a)
print("slots kept after unregister:", atexit._ncallbacks() - start)
atexit.register(Bad())


class Resource:
    pass


r = Resource()
weakref.finalize(r, print, "finalizer of r")
atexit.register(print, "registered after the finalizer")
for bad_call in [lambda: atexit.register(1), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        bad_call()
    except TypeError as e:
        print(type(e).__name__, e)
print(atexit.unregister(5), atexit.register(b, 7) is b, type(atexit.register).__name__)
atexit.register(sys.exit, 3)
atexit.register(len)
print("end of program")
