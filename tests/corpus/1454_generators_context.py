def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
def wrapper():
    r = yield from countdown(3)
    print("inner returned", r)
    yield 0
print(list(wrapper()), sum(x * x for x in range(10)))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), 21 in Fib(100))
g = countdown(2)
print(next(g), next(g), next(g, "end"))
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(); c(); c(5)
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
def repeat(times):
    def deco(fn):
        def inner(*args):
            return [fn(*args) for _ in range(times)]
        return inner
    return deco
@repeat(3)
def hi(n):
    return f"hi {n}"
print(hi("x"))
from contextlib import contextmanager
class Timer:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Timer() as t:
    {}["k"]
print("after")
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as v, tag("i"):
    print(v)
def describe(obj):
    match obj:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [x, *rest]: return f"many {x} +{len(rest)}"
        case {"type": "pt", "x": x, **kw}: return f"pt {x} {kw}"
        case int(n) if n < 0: return "neg"
        case int() | float(): return "num"
        case str() as s: return f"str {s!r}"
        case (1, 2): return "never"
        case _: return "other"
for o in [[], [1], [1, 2, 3], {"type": "pt", "x": 1, "z": 2}, -5, 3.0, "s", None, (1, 2)]:
    print(describe(o))
gen = (i for i in range(3))
print(gen.__name__, list(gen), list(gen))
def echo():
    got = None
    while True:
        got = yield got
e = echo(); next(e); print(e.send(5), e.send("x")); e.close()
def bad():
    yield 1
    raise ValueError("gen broke")
for v in bad():
    print(v)
