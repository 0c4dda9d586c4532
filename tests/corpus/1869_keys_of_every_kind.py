# Strs that look like other kinds of keys (None, tuples, floats, escapes) are keys of their own.
d = {'\x01': 1, '\x01s': 2, '\x01sx': 3, None: 4, 'N': 5, '\x01N': 6, 'o1': 7, '': 8, 1: 9, 'i1': 10, '\x01i1': 11}
print(d, len(d))
print(d['\x01'], d['\x01s'], d['\x01sx'], d[None], d['N'], d['\x01N'], d[''], d[1], d['i1'], d['\x01i1'])
s = {'\x01t(', (), ('\x01',), ('\x01s',), frozenset(), '\x01z{}', b'\x01', '\x01y\x01', b'y'}
print(len(s), sorted(map(repr, s)))
class A:
    pass
a = A()
setattr(a, '\x01x', 5)
a.x = 6
print(vars(a), getattr(a, '\x01x'))
g = globals()
g['\x01q'] = 1
print('\x01q' in g, g['\x01q'])
print({1.5: 'a', '1.5': 'b', 'f1.5': 'c', '\x01f1.5': 'd'})
