# sum() as builtin_sum_impl: exact ints in a C long, floats in a double, then `+` for the rest.
import sys
import tracemalloc

big = 2 ** 62
print(sum([1, 2, 3]), sum([True, True, False]), sum([], 5), sum(range(10), -3))
print(sum([big, big - 1]), sum([big, big]), sum([-big, -big]), sum([-big, -big, -1]))
print(sum([2 ** 63, 1]), sum([1, 2 ** 70, -2 ** 70]), sum([2 ** 53, 1, 1]), sum([2 ** 53 + 1, 2 ** 53 + 1]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, True, 2 ** 70]), sum([1e308, 1e308, -1e308]))
print(sum([1, 2], 0.5), sum([0.5, 2 ** 64]), sum([1, 1j]), sum([[1], [2]], []))


class MyInt(int):
    def __add__(self, other):
        return f"MyInt+{other!r}"

    def __radd__(self, other):
        return f"{other!r}+MyInt"


print(sum([1, MyInt(5)]), sum([1.0, MyInt(5)]), sum([MyInt(3)], 0.5), sum([], MyInt(7)), type(sum([], MyInt(7))))
print(sum([1.5, MyInt(2), 0.5]), sum([2 ** 64, MyInt(1)]), sum([0.5, 2 ** 64, MyInt(1)]))


def gen():
    yield 1
    yield 2.5
    raise ValueError("stop")


try:
    sum(gen())
except ValueError as e:
    print("ValueError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum([1.0, "a"])
except TypeError as e:
    print(e)

# No object per partial sum: only the result is made (and one item at a time by the generator).
ints = [10 ** 6 + x for x in range(2000)]
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
total = sum(ints)
current, peak = tracemalloc.get_traced_memory()
print(total, current - before, peak - before)
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
total2 = sum(x for x in ints)
current, peak = tracemalloc.get_traced_memory()
print(total2, current - before, peak - before)
values = [x * 1.5 for x in range(1000)]
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
ftotal = sum(values)
current, peak = tracemalloc.get_traced_memory()
print(ftotal, current - before, peak - before)
tracemalloc.stop()
print(sys.getrefcount(total), sum(x * x for x in range(1000)))
