import sys, gc
def gen_squares(n):
    print("start")
    for i in range(n):
        x = yield i * i
        if x:
            print("got", x)
    print("done")
    return "result"
g = gen_squares(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__name__, get.__qualname__)
def outer():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
        return "from except"
    finally:
        print("outer finally")
print(outer())
class Base:
    def hello(self):
        return "base"
class Mixin:
    def hello(self):
        return "mixin+" + super().hello()
class Child(Mixin, Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello(), [c.__name__ for c in Child.__mro__])
a = [1, 2, 3]
b = a[:]
c = a
print(sys.getrefcount(a), a == b, a is b, c is a)
big = list(range(1000))
print(sys.getsizeof(big), sys.getsizeof(big[:10]), sys.getsizeof(iter(big)))
del big
x = {"a": [1, 2], "b": {"c": (3, 4)}}
print(x["b"]["c"][1], len(x), list(x))
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested)
try:
    int("12a")
except ValueError as err:
    print(err)
try:
    [].pop()
except IndexError as err:
    print(err)
try:
    None.foo
except AttributeError as err:
    print(err)
try:
    len(5)
except TypeError as err:
    print(err)
print(gc.collect(), gc.isenabled(), gc.get_threshold())
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
print(any(x > 2 for x in lst), all(isinstance(x, int) for x in lst), sum([[1], [2]], []))
print(divmod(-7, 2), pow(-2, 3), abs(-0.0), int(True), float(False), bool(None), str(None))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(enumerate(["a"], start=5)), list(map(str.upper, ["a", "b"])))
