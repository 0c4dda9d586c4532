# gauss() makes two values at a time and keeps the second in gauss_next for the next call;
# seed() and setstate() reset it. gauss and vonmisesvariate use cos/sin/acos, whose last digit
# this playground computes correctly rounded while CPython's C library is sometimes off by one,
# so their long runs are compared at 12 significant digits.
import random

M = (1 << 61) - 1


def check(values):
    h = 0
    for x in values:
        a, b = float('%.12g' % x).as_integer_ratio()
        h = (h * 1000003 + a * 31 + b) % M
    return h


r = random.Random(8)
print(r.gauss_next)
g1 = r.gauss()
print(r.gauss_next is not None, '%.12g' % g1)
g2 = r.gauss()
print(r.gauss_next, '%.12g' % g2)
r.gauss()
state = r.getstate()
print(state[2] is not None)
r.seed(8)
print(r.gauss_next, '%.12g' % r.gauss() == '%.12g' % g1)
r.setstate(state)
print('%.12g' % r.gauss_next == '%.12g' % state[2])

r = random.Random(2718)
print('gauss', ['%.12g' % r.gauss(5, 2) for _ in range(3)], check(r.gauss(5, 2) for _ in range(10000)))
print('vonmises', ['%.12g' % r.vonmisesvariate(1.0, 4.0) for _ in range(3)], check(r.vonmisesvariate(1.0, 4.0) for _ in range(3000)))
print('vonmises flat', ['%.12g' % r.vonmisesvariate(0, 0) for _ in range(3)])

# gauss draws two random() values per pair: the generator is in the same place either way.
a = random.Random(1)
b = random.Random(1)
for _ in range(10):
    a.gauss()
for _ in range(10):
    b.random()
print(a.random() == b.random())
