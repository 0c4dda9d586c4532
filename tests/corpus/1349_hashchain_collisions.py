# Unequal keys with one hash stay apart: __hash__ once per lookup, __eq__ on each stored key of that hash.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print('hash', self.v)
        return 1
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return self.v == getattr(o, 'v', o)
s = set()
s.add(K(1))
s.add(K(2))
s.add(K(1))
print(len(s))
d = {}
d[K(1)] = 'a'
d[K(2)] = 'b'
d[K(1)] = 'c'
print(len(d), K(2) in d, d.get(K(3)))
d[1] = 'int'
print([(k.v, v) for k, v in d.items()])
