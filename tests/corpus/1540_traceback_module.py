import traceback
import sys


class MainPath:
    """stdout writing the program's path (python3's __file__ is absolute) as main.py."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, "main.py"))

    def flush(self):
        self.stream.flush()


sys.stdout = MainPath(sys.stdout)


def divide(a, b):
    return a / b


def average(values):
    return divide(sum(values), len(values))


def lookup(table, key):
    return table[key]


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


print("--- format_exc inside except")
try:
    average([])
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    print(text.count("\n"), "lines")

print("--- print_exc to stdout, limit")
try:
    average([])
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)

print("--- context chain, chain=False")
try:
    try:
        lookup({"a": 1}, "b")
    except KeyError:
        int("x")
except ValueError as err:
    for item in traceback.format_exception(err):
        print(repr(item))
    print("".join(traceback.format_exception(err, chain=False)), end="")
    print(traceback.format_exception_only(err))

print("--- explicit cause, three-argument form")
try:
    try:
        lookup([1, 2], 5)
    except IndexError as inner:
        raise LookupError("not found") from inner
except LookupError as err:
    traceback.print_exception(type(err), err, err.__traceback__, file=sys.stdout)
    lines = traceback.format_exception(type(err), err, err.__traceback__, limit=1)
    print(len(lines), lines[-1], end="")

print("--- suppressed context, notes, empty message, suggestion")
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError from None
except TypeError as err:
    err.add_note("first note")
    err.add_note("two\nlines")
    print(traceback.format_exception(err))
try:
    undefined_variable_nam
except NameError as err:
    print(traceback.format_exception_only(err))
value = None
try:
    value.uppper()
except AttributeError as err:
    print(traceback.format_exception_only(err)[0], end="")

print("--- extract_tb and FrameSummary")
try:
    average([])
except ZeroDivisionError as err:
    summary = traceback.extract_tb(err.__traceback__)
    print(type(summary).__name__, len(summary), summary)
    for frame in summary:
        print(frame.name, frame.lineno, repr(frame.line), frame.colno, frame.end_colno, frame.end_lineno)
        filename, lineno, name, line = frame
        print(" ", filename, lineno, name, line, frame[2], len(frame))
    print(summary[-1] == ("main.py", 6, "divide", "return a / b"))
    print(traceback.format_list(summary))
    print(traceback.format_tb(err.__traceback__, limit=-2))
    traceback.print_tb(err.__traceback__, limit=2, file=sys.stdout)
    print(traceback.extract_tb(err.__traceback__, limit=1))
    print([(n, f.f_code.co_name) for f, n in traceback.walk_tb(err.__traceback__)])

print("--- repeated frames")
try:
    recurse(8)
except RecursionError as err:
    traceback.print_exc(file=sys.stdout)
    print(len(traceback.extract_tb(err.__traceback__)))


print("--- stacks")


def inner():
    traceback.print_stack(file=sys.stdout)
    stack = traceback.extract_stack()
    print(stack)
    print([f.name for f in stack], stack[-1].line)
    print(traceback.format_stack(limit=1))
    return traceback.format_stack()


def outer():
    return inner()


print("".join(outer()), end="")

print("--- no exception, TracebackException")
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(ValueError("never raised")))
print(traceback.format_exception_only(ValueError, ValueError("v")))
try:
    average([])
except ZeroDivisionError as err:
    te = traceback.TracebackException.from_exception(err)
    print(str(te), te.exc_type.__name__, len(te.stack))
    print(list(te.format_exception_only()))
    print("".join(te.format()), end="")
try:
    traceback.print_exception(42)
except TypeError as err:
    print(err)
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as err:
    print(err)
print("--- exception groups, syntax errors")
def fail(n):
    raise ValueError(f"bad {n}")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("several", errors)
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception(eg))
try:
    compile("x = (1,", "<input>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    traceback.print_exc(file=sys.stdout)
try:
    exec("1 +* 2")
except SyntaxError as e:
    print(traceback.format_exception_only(e))

try:
    fail(5)
except ValueError as e:
    before = sys.getrefcount(e)
    traceback.format_exc()
    traceback.format_exception(e)
    print(sys.getrefcount(e) - before)
print("--- to stderr")
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc()
print("done")
