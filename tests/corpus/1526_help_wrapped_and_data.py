# help() through decorators (functools.wraps, lru_cache: the wrapped signature), nested classes, and class data
# shown as pydoc's reprlib limits show it (long lists, dicts, strings, big ints, raw strings, sets, tuples).
import functools


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@logged
def add(a, b=1):
    "Add two numbers."
    return a + b


@functools.lru_cache(maxsize=None)
def fib(n):
    "Fibonacci, cached."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Table:
    """Data of many shapes."""

    class Row:
        "A row."

        def cells(self):
            return []

    numbers = list(range(100))
    mapping = {i: str(i) for i in range(15)}
    nested = {"a": [1, 2, {"b": (3,)}], "c": "x" * 200}
    single = (1,)
    letters = set("abcdefghij")
    frozen = frozenset({3, 1, 2})
    huge = 10 ** 50
    path = "C:\\temp\\new"
    text = "a line\nand another"

    @logged
    def method(self, z):
        "A wrapped method."


help(add)
help(fib)
help(Table)
help(Table().method)
help(Table.Row)
help(Table.numbers)
print("globals:", sorted(k for k in globals() if not k.startswith("__")))
