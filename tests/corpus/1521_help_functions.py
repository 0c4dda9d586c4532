# help() on functions: docstrings, none, comments above, defaults, annotations, lambdas, bound methods, builtins.
import gc


def square(x):
    """Return x squared.

    Works for ints and floats.
    """
    return x * x


# Adds one.
#
# Used below.
def inc(n):
    return n + 1


def nothing():
    pass


def typed(a: int, b: "str" = "x", *args, c: list[int] = None, d=(1, 2), **kw) -> dict:
    '''
        Indented doc.
            More indented.
    '''


def positional(a, b=2, /, c=3, *, d, e=[1, 2, 3]):
    "Positional-only and keyword-only."


def outer():
    def inner(y=None):
        "Inner."
    return inner


twice = lambda v, w=2: v * w

help(square)
help(inc)
help(nothing)
help(typed)
help(positional)
help(outer())
help(twice)
help(len)
help(print)
help(sorted)
help(gc.collect)
help(gc.get_referrers)
help([].append)
help({}.get)
help(str.join)
help(dict.fromkeys)
help("len")
help("gc.collect")
help("no_such_name")
print("globals:", sorted(k for k in globals() if not k.startswith("__")))
