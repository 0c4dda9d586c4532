# lst.append(x) at a call site run often (CPython 3.11 specializes it: PRECALL_NO_KW_LIST_APPEND): the same
# refcounts, sizes and gc counts as any call, a list subclass's own append, and the errors of the unusual forms.
import gc
import sys


class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x)


def fill(n):
    out = []
    for i in range(n):
        out.append(i * 1000)
    return out


for n in (0, 1, 5, 9, 17, 40):
    got = fill(n)
    print(n, len(got), sys.getsizeof(got), sys.getrefcount(got))

item = object()
held = []
for i in range(20):
    held.append(item)
print(sys.getrefcount(item), sys.getrefcount(held), sys.getsizeof(held))

loud = Loud()
for i in range(10):
    loud.append(i)
print(loud)

bound = held.append
for i in range(12):
    bound(i)
print(len(held), sys.getrefcount(bound))

for args in ((held, 1), (5, 1), (held,), (held, 1, 2)):
    try:
        for i in range(10):
            list.append(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for i in range(10):
        bound(held, i)
except TypeError as e:
    print(type(e).__name__, e)

gc.disable()
before = gc.get_count()
cyc = []
for i in range(30):
    cyc.append(cyc)
after = gc.get_count()
print(before[0] <= after[0], sys.getrefcount(cyc))
del cyc
print(gc.collect())
gc.enable()
