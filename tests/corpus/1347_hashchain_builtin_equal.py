# Instances equal to ints and strs with the same hash are the same key, either way round.
class Num:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        print('  Num.__eq__', self.n, other)
        if isinstance(other, Num):
            return self.n == other.n
        return self.n == other
    def __repr__(self):
        return 'Num(%r)' % (self.n,)

d = {1: 'int one', 'a': 'str a'}
print(d[Num(1)], d[Num('a')])
d[Num(1)] = 'replaced'
print(d)
e = {Num(2): 'num two', Num('b'): 'num b'}
print(e[2], e['b'], 2.0 in e, True in {Num(1): 0})
e[2] = 'int two'
print(e)
print({Num(3), 3, 3.0, Num(3)})
print({3, Num(3)} == {3}, {Num(3)} == {3}, {3} == {Num(3)})
print(frozenset({Num(4)}) == frozenset({4}))
print(dict.fromkeys([Num(5), 5]), set([5, Num(5), 6]))
print((Num(6), 1) in {(6, 1): 'tuple'}, {(6, 1): 'tuple'}.get((Num(6), 1)))
print({(Num(7), 'x'): 1} == {(7, 'x'): 1})
f = {Num(8): 8}
print(f.pop(8), f, f.setdefault(Num(9), 9), f.setdefault(9, 'no'))
print(-1 in {Num(-1)}, hash(Num(-1)), {Num(-1): 'a'}.get(-1, 'no'))
match {1: 'one'}:
    case {1: v}:
        print('match', v)
match {Num(1): 'one'}:
    case {1: v}:
        print('match2', v)
