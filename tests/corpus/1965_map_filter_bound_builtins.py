# map over one iterable and over several, filter's truth of its predicate's results, a StopIteration raised by
# map's function (it ends the consumer's loop, the map goes on), and the allocations of calls through bound
# builtins made per attribute read (random's self.getrandbits, d.update), which hidden argument tuples follow.
import gc
import random


def allocations(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before


print(list(map(lambda x: x * x, range(6))), list(map(pow, [2, 3, 4], [5, 6])), list(map(str, "abc")))
print(list(filter(lambda x: x % 3, range(10))), list(filter(None, [0, "", "x", [], [1], None, 2])))


class Truthy:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 1


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print([t.n for t in filter(lambda t: t, [Truthy(i) for i in range(4)])], len(list(filter(None, [Sized(0), Sized(2)]))))
print(list(filter(lambda x: Truthy(x), range(4))), list(filter(lambda x: Sized(x), range(3))))
items = iter([1, 2, 3, 4])
stopper = map(lambda x: next(items) if x < 3 else x, range(10))
print(list(stopper), list(stopper), list(items))
chained = map(next, [iter([1]), iter([]), iter([3])])
print(list(chained), list(chained))
try:
    list(filter(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
random.seed(7)
print([random.randint(1, 100) for _ in range(5)], random.choice("abcdef"), random.random())
print([allocations(lambda: random.randint(1, 100)) for _ in range(3)], [allocations(lambda: random.choice([1, 2, 3])) for _ in range(3)])
d = {}
print([allocations(lambda: d.update({"a": 1})) for _ in range(3)], [allocations(lambda: "x{}".format(1)) for _ in range(3)])


class MyDict(dict):
    pass


m = MyDict()
print([allocations(lambda: m.update(a=1)) for _ in range(3)], m)
total = 0
for i in range(3000):
    total += sum(map(lambda x: x + i, range(3))) + len(list(filter(lambda x: x > 1, range(4))))
print(total)
