# What leaves an except* statement: re-raised parts keep the original group's shape, newly raised
# exceptions join them in a new ExceptionGroup(''), and a bare raise re-raises the matched part.
import sys


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])


def run(body):
    try:
        body()
    except BaseException as x:
        print(body.__name__, "->", repr(x))
        return x


def reraise_matched():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        pass


def raise_new():
    try:
        raise group()
    except* ValueError as e:
        raise RuntimeError("from handler") from e
    except* OSError:
        raise


def raise_new_only():
    try:
        raise group()
    except* (ValueError, TypeError, OSError, KeyError):
        raise ZeroDivisionError("replaced")


def naked_reraised():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


def notes_kept():
    try:
        g = group()
        g.add_note("a note")
        raise g
    except* KeyError:
        raise


run(reraise_matched)
x = run(raise_new)
print(" context of the new one:", repr(x.exceptions[0].__context__), repr(x.exceptions[0].__cause__))
print(" second:", repr(x.exceptions[1]), x.exceptions[1].__traceback__.tb_lineno)
run(raise_new_only)
x = run(naked_reraised)
print(" wrapped:", type(x).__name__, repr(x.exceptions[0]))
x = run(naked_unmatched)
print(" same type:", type(x).__name__)
x = run(notes_kept)
print(" notes:", x.__notes__)
print("exc_info after:", sys.exc_info())


def outer():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError("c")])
        except* KeyError as k:
            print("inner handled", repr(k), repr(sys.exc_info()[1]))
        print("back in outer", repr(sys.exc_info()[1]))


run(outer)
