# Subclasses of enumerate, zip, map, filter and reversed: __new__/__init__ adding attributes, __next__ calling
# super().__next__(), for loops and list() over them, repr, isinstance, reversed's __reversed__ passthrough, gc.
import gc, sys
class E(enumerate):
    def __new__(cls, iterable, start=0, label="e"):
        self = super().__new__(cls, iterable, start)
        self.label = label
        self.seen = 0
        return self
    def __next__(self):
        i, v = super().__next__()
        self.seen += 1
        return i, v.upper()
e = E("abc", 1, label="L")
print(list(e), e.seen, e.label, isinstance(e, enumerate), type(e).__name__, repr(e).startswith("<__main__.E object at 0x"))
print(next(E("xy")), iter(e) is e)
for i, v in E(["p", "q"], 10):
    print(i, v)
class Z(zip):
    def __next__(self):
        t = super().__next__()
        return sum(t)
print(list(Z([1, 2, 3], [10, 20, 30])), [x for x in Z((1,), (2,), (3,))])
try:
    list(Z([1, 2], [3], strict=True))
except ValueError as e2:
    print(type(e2).__name__, e2)
class M(map):
    def __init__(self, fn, *its):
        self.calls = 0
    def __next__(self):
        self.calls += 1
        return super().__next__() * 10
m = M(lambda a, b: a + b, [1, 2], [3, 4])
print(list(m), m.calls, m.__dict__)
def gen():
    yield from range(6)
class F(filter):
    def __next__(self):
        return [super().__next__()]
print(list(F(lambda x: x % 2, gen())), list(F(None, [0, 1, "", "a"])))
class R(reversed):
    def __next__(self):
        return super().__next__() * 2
print(list(R((1, 2, 3))), list(R("ab")), type(R([1, 2])).__name__, list(R([1, 2])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * i
print(list(R(Seq())), type(R(Seq())).__name__)
class Plain(enumerate):
    pass
p = Plain(["a"])
p.x = 1
print(list(p), p.x, sys.getrefcount(p), gc.collect())
p.me = p
del p
print(gc.collect())
class Iter(map):
    def __iter__(self):
        print("own iter")
        return super().__iter__()
print(list(Iter(str, [1, 2])), sorted(Z([3, 1], [0, 0])), dict(E("ab")))
print(E.__mro__, Z.__base__)


class Stop(zip):
    def __next__(self):
        a, b = super().__next__()
        if a > 1:
            raise StopIteration
        return a * b


print(list(Stop([1, 2, 3], [4, 5, 6])), [x for x in Stop(range(5), range(5))])
try:
    E(5)
except TypeError as e3:
    print(type(e3).__name__, e3)
try:
    class Bad(enumerate, zip):
        pass
except TypeError as e4:
    print(type(e4).__name__, e4)
