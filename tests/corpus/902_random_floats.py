# random's real-valued functions: uniform, triangular, choices (weights, cum_weights), and the
# distributions built on random(), log, exp and pow, checked value by value over thousands of draws.
import random

M = (1 << 61) - 1


def check(values):
    h = 0
    for x in values:
        a, b = float(x).as_integer_ratio()
        h = (h * 1000003 + a * 31 + b) % M
    return h


def show(name, draw, n):
    head = [draw(), draw()]
    print(name, [repr(v) for v in head], check(draw() for _ in range(n)))


r = random.Random(31337)
show('uniform', lambda: r.uniform(-5, 10), 3000)
show('uniform ints', lambda: r.uniform(1, 2), 800)
show('uniform reversed', lambda: r.uniform(10, -10.5), 800)
show('triangular', lambda: r.triangular(), 800)
show('triangular mode', lambda: r.triangular(0, 10, 2), 800)
show('triangular equal', lambda: r.triangular(3, 3), 10)
print(r.triangular(1, 1, 1), r.triangular(2.5, 2.5))
show('expovariate', lambda: r.expovariate(1.5), 800)
show('normalvariate', lambda: r.normalvariate(10, 2), 800)
show('normalvariate default', lambda: r.normalvariate(), 800)
show('lognormvariate', lambda: r.lognormvariate(0, 0.5), 800)
show('gamma small', lambda: r.gammavariate(0.3, 2.0), 800)
show('gamma one', lambda: r.gammavariate(1.0, 3.0), 800)
show('gamma large', lambda: r.gammavariate(4.5, 1.0), 800)
show('beta', lambda: r.betavariate(2.0, 5.0), 800)
show('beta small', lambda: r.betavariate(0.2, 0.2), 800)
show('pareto', lambda: r.paretovariate(3.0), 800)
show('weibull', lambda: r.weibullvariate(1.0, 1.5), 800)

r = random.Random('choices')
print(r.choices('abc'), r.choices('abc', k=8))
picks = r.choices(range(10), k=3000)
print('choices', picks[:10], sum(picks), check(picks))
picks = r.choices(range(4), weights=[1, 2, 3, 4], k=3000)
print('weights', picks[:10], [picks.count(i) for i in range(4)])
picks = r.choices(range(4), cum_weights=[1, 3, 6, 10], k=3000)
print('cum_weights', picks[:10], [picks.count(i) for i in range(4)])
picks = r.choices(['x', 'y'], [0.1, 0.9], k=3000)
print('float weights', picks.count('x'), ''.join(picks[:20]))
print(r.choices([1, 2, 3], [0, 0, 1], k=4), r.choices([1, 2], k=0))

random.seed(5)
print(random.uniform(0, 1), random.triangular(0, 1, 0.9), random.expovariate(1), random.choices([1, 2, 3], k=3))
