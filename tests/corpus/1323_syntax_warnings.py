x = 5
print(x is 5, x is not 'a', x is None, x is ..., x is True, x is (1, 2), x is -1, x is (), 1 is x)
y = [1, 2]
try:
    z = [(1, 2) (3, 4)]
except TypeError as e:
    print(e)
try:
    w = [[1, 2] [0, 1]]
except TypeError as e:
    print(e)
try:
    v = "abc"["x"]
except TypeError as e:
    print(e)
try:
    assert (x == 6, "x should be 6")
except AssertionError:
    print("not reached")
def f(a):
    return a is 'hello'
print(f('hello'), x is x)
try: 5[0]
except TypeError as e: print(e)
try: {1}[0]
except TypeError as e: print(e)
try: f"a"[1.5]
except TypeError as e: print(e)
exec("q = 1 is 1\nprint(q)")
c = compile("1 is 2", "named.py", "eval"); print(eval(c))
print((lambda: 0) is 1, x is (x, 1), (1, x) is x)
assert (1, 2)
