# Builtins that consume generators (list, sum, min, max, any, all, sorted, map, filter, zip, enumerate,
# str.join, tuple, set, dict) run each step of the generator as a frame; refcounts stay exact.
import sys
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), tuple(squares(3)), set(squares(4)), sum(squares(10)))
print(min(squares(6), key=lambda x: abs(x - 10)), max(squares(6)), any(x > 20 for x in squares(6)), all(squares(1)))
print(sorted(squares(5), reverse=True), ",".join(str(x) for x in squares(4)))
print(list(map(lambda a, b: a + b, squares(4), squares(5))), list(filter(lambda x: x % 2, squares(7))))
print(list(zip(squares(3), "abc")), list(enumerate(squares(3), 1)), dict((x, str(x)) for x in squares(3)))
class Box:
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        yield self.v
        yield self.v + 1
b = Box(10)
print(sys.getrefcount(b), list(b), [*b], sum(b), sorted(b, reverse=True))
a, c = b
print(a, c, sys.getrefcount(b))
def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finished")
print(list(gen_with_cleanup()))
print(next(iter(squares(3))), next(squares(0), "default"))
