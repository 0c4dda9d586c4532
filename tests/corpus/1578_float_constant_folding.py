# Constant folding of float operations, as CPython 3.11's AST optimizer does it (co_consts hold the results; an
# operation that would raise is left to run), and what it changes: the order a folded set display prints in.
def f():
    return 1.5 * 2, 3 + 0.25, 7.0 // 2, -7.5 % 2, 1 / 4, 10 - 0.5, 2.0 ** 3, 1e308 * 10, 0.1 + 0.2
print(f.__code__.co_consts, f())
print({'0x1f', (100 + 257), (1e22 * 320.0388)}, {1.5 * 2, 'a', 'b'})
x = 10 ** 400
try:
    print(x * 1.0)
except OverflowError as e:
    print(e)
def g():
    return 10 ** 400 * 1.0
try:
    g()
except OverflowError as e:
    print('g', e)
print(g.__code__.co_consts[-1] > 0)
def h():
    return 2 ** -1, 10 ** -2, (-2) ** -3, 2.5 ** 2, (-8.0) ** 2
print(h.__code__.co_consts, h())
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
