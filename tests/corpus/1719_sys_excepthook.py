# sys.excepthook: the builtin prints a report to stderr (a value that is no exception too), the program's own
# hook receives uncaught exceptions, and a hook that fails is reported with the original exception.
import sys

print(sys.excepthook, sys.__excepthook__ is sys.excepthook)
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.excepthook(None, "x", None))
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is value.__traceback__, type(tb).__name__, sys.getrefcount(value))
    raise ValueError("hook failed")


sys.excepthook = hook


def f():
    raise KeyError("k")


f()
