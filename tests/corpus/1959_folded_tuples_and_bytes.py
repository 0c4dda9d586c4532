# The optimizer folds bytes and tuple operations on constants, as CPython 3.11's does: equal folded values are one
# object, and the arena keeps every tuple it folded (so their items have more references than the code alone holds).
import sys

a = b"ab" * 2
b = b"ab" * 2
print(a is b, a, b"x" + b"y", b"" * 5, b"a" * -2)
c = (1, 2) + (3,)
k = (1, 2) * 2
print(c, k, 3 * (7,), () * 3, (1,) * 0, (1,) * -1, ((1, 2),) * 2)
print(len((1,) * 300), len(((1, 2, 3, 4),) * 300))


def same_each_call():
    return (4, 5) + (6,)


print(same_each_call() is same_each_call(), same_each_call.__code__.co_consts)

# Small ints held by folded tuples: a second equal display, an operand folded away, a subscript's tuple.
x = (1, 2)
y = (1, 2)
z = (2, 7) * 2 + (2,)
w = (1, 2)[0]
nested = (1, (2, 7))
print(sys.getrefcount(1), sys.getrefcount(2), sys.getrefcount(7))

import tracemalloc

tracemalloc.start()
data = [b"x" * 100 for _ in range(1000)]
stat = tracemalloc.take_snapshot().statistics("lineno")[0]
print(stat.count, stat.size > 8000)
tracemalloc.stop()
try:
    x = b"" * 10**30
except OverflowError as e:
    print(e)
try:
    x = "" * 10**30
except OverflowError as e:
    print(e)
print(() * 10**18, "" * 2**62)
try:
    x = () * -10**30
except OverflowError as e:
    print(e)
