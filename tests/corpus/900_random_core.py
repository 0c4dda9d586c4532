# random's Mersenne Twister core: seeding from ints, strs, floats and bools, random(), getrandbits() and
# the state, checked over 10,000 values per seed (checksums) plus a few raw values.
import random

M = (1 << 61) - 1


def check_ints(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % M
    return h


def check_floats(values):
    # random() returns k / 2**53: the integer k identifies the float exactly.
    return check_ints(int(x * 9007199254740992) for x in values)


seeds = [0, 1, 42, 12345, -7, 2**32, 2**32 - 1, 2**64 + 5, 2**200 + 3, 'hello', '', 'h\u00e9llo \u2603', 'a' * 100, 1.5, -2.25, True, 0.0]
for seed in seeds:
    random.seed(seed)
    first = [random.random() for _ in range(3)]
    n = 10000 if seed in (0, 42, 'hello', 2**200 + 3) else 1000
    print(repr(seed)[:20], first, check_floats(random.random() for _ in range(n)))

r = random.Random(2024)
for k in (0, 1, 2, 7, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 1000):
    print('getrandbits', k, [r.getrandbits(k), r.getrandbits(k)], check_ints(r.getrandbits(k) for _ in range(1000)))

# getstate / setstate round trips and the state's shape.
r = random.Random(99)
state = r.getstate()
print(state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b, r.getstate()[1][-1])
internal = list(state[1])
internal[-1] = 5
r.setstate((3, tuple(internal), None))
print(r.random(), r.getstate()[1][-1])
r.setstate((2, tuple(x + 2**32 for x in state[1][:-1]) + (624,), 0.25))
print(r.random(), r.gauss_next)

# Two generators with the same seed agree; the module functions share one hidden instance.
x, y = random.Random('same'), random.Random('same')
print(all(x.random() == y.random() for _ in range(1000)))
random.seed(7)
u = random.random()
random.seed(7)
print(u == random.random(), random.getrandbits(64))

# seed(None) and Random() draw from entropy: only their shape is printed.
random.seed()
print(type(random.random()).__name__, 0.0 <= random.random() < 1.0)
print(len(random.Random().getstate()[1]))
