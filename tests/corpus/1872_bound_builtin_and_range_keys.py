# Builtin methods bound to one object are equal and one key; equal ranges are one key; a writable memoryview is no key.
l = []
m1, m2 = l.append, l.append
print(type(m1), m1 == m2, m1 != m2, m1 is m2, hash(m1) == hash(m2), len({m1, m2}))
print((1).__add__ == (1).__add__, 'a'.upper == 'a'.upper, 'a'.upper == 'b'.upper, l.append == [].append)
def f(): pass
print(type(f.__call__), f.__call__ == f.__call__, f.__call__ == (lambda: 0).__call__)
class C: pass
c = C()
print(type(c.__init__), c.__init__ == c.__init__, c.__repr__ == c.__repr__, {c.__repr__: 1}.get(c.__repr__))
print({range(0): 'a', range(5, 5): 'b'}, range(3) in {range(0, 3, 1)}, len({range(1, 10, 2), range(1, 11, 2)}))
for make in (lambda: {memoryview(bytearray(b'a')): 1}, lambda: {memoryview(bytearray(b'a'))}, lambda: memoryview(bytearray(b'a')) in {1: 2}):
    try:
        print(make())
    except ValueError as e:
        print('ValueError', e)
print({memoryview(b'ab'): 1}[memoryview(b'ab')], memoryview(b'ab') in {b'ab'})
d = {}
for obj in ([], 'x', 5, {}):
    for name in ('__repr__', '__eq__', '__hash__', '__sizeof__'):
        if hasattr(obj, name):
            d[getattr(obj, name)] = name
print(len(d), sorted(d.values()))
print(len({[].append, [].append}), len({str.upper, str.upper}), len({'x'.upper, 'y'.upper}))
