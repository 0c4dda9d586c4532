# Dict and set equality, set algebra and frozenset keys with members compared through __eq__.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return self.v == getattr(o, 'v', o)
    def __repr__(self): return f'K({self.v})'
a = {K(1): 'a', K(2): 'b'}
b = {K(2): 'b', K(1): 'a'}
print(a == b)
s = {K(1), K(2)}
t = {K(2), K(1)}
print(s == t, s <= t, s & t, s - {K(1)}, s ^ {K(3), K(1)})
print(frozenset({K(1)}) in {frozenset({K(1)}): 1})
print({1: 'x'}.get(K(1)), K(1) in {1, 2}, 1 in {K(1)})
d = dict.fromkeys([K(5), 5, 5.0])
print(d)
s = {5, K(5), 5.0}
print(s)
print(set([K(1), K(2)]).isdisjoint([K(2)]), {K(1)}.issubset([K(1), K(3)]))
u = {K(1): 1}
u.update({K(1): 2, K(4): 4})
print(u, u.pop(K(4)), u)
print({K(7)} | {K(7)})
