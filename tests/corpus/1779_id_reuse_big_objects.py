# Objects over 512 bytes come from malloc, not pymalloc's pools: one freed is reused by the next of its size.
n = 1000
s = 'x' * n
i = id(s)
del s
t = 'y' * n
print('str of 1000 chars:', id(t) == i)

data = list(range(n))
tup = tuple(data)
k = id(tup)
del tup
again = tuple(data)
print('tuple of 1000 items:', id(again) == k)

b1 = bytes(n)
k1 = id(b1)
del b1
b2 = bytes(n)
print('bytes of 1000:', id(b2) == k1)

# Big objects alive together never share an id.
alive = ['ab' * (300 + i) for i in range(3)]
print('alive together:', len({id(x) for x in alive}))
