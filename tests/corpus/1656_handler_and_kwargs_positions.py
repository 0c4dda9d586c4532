# Where the traceback points when an except clause names something that is not an exception class, and
# when a ** argument is not a mapping: CPython 3.11 reports these on the handler and on the call (the
# position compiler_visit_expr restores after the operand), so a one-line statement gets no carets.
import traceback

try:
    try:
        1/0
    except "ZeroDivisionError":
        print("caught")
except TypeError:
    traceback.print_exc()

try:
    try:
        1/0
    except* 5:
        pass
except TypeError:
    traceback.print_exc()

try:
    try:
        1/0
    except [ZeroDivisionError] as e: print(e)
except TypeError:
    traceback.print_exc()

options = None
try:
    print("a", "b", **options)
except TypeError:
    traceback.print_exc()


def f(**k):
    return k


try:
    f(
        a=1,
        **[("b", 2)],
    )
except TypeError:
    traceback.print_exc()

try:
    f(x=1, **{"x": 2})
except TypeError:
    traceback.print_exc()

try:
    f(**{"x": 1}, **{"x": 2})
except TypeError:
    traceback.print_exc()

print(*[1], sep="", **options)
