# traceback with an explicit traceback argument: None (no frames), an inner one, and values that are no exception.
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
def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    traceback.print_exception(type(e), e, None, file=sys.stdout)
    traceback.print_exception(KeyError, e, e.__traceback__.tb_next, file=sys.stdout)
    print(traceback.format_exception(None, e, None))
    te = traceback.TracebackException(type(e), e, None)
    print(list(te.format()))
    saved = e
try:
    raise ValueError("v") from saved
except ValueError as e:
    traceback.print_exception(None, e, None, file=sys.stdout)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
try:
    traceback.format_exception(42, 43, None)
except AttributeError as e:
    print(e)
try:
    traceback.format_exception_only(ValueError, "text")
except AttributeError as e:
    print(e)
