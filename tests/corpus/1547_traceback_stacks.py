# traceback stacks (module level, methods, generators, lambdas, a given frame), FrameSummary built by hand, walk_stack.
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

traceback.print_stack(file=sys.stdout)


class K:
    def method(self):
        return [line for line in traceback.format_stack()]

    def gen(self):
        yield traceback.extract_stack(limit=2)


print("".join(K().method()), end="")
print(next(K().gen()))
f = lambda: traceback.format_stack(limit=-1)
print(f())


def outer():
    def inner():
        return traceback.extract_stack(sys._getframe(1))
    return inner()


print(outer())
fs = traceback.FrameSummary("a.py", 3, "g", line="  x = 1  ")
print(fs.line, list(fs), fs == ("a.py", 3, "g", "x = 1"), fs.end_lineno, fs.colno, fs.locals)
print(traceback.format_list([("a.py", 3, "g", "x = 1"), fs]))
print(traceback.StackSummary.from_list([("b.py", 1, "h", None)]))
print(traceback.FrameSummary("c.py", 5, "k", lookup_line=False, locals={"n": 1}).locals)
spaced = traceback.FrameSummary("d.py", 9, "m", line="    total = price * count   ", end_lineno=9, colno=12, end_colno=25)
print(traceback.format_list([spaced]))


def walker():
    return [(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(None)]


print(walker())


def deeper():
    return [(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(sys._getframe())]


print(deeper())


def trailing(values):
    return values[0] + values[1] * 2   


try:
    trailing([1, None])
except TypeError:
    print(traceback.format_exc())
    print(traceback.format_tb(sys.exc_info()[2]))
trailing(["a", None])
