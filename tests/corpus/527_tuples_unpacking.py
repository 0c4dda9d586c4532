t = (1, 2, 3)
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print(t.count(2), t.index(3), len(t), t[1:], t + (4,), t * 2)
point = 3, 4
print(point, type(point).__name__)
single = (5,)
print(single, len(single), ())
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print([*t, *"ab"], (*t, 0))
