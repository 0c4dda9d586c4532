class Meters(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 1.0)
    def __repr__(self):
        return f'Meters({float.__repr__(self)})'
    def __add__(self, other):
        return Meters(float(self) + other)
m = Meters(3)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__, m * 2, -m, abs(m), m > 2, m == 3.0)
print(f'{m}', f'{m:.2f}', format(m, '>8'), round(m), int(m), float(m), type(float(m)).__name__, hash(m) == hash(3.0))

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), n + 'x', type(n + 'x').__name__, n * 2, n[0], type(n[0]).__name__, len(n), 'o' in n)
print(n == 'bob', n < 'c', {n: 1}['bob'], {'bob': 2}[n], n.upper(), type(n.upper()).__name__, str(n), type(str(n)).__name__)
print(f'{n}', '%s' % n, n.startswith('b'), sorted([Name('b'), Name('a')]), ','.join([n, n]))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __str__(self):
        return 'U:' + self
print(Upper('abc'), repr(Upper('abc')), len(Upper('abc')), f'{Upper("x")}')

class Dollars(int):
    def __repr__(self):
        return f'${int(self)}'
    def __add__(self, other):
        return Dollars(int(self) + int(other))
    __radd__ = __add__
d = Dollars(5)
print(d, repr(d), str(d), d + 3, 3 + d, d * 2, type(d * 2).__name__, d - 1, d // 2, d == 5, d < 6, hash(d) == hash(5), [d])
print(sum([Dollars(1), Dollars(2)]), int(d), type(int(d)).__name__, bool(Dollars(0)), +d, type(+d).__name__, -d, range(d), [0] * d)
print(f'{d}', f'{d:05d}', d.bit_length(), d.real, type(d.real).__name__, isinstance(d, int), 7 % d, divmod(d, 2), d ** 2, pow(d, 2, 3))

class Sign(int):
    def __new__(cls, v):
        return super().__new__(cls, 1 if v > 0 else -1 if v < 0 else 0)
    def __init__(self, v):
        self.original = v
s = Sign(-42)
print(s, s.original, s.__dict__, s * 10)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f'Pair{tuple.__repr__(self)}'
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), list(p), p[::-1])
a, b = p
print(a, b, {p: 'x'}[(1, 2)], sorted([Pair(2, 1), Pair(1, 5)]), p.count(1), p.index(2))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([1])
t.add_all(2, 3)
print(t, len(t), 2 in t, t | {9}, type(t | {9}).__name__, t == {1, 2, 3}, Tags(), sorted(t))
class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(f, Frozen(), f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset({1, 2})])
try:
    Dollars('x')
except ValueError as e:
    print('ValueError', e)
try:
    Name(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    Pair(1)
except TypeError as e:
    print('TypeError', e)
