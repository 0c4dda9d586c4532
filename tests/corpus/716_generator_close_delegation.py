# Closing or throwing into a generator suspended in `yield from` goes to the innermost generator first.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner handled", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "outer after"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))

g = outer()
next(g)
g.close()
print("closed")

def deep(n):
    if n == 0:
        try:
            yield "bottom"
        finally:
            print("bottom closed")
    else:
        try:
            yield from deep(n - 1)
        finally:
            if n % 100 == 0:
                print("level", n, "closed")
d = deep(300)
print(next(d))
del d

def ignoring_inner():
    for attempt in range(2):
        try:
            yield 1
        except GeneratorExit:
            print("inner ignores GeneratorExit once")
def delegating():
    yield from ignoring_inner()
dg = delegating()
next(dg)
try:
    dg.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    dg.throw(ValueError("v"))
except ValueError as e:
    print("ValueError passed through both:", e)
