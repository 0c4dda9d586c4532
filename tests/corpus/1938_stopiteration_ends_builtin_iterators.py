# A StopIteration raised by the function a builtin iterator calls (map, filter, itertools) ends the iteration for
# whoever is consuming it, as python3's C iterators do; iter(callable, sentinel) stops for good.
import itertools
def stop_at(n):
    def f(x):
        if x == n: raise StopIteration
        return x * 10
    return f
data = [1, 2, 3, 4]
print(list(map(stop_at(3), data)), tuple(map(stop_at(2), data)), set(map(stop_at(4), data)))
print(sum(map(stop_at(3), data)), min(map(stop_at(3), data)), sorted(map(stop_at(3), data), reverse=True))
print(''.join(map(str, map(stop_at(3), data))), dict(zip("ab", map(stop_at(9), data))))
for v in map(stop_at(2), data): print("loop", v)
m = map(stop_at(2), data)
print(next(m), next(m, "d"), next(m))
print(list(itertools.starmap(lambda a: stop_at(3)(a), [(1,), (2,), (3,), (4,)])))
print(list(itertools.takewhile(lambda x: stop_at(3)(x), data)), list(itertools.dropwhile(lambda x: stop_at(3)(x) < 15, data)))
print(list(itertools.accumulate(data, lambda a, b: stop_at(3)(b))))
print(list(filter(lambda x: stop_at(3)(x), data)), list(itertools.filterfalse(lambda x: stop_at(3)(x) > 100, data)))
print([x for x in map(stop_at(3), data)], list(enumerate(map(stop_at(3), data))))
g = (x for x in map(stop_at(3), data)); print(list(g))
print(any(map(stop_at(1), data)), all(map(stop_at(3), data)), list(itertools.chain(map(stop_at(2), data), [7])))
print(list(itertools.islice(map(stop_at(3), data), 5)), list(zip(map(stop_at(3), data), "abcd")))
pending = iter([1, 2])
print(list(iter(lambda: next(pending), None)))
calls = iter([5, 6])
polled = iter(lambda: next(calls), None)
print(list(polled), list(polled))
print(list(map(next, [iter([1]), iter([]), iter([3])])))
