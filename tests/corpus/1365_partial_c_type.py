# functools.partial is a C type in CPython: its size, members, flattening, keyword merging, refcounts,
# allocation counts and tracebacks (no frame of its own).
import functools
import gc
import sys
partial = functools.partial

gc.disable()
baseline = gc.get_count()[0]


def f(*args, **kw):
    return args, kw


def counted(*args, **kw):
    return gc.get_count()[0]


def delta(label, make):
    before = gc.get_count()[0]
    result = make()
    print(label, gc.get_count()[0] - before, result - before if isinstance(result, int) else "")
    return result


p = partial(max, 1, key=abs)
print(repr(p), type(p), type(p).__module__, type(p).__qualname__)
print(p.func, p.args, p.keywords)
print(sys.getsizeof(p), sys.getsizeof(partial(max)), gc.is_tracked(p))
print(p(-5, 3), p(-5, key=lambda x: -x))
print(repr(partial(print, "a", sep=partial)))
q = partial(p, 7, default=3)
print(repr(q), q.func is max, q.args, q.keywords)
p.x = 1
print(p.__dict__, sorted(k for k in dir(p) if not k.startswith("__")), "__dict__" in dir(p))
r = partial(p, 9)
print(r.func is p, r.args)
for bad in (lambda: partial(), lambda: partial(1), lambda: partial.__new__(int, f)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p.func = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(partial.func), partial.__call__, partial.__repr__)
print(partial.__doc__)
print(p.__reduce__())

# (A first __reduce__ may find other free tuples than CPython: counts start after it.)
baseline = gc.get_count()[0]
# Keywords merge: the call's win, the stored dict is copied (a **kw function may change its own).
pk = partial(f, 1, a=1, b=2)
print(pk(2, b=3, c=4), pk.keywords)
pk.keywords["d"] = 5
print(pk())
print(partial(f, *range(7))(*range(8)))

print("count", gc.get_count()[0] - baseline)
# References the partial holds.
o = object()
print(sys.getrefcount(o))
held = [partial(f, o), partial(f, k=o), partial(f, o, o)]
print(sys.getrefcount(o))
flat = partial(held[0], o)
print(sys.getrefcount(o), flat.args == (o, o))
del held, flat
print(sys.getrefcount(o))

print("count", gc.get_count()[0] - baseline)
# Allocation counts (gc.get_count) around making and calling partials.
p0 = delta("make0", lambda: partial(counted))
p1 = delta("make1", lambda: partial(counted, o))
p2 = delta("make1kw", lambda: partial(counted, o, b=o))
delta("call0", lambda: p0())
delta("call1", lambda: p0(1))
delta("callkw", lambda: p0(1, x=2))
delta("p1call1", lambda: p1(2))
delta("p2call0", lambda: p2())
delta("p2call1", lambda: p2(5))
delta("p2callkw", lambda: p2(c=5))
delta("flat", lambda: partial(p1, 3))
delta("flatkw", lambda: partial(p2, 3, d=4))
print("count", gc.get_count()[0] - baseline)
kept = []
delta("keep", lambda: kept.append(partial(f, 1, 2)))
delta("keepkw", lambda: kept.append(partial(f, 1, 2, a=1)))
for i in range(120):
    kept.append(partial(f, i, k=i))
print(gc.get_count()[0] - baseline, len(kept))


def boom(x):
    return 1 / x


try:
    partial(boom, 0)()
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print("frames", frames)
partial(boom, 0, )()
