# Raises caught in long loops (the eval loop handles them without leaving its optimized code): every kind of raise,
# re-raise, chaining, raises from callees and generators, and the counts and messages they leave.
import sys


class Custom(Exception):
    pass


def fails(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        return {}["k%d" % (i % 5)]
    return 1 // (i - i)


def gen(n):
    for i in range(n):
        if i == n - 1:
            raise Custom("last")
        yield i


counts = {}
chained = 0
for i in range(3000):
    try:
        try:
            fails(i)
        except ZeroDivisionError as e:
            raise Custom("wrapped") from e
        except KeyError:
            raise
    except Custom as e:
        chained += e.__cause__ is not None
        counts["Custom"] = counts.get("Custom", 0) + 1
    except (ValueError, KeyError) as e:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
        if e.__context__ is not None:
            counts["context"] = counts.get("context", 0) + 1
print(sorted(counts.items()), chained)

total = 0
for n in range(1, 400):
    try:
        for v in gen(n):
            total += v
    except Custom as e:
        total += len(e.args)
print(total)


def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            yield str(e)


g = thrower()
next(g)
seen = []
for i in range(500):
    seen.append(g.throw(ValueError(i)))
    next(g)
print(seen[:3], seen[-1], len(seen))

finals = 0
for i in range(1000):
    try:
        try:
            if i % 2:
                raise IndexError(i)
        finally:
            finals += 1
    except IndexError:
        pass
print(finals)


def depth(n):
    if n == 0:
        raise RuntimeError("bottom")
    return depth(n - 1)


caught = 0
for i in range(300):
    try:
        depth(i % 20)
    except RuntimeError as e:
        tb = e.__traceback__
        frames = 0
        while tb:
            frames += 1
            tb = tb.tb_next
        caught += frames
print(caught)

try:
    sum(gen(5))
except Custom as e:
    print("sum:", e, sys.exc_info()[0].__name__)

e = None
for i in range(200):
    try:
        raise KeyError(i)
    except KeyError as err:
        e = err
print(repr(e), sys.getrefcount(e), e.__traceback__.tb_lineno)
raise Custom("uncaught after %d" % len(seen))
