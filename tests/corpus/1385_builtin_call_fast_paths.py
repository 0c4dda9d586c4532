# Builtin calls with positional arguments (list.append, dict.get, len, bound builtins), exact-int * and %,
# and FOR_ITER over builtin and Python iterators: results, errors, recursion guards and refcounts as CPython.
import sys


def work(n):
    out = []
    counts = {}
    for i in range(n):
        out.append(i * i)
        counts[i % 3] = counts.get(i % 3, 0) + 1
    push = out.append
    for i in range(3):
        push(-i)
    return len(out), sum(out), counts


for _ in range(3):
    print(work(20))

print(-6 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 5 % 1)
print(2 ** 40 * 2 ** 20, -(2 ** 30) * 2 ** 30, 94906267 * 94906267, 3 * -0)
x = 17
x %= 5
x *= -4
print(x)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

try:
    list.append(3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    [].append()
except TypeError as e:
    print('TypeError:', e)
try:
    {}.get()
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)

item = object()
holder = []
print(sys.getrefcount(item))
for _ in range(4):
    holder.append(item)
print(sys.getrefcount(item), holder.count(item))
d = {'k': item}
got = d.get('k')
print(sys.getrefcount(item), got is item)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen(n):
    yield from range(n)


print(list(Countdown(4)), [v for v in gen(3)], [v * 2 for v in map(abs, [-1, -2])], [k for k in {'a': 1, 'b': 2}])
total = 0
for v in Countdown(5):
    total += v
print(total)

depth = 0


def deep():
    global depth
    depth += 1
    len(holder)
    deep()


sys.setrecursionlimit(120)
try:
    deep()
except RecursionError as e:
    print('RecursionError:', e, depth)
