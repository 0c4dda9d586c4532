# A class with its own __eq__ and `__hash__ = object.__hash__` is hashed by identity, but an entry whose hash
# equals its (an int of that value) is compared with __eq__, as CPython's lookdict does.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, type(other).__name__)
        return True

    __hash__ = object.__hash__

    def __repr__(self):
        return f'K({self.v})'


a, b = K(1), K(2)
print(hash(a) == object.__hash__(a))
d = {a: 'a'}
d[b] = 'b'
print(len(d), d)
h = hash(a)
print(h in d)
d[h] = 'int'
print(len(d), list(d.values()))
s = {h}
print(a in s)
s.add(a)
print(len(s))
print(float(h) in d)
print(d.get(h), d.pop(h), len(d))


class Q(K):
    pass


q = Q(3)
print(hash(q) in {q}, q in {hash(q)})
print((1, hash(q)) in {(1, q)})
print(sorted(v for v in {a: 1, b: 2, q: 3}.values()))
