# randrange/randint/choice/shuffle/sample: CPython's _randbelow rejection loop and sample's two
# algorithms (pool or set of indices), checked over thousands of draws per case.
import random

M = (1 << 61) - 1


def check(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % M
    return h


for seed, n in ((1, 10000), (2024, 1000)):
    r = random.Random(seed)
    print('seed', seed)
    print('randint', check(r.randint(1, 6) for _ in range(n)), [r.randint(-3, 3) for _ in range(8)])
    print('randrange stop', check(r.randrange(10) for _ in range(n // 4)), check(r.randrange(2**40) for _ in range(n // 10)))
    print('randrange big', [r.randrange(10**30) for _ in range(3)], r.randrange(-10**20, 10**20))
    print('randrange step', check(r.randrange(0, 100, 7) for _ in range(n // 10)), [r.randrange(100, 0, -3) for _ in range(6)])
    print('randrange exact powers', [r.randrange(n) for n in (1, 2, 4, 8, 2**31, 2**32, 2**33, 2**53, 2**64)])
    print('choice', check(ord(r.choice('abcdefghij')) for _ in range(n // 4)), r.choice([10, 20, 30]), r.choice(range(1000)))
    print('choice tuple', [r.choice((1, 'a', None, 2.5)) for _ in range(6)])
    deck = list(range(52))
    for _ in range(n // 100):
        r.shuffle(deck)
    print('shuffle', deck[:10], check(deck))
    letters = list('abcdefgh')
    r.shuffle(letters)
    print(letters)
    # sample: n <= setsize uses a pool copy, a larger population a set of chosen indices.
    for n, k in ((10, 3), (21, 5), (22, 5), (30, 6), (50, 6), (60, 20), (100, 10), (1000, 60), (10**6, 100), (10, 10), (5, 0)):
        s = r.sample(range(n), k)
        print('sample', n, k, s[:6], check(s))
    print('sample list', r.sample(['a', 'b', 'c', 'd'], 2), r.sample('xyz', 3), r.sample((1, 2, 3), k=1))
    print('sample counts', r.sample(['red', 'blue'], counts=[4, 2], k=5), r.sample(range(3), 6, counts=[3, 2, 1]))

# The module-level functions use the module's own generator.
random.seed(3)
print(random.randint(1, 100), random.randrange(5, 50, 5), random.choice('xyz'), random.sample(range(10), 3))
items = [1, 2, 3, 4, 5]
random.shuffle(items)
print(items)

# randrange accepts ints and objects with __index__; bool is an int.
class Five:
    def __index__(self):
        return 5

random.seed(11)
print(random.randrange(Five()), random.randrange(True, Five()), random.randint(False, True))
