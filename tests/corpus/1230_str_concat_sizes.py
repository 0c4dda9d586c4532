# Concatenated str: len and sys.getsizeof follow the widest character of either part (ASCII, Latin-1, UCS-2, UCS-4).
import sys

parts = ['', 'a', 'ab', 'é', 'ÿz', 'Ω', '€uro', '😀', 'a😀b', '\x7f', '\x80']
for x in parts:
    for y in parts:
        s = x + y
        print(repr(s), len(s), sys.getsizeof(s))

s = ''
for i in range(50):
    s += 'ab'
    if i % 10 == 0:
        s += 'é' if i == 20 else ''
        s += '😀' if i == 40 else ''
    print(len(s), sys.getsizeof(s))
t = s + s
print(len(t), sys.getsizeof(t), t == s * 2, hash(t) == hash(s * 2))
u = 'x' * 10
u += 'Ω'
u += 'y'
print(len(u), sys.getsizeof(u), u[10], u[-1], u.index('Ω'))
