# sorted() and list.sort of int keys that are already one run (ascending, or strictly descending, which timsort
# reverses in place): stable results with key=, reverse= and equal keys, as python3 sorts them.
import random
random.seed(5)
for n in (0, 1, 2, 3, 5000):
    for kind in ("asc", "desc", "desc_eq", "asc_eq", "rand", "const"):
        if kind == "asc": xs = list(range(n))
        elif kind == "desc": xs = list(range(n, 0, -1))
        elif kind == "desc_eq": xs = [i // 2 for i in range(n, 0, -1)]
        elif kind == "asc_eq": xs = [i // 3 for i in range(n)]
        elif kind == "rand": xs = [random.randrange(100) for _ in range(n)]
        else: xs = [7] * n
        pairs = [(x, i) for i, x in enumerate(xs)]
        by_key = sorted(pairs, key=lambda p: p[0])
        by_key_rev = sorted(pairs, key=lambda p: p[0], reverse=True)
        plain = sorted(xs)
        plain_rev = sorted(xs, reverse=True)
        print(n, kind, hash(tuple(by_key)) == hash(tuple(sorted(pairs, key=lambda p: (p[0], p[1])))),
              by_key_rev[:4], plain[:3], plain_rev[:3], [i for _, i in by_key[:5]], [i for _, i in by_key_rev[:5]])
