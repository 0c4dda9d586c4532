# Unpacking a dict with non-str keys into a call: every callee refuses it with "keywords must be strings"
# (Python functions, methods, classes, builtins), even when the function takes **kwargs.
def f(**k):
    return k


def g(a, **k):
    return a, k


class C:
    def __init__(self, **k):
        self.k = k


class Name(str):
    pass


calls = [
    lambda: f(**{1: 2}),
    lambda: g(1, **{1: 2}),
    lambda: g(**{"a": 1, 2: 3}),
    lambda: C(**{None: 1}).k,
    lambda: print(**{1: 2}),
    lambda: dict(**{1: 2}),
    lambda: f(x=1, **{1: 2}),
    lambda: f(**{"x": 1}, **{2: 3}),
    lambda: (lambda: 0)(**{1: 2}),
    lambda: max([1], **{1: 2}),
    lambda: sorted([], **{(1, 2): 2}),
    lambda: f(*[1], **{1: 2}),
    lambda: f(**{Name("n"): 1}),
    lambda: type("T", (), {}, **{1: 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

settings = {"color": "red", 3: "three"}
f(**settings)
