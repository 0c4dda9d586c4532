def f(a, b=2, *args, c=3, **kwargs):
    return (a, b, args, c, kwargs)
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 4, "e": 5}))
def g(x, y):
    return x - y
print(g(y=1, x=10))
def h(*, key):
    return key
print(h(key="k"))
def defaults(x, seen=[]):
    seen.append(x)
    return seen
print(defaults(1), defaults(2))
square = lambda n: n * n
print(square(4), (lambda: "hi")())
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(6))))
def apply(fn, *values):
    return [fn(v) for v in values]
print(apply(str, 1, 2))
def noret():
    pass
print(noret())
