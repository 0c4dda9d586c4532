# except* splits an exception group among its handlers; a naked exception is wrapped.
import sys


def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError("k"),
                                  ExceptionGroup("inner", [OSError(4), ValueError(5)])])


try:
    raise_group()
except* ValueError as e:
    print("ValueError part:", repr(e))
    print("exc_info is the match:", sys.exc_info()[1] is e)
    print("refcount of the match:", sys.getrefcount(e))
    print("traceback kept:", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
except* (TypeError, KeyError) as e:
    print("TypeError/KeyError part:", repr(e))
except* OSError:
    print("OSError part:", repr(sys.exc_info()[1]))
print("all handled; e is gone:", "e" in globals())

try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0]), e.__traceback__)
    print(e.exceptions[0].__traceback__.tb_lineno)

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# A handler that matches nothing does not run; else runs when nothing was raised.
try:
    x = 1
except* ValueError:
    print("not run")
else:
    print("else ran")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ZeroDivisionError:
        print("not run")
    except* ValueError:
        print("handled V")
except ExceptionGroup as g:
    print("rest:", repr(g), g.__traceback__ is not None)
    print([repr(x) for x in g.exceptions])

# The finally clause runs either way.
def f(kind):
    try:
        raise ExceptionGroup("eg", [kind()])
    except* ValueError:
        print("  value handled")
    finally:
        print("  finally", kind.__name__)

for kind in (ValueError, TypeError):
    try:
        f(kind)
    except ExceptionGroup as g:
        print("escaped:", repr(g))

# Loops and nested functions inside an except* handler are fine.
try:
    raise ExceptionGroup("eg", [ValueError(i) for i in range(3)])
except* ValueError as eg:
    for v in eg.exceptions:
        if v.args[0] == 1:
            continue
        print("value", v.args[0])
    def inner():
        return len(eg.exceptions)
    print("inner", inner())

# Matching types are checked.
for bad in (int, (ValueError, 3), ExceptionGroup, (TypeError, BaseExceptionGroup)):
    try:
        try:
            raise ValueError(0)
        except* bad:
            pass
    except TypeError as t:
        print("TypeError:", t)
