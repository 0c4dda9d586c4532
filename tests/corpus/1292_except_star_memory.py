# except* and memory: the split parts share the original's traceback; the matched part is the handled
# exception; nothing outlives the statement except what the program keeps.
import gc
import sys


class Task:
    def __init__(self, name):
        self.name = name
        self.partner = None


def run(tasks):
    errors = []
    for t in tasks:
        try:
            if t.name.startswith("v"):
                raise ValueError(t.name)
            if t.name.startswith("k"):
                raise KeyError(t.name)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch", errors)


a, b = Task("v1"), Task("k2")
a.partner, b.partner = b, a
gc.collect()
kept = []
try:
    run([a, b, Task("ok"), Task("v3")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions], sys.getrefcount(eg))
    kept.append(eg)
except* KeyError as eg:
    print("keys:", [repr(x) for x in eg.exceptions])
print("kept:", len(kept), sys.getrefcount(kept[0]), kept[0].__traceback__.tb_lineno)
print("handled exception after:", sys.exc_info()[0])
del a, b
kept.clear()
print("collected:", gc.collect())


def generator():
    try:
        yield 1
        raise ExceptionGroup("in generator", [ZeroDivisionError("x"), OSError("y")])
    except* ZeroDivisionError:
        yield "zero handled"


g = generator()
print(next(g), next(g))
try:
    next(g)
except ExceptionGroup as rest:
    print("rest:", repr(rest))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__ if exc[0] else None)
        return False


try:
    with Manager():
        try:
            raise ExceptionGroup("eg", [TypeError("t")])
        except* TypeError:
            raise RuntimeError("converted")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
