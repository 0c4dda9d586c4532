# list.sort is CPython's timsort: the same comparisons in the same order, stable, keys computed first.
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"

data = [K(v) for v in [5, 3, 8, 1, 9, 2, 7, 3, 6, 4]]
print(sorted(data))
print(len(log), log[:12])
log.clear()
big = [K((i * 37) % 101) for i in range(150)]
big.sort()
print(len(log), [k.v for k in big[:10]])
log.clear()
big.sort(reverse=True)
print(len(log), [k.v for k in big[:5]])

calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
for bad in ([1, 'a'], ['a', 1], [1, None], [3.5, 'x', 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)

lst = [3, 1, 2]
def meddle(x):
    lst.append(x)
    return x
try:
    lst.sort(key=meddle)
except ValueError as e:
    print(e, lst)
seen = []
def look(x):
    seen.append(len(lst))
    return x
lst.sort(key=look)
print(seen, lst)
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted("hello world"), sorted([(1, 2), (1,), (0, 5)]), sorted([[2], [1, 3], [1]]))
print(min([4, 2, 8], key=lambda x: -x), max("abc", "bcd", key=len), min([], default="empty"))
