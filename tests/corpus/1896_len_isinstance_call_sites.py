# len(x) and isinstance(x, t) at call sites run often (CPython 3.11 specializes them: PRECALL_NO_KW_LEN and
# PRECALL_NO_KW_ISINSTANCE): builtin and Python __len__, a metaclass __instancecheck__, errors, refcounts.
import sys
from collections import abc


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__", type(obj).__name__)
        return True


class Anything(metaclass=Meta):
    pass


def measure(things):
    out = []
    for t in things:
        out.append(len(t))
    return out


things = [[1, 2], "abc", (1,), {1: 2}, {3}, b"xy", range(7), Sized(4), bytearray(3), frozenset([1, 2])]
for k in range(3):
    print(measure(things))
for bad in (5, None, Sized(-1)):
    try:
        for i in range(10):
            len(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

x = [1, 2, 3]
for i in range(10):
    n = len(x)
print(n, sys.getrefcount(x))

checks = []
for i in range(12):
    checks.append((isinstance(i, int), isinstance(x, (tuple, list)), isinstance("s", abc.Sequence), isinstance(i, Anything)))
print(checks[-1], len(checks))
for bad in (5, (int, 5)):
    try:
        for i in range(10):
            isinstance(1.5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.getrefcount(x), sys.getrefcount(int) > 0)
