# What an annotation without a value still does: a parenthesized name is not "simple" (not recorded, not
# bound), an attribute or subscript target evaluates its object (and index) even in a function, the
# annotation is evaluated at module and class level, names in annotations are used (closures), and a
# simple annotation conflicts with global/nonlocal.
(x): int = 1
print(__annotations__)


class C:
    (y): int = 2
    z: str
    print(__annotations__)


def f():
    (q): int
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)


f()


class D:
    (w): int


class E:
    print.x: int


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class F:
    with Quiet():
        v: int


class G:
    match 1:
        case 1:
            v: int


for k in (D, E, F, G):
    print(k.__name__, k.__dict__.get('__annotations__'))


def g():
    student.name: undefined_type


try:
    g()
except NameError as e:
    print(e)


class H:
    lst = [1]
    lst[print("index") or 0:print("upper")]: print("annotation")
    lst[print("first") or 0, 1:2:3]: print("second annotation")
    print.x: print("third annotation")
    (print): print("fourth annotation")


print(H.__dict__.get('__annotations__'))


def outer():
    T = int

    class Inner:
        x: T
    return Inner


print(outer().__annotations__)


def counter():
    V = 3

    def h():
        y: V
        return sorted(locals())
    return h


print(counter()())

sources = [
    "def f():\n    x: int\n    global x",
    "def f():\n    global x\n    x: int",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 3",
    "x: int\nglobal x",
    "global x\nx: int",
    "class C:\n    global x\n    x: int",
    "def f():\n    global x\n    (x): int = 3",
    "def f():\n    x = 1\n    print(x)\n    global x",
    "def f():\n    x += 1\n    global x",
    "def f():\n    global x\n    print(x)\n    global x",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(source), "compiled")


class Student:
    def __init__(self):
        self.name: str = "Ann"
        self.grade.value: int


Student()
