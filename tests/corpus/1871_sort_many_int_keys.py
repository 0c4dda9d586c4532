# Sorting thousands of int keys: the order, ties kept stable, for narrow, wide and negative spreads.
import random
rng = random.Random(7)
for spread in (10, 1000, 70000, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40, 2 ** 60):
    for n in (2047, 2048, 5000):
        xs = [rng.randrange(-spread // 2, spread // 2 + 1) for _ in range(n)]
        ys = sorted(xs)
        assert all(ys[i] <= ys[i + 1] for i in range(n - 1))
        pairs = [(x % 97, i) for i, x in enumerate(xs)]
        by_key = sorted(pairs, key=lambda p: p[0])
        stable = all(by_key[i][1] < by_key[i + 1][1] for i in range(n - 1) if by_key[i][0] == by_key[i + 1][0])
        rev = sorted(xs, reverse=True)
        print(spread, n, sum(ys[::97]), ys[0], ys[-1], stable, rev[:3], by_key[:3], by_key[-2:])
words = [str(rng.randrange(10 ** 6)) for _ in range(3000)]
by_len = sorted(words, key=len)
print(by_len[:5], by_len[-5:])
objs = list(range(4000))
rng.shuffle(objs)
objs.sort(key=lambda v: -v)
print(objs[:5], objs[-5:])
