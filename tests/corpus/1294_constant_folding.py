# Constant folding: operators on int and str constants become one constant (co_consts), within CPython's limits.
def f():
    return 2 ** 10, 1 << 100, 1 << 200, 3 * 4 + 1, -(2 ** 3), ~5, +7, "ab" * 3, "x" + "y", 7 // -2, -7 % 3, 2 ** 200, "a" * 5000, "a" * -1, "" * -1, 10 >> 1000, -10 >> 1000, 2 ** -1, 1 / 2
print(f.__code__.co_consts)
print(f())
def g(x):
    return x + 1 + 2, 1 + 2 + x
print(g.__code__.co_consts, g(1))
d = {1 + 1: "two", "k" * 2: 3}
print(d)
def h(a=2 * 3, b=("x" * 2, 5 - 6)):
    return a, b
print(h.__defaults__, h.__code__.co_consts)
