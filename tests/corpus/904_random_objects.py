# random.Random as an object: its class chain, size, gc tracking, instances that don't share state,
# subclasses that bring their own random() or getrandbits(), references, and the errors CPython raises.
import gc
import random
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = random.Random(10)
print(type(r), type(r).__mro__, random.Random.VERSION)
print(sys.getsizeof(r), gc.is_tracked(r), r.__dict__)
print(random.Random.__name__, random.Random.__module__, random.SystemRandom.__mro__[1])
print(type(random.random).__name__, type(random.randint).__name__)

# Instances don't share state.
a, b = random.Random(1), random.Random(1)
a.random()
print(a.random() == b.random(), b.random() == random.Random(1).random())

# A subclass with its own random(): integers come from random() (no getrandbits).
class Fixed(random.Random):
    def random(self):
        return 0.75

f = Fixed(0)
print(f.randint(1, 8), f.choice('abcd'), f.randrange(100), f.uniform(0, 4), f.sample(range(10), 3))
print(Fixed._randbelow is random.Random._randbelow_without_getrandbits)

# A subclass with its own getrandbits(): integers come from it.
class Counter(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return self.calls % (1 << k)

c = Counter()
print([c.randrange(10) for _ in range(5)], c.calls)
print(Counter._randbelow is random.Random._randbelow_with_getrandbits)

class Plain(random.Random):
    pass

p = Plain(4)
print(p.random() == random.Random(4).random(), sys.getsizeof(p), type(p).__mro__[1])

# choice and sample hand back the very objects of the population.
item = object()
population = [item] * 3
before = sys.getrefcount(item)
picked = random.choice(population)
print(picked is item, sys.getrefcount(item) - before)
chosen = random.sample(population, 2)
print(sys.getrefcount(item) - before)
del picked, chosen
print(sys.getrefcount(item) - before)

attempt(lambda: r.randrange(0))
attempt(lambda: r.randrange(5, 5))
attempt(lambda: r.randrange(5, 1, 0))
attempt(lambda: r.randrange(5, 1, 1))
attempt(lambda: r.randrange(5, None, 2))
attempt(lambda: r.randrange('a'))
attempt(lambda: r.randint(1))
attempt(lambda: r.randint(1, 2, 3))
attempt(lambda: random.randint(1, 2, 3))
attempt(lambda: random.random(1))
attempt(lambda: random.getrandbits(-1))
attempt(lambda: random.getrandbits(1.5))
attempt(lambda: random.getrandbits(2**40))
attempt(lambda: random.getrandbits())
attempt(lambda: r.choice([]))
attempt(lambda: r.choice({}))
attempt(lambda: r.choice({1: 2}))
attempt(lambda: r.sample({1, 2}, 1))
attempt(lambda: r.sample([1, 2], 3))
attempt(lambda: r.sample([1, 2], -1))
attempt(lambda: r.sample([1, 2], 1, counts=[1]))
attempt(lambda: r.sample([1, 2], 1, counts=[0, 0]))
attempt(lambda: r.sample([1, 2], 1, counts=[1.5, 1]))
attempt(lambda: r.choices([1, 2], [1]))
attempt(lambda: r.choices([1, 2], 3))
attempt(lambda: r.choices([1, 2], [0, 0]))
attempt(lambda: r.choices([1, 2], [1, float('inf')]))
attempt(lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]))
attempt(lambda: r.choices([], k=2))
attempt(lambda: r.uniform('a', 'b'))
attempt(lambda: r.shuffle((1, 2)))
attempt(lambda: r.expovariate(0))
attempt(lambda: r.gammavariate(0, 1))
attempt(lambda: r.seed({}))
attempt(lambda: r.seed([1]))
attempt(lambda: r.seed(1, 2, 3))
attempt(lambda: r.seed(x=1))
attempt(lambda: random.Random(1, 2))
attempt(lambda: random.Random(y=2))
attempt(lambda: r.setstate((4, (1,) * 3, None)))
attempt(lambda: r.setstate((3, (1,) * 3, None)))
attempt(lambda: r.setstate((3, [1] * 625, None)))
attempt(lambda: r.setstate((3, (1,) * 624 + (625,), None)))
attempt(lambda: r.setstate((3, (-1,) * 624 + (0,), None)))
attempt(lambda: r.setstate((3, (2**64 + 5,) * 624 + (0,), None)))
attempt(lambda: r.setstate((3, (1.5,) * 624 + (0,), None)))
attempt(lambda: r.setstate((3, (1,) * 3)))
attempt(lambda: random.Random.random())
attempt(lambda: random.Random.random(5))
attempt(lambda: random.SystemRandom().getstate())
attempt(lambda: random.SystemRandom().getrandbits(-1))
s = random.SystemRandom()
print(s.seed(5), 0 <= s.random() < 1, 0 <= s.randrange(10) < 10, s.getrandbits(0), 0 <= s.getrandbits(12) < 4096)
