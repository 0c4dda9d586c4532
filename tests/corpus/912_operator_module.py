# The operator module: operators as functions (with their dunder aliases), length_hint, itemgetter,
# attrgetter and methodcaller (their reprs, what they hold, the gc objects they allocate), and errors.
import gc
import operator as op
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-2.5), op.inv(5), op.invert(0), op.not_([]), op.truth([0]), op.index(True))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 10), op.rshift(1024, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1.0), op.gt([2], [1, 9]), op.ge((1,), (1,)))
print(op.is_(None, None), op.is_not(1, None), op.contains('abc', 'b'), op.countOf([1, 2, 1, 1.0], 1), op.indexOf('abc', 'c'))
print(op.concat([1], [2]), op.concat('a', 'b'), op.getitem({'k': 5}, 'k'), op.getitem('hello', slice(1, 3)))
lst = [1, 2, 3]
print(op.setitem(lst, 0, 'x'), op.delitem(lst, 1), lst)
acc = [1]
same = op.iadd(acc, [2])
print(same is acc, acc, op.iconcat(acc, (3,)) is acc, op.isub(5, 2), op.imul('a', 2), op.ipow(2, 3), op.ior({1}, {2}))
print(op.__add__ is op.add, op.__not__ is op.not_, hasattr(op, '__countOf__'), op.call(divmod, 7, 2), op.call(dict, a=1))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])), op.length_hint((x for x in []), 7), op.length_hint(5, 9))
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it), op.length_hint(iter(())), op.length_hint(iter('abc')))


class Sized:
    def __len__(self):
        return 4


class Hinted:
    def __length_hint__(self):
        return 11


class NotHinted:
    def __length_hint__(self):
        return NotImplemented


print(op.length_hint(Sized()), op.length_hint(Hinted()), op.length_hint(NotHinted(), 3))

# itemgetter / attrgetter / methodcaller
first = op.itemgetter(0)
pair = op.itemgetter(1, 0)
print(first, pair, first([4, 5]), pair('ab'), op.itemgetter('k')({'k': 1}), op.itemgetter(slice(2))('hello'))
print(sorted([(2, 'b'), (1, 'c'), (3, 'a')], key=op.itemgetter(1)), type(pair).__name__, type(pair).__module__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


p = Point(3, 4)
getx = op.attrgetter('x')
getxy = op.attrgetter('x', 'inner.inner.y')
print(getx, getxy, getx(p), getxy(p), op.attrgetter('real')(5))
scale = op.methodcaller('scaled', 2)
scale_kw = op.methodcaller('scaled', 3, offset=1)
print(scale, scale_kw, scale(p), scale_kw(p), op.methodcaller('upper')('abc'), op.methodcaller('split', ',', 1)('a,b,c'))
print(gc.get_referents(pair), gc.get_referents(first), gc.get_referents(getxy), gc.get_referents(scale_kw))
print(sys.getsizeof(first), sys.getsizeof(pair), sys.getsizeof(getx), sys.getsizeof(getxy), sys.getsizeof(scale), sys.getsizeof(scale_kw))
print(gc.is_tracked(first), gc.is_tracked(getx), gc.is_tracked(scale), first == op.itemgetter(0))
key = ('held',)
g = op.itemgetter(key)
print(sys.getrefcount(key))
del g
print(sys.getrefcount(key))

attempt(lambda: op.add(1))
attempt(lambda: op.add(1, 2, 3))
attempt(lambda: op.add(a=1, b=2))
attempt(lambda: op.neg())
attempt(lambda: op.not_(1, 2))
attempt(lambda: op.index(1.5))
attempt(lambda: op.index())
attempt(lambda: op.length_hint(5, 'x'))
attempt(lambda: op.itemgetter())
attempt(lambda: op.attrgetter(1))
attempt(lambda: op.attrgetter())
attempt(lambda: op.methodcaller())
attempt(lambda: op.methodcaller(1))
attempt(lambda: op.itemgetter(5)([1]))
attempt(lambda: op.itemgetter(1)([1, 2], 3))
attempt(lambda: op.itemgetter(1)(x=1))
attempt(lambda: op.attrgetter('nope')(p))
attempt(lambda: op.methodcaller('nope')(p))
attempt(lambda: op.concat([1], (2,)))
attempt(lambda: op.concat(1, 2))
attempt(lambda: op.indexOf([1, 2, 1], 3))
attempt(lambda: op.matmul(1, 2))
attempt(lambda: op.iconcat([1], 2))
attempt(lambda: op.call())
attempt(lambda: op.truediv(1, 0))
attempt(lambda: op.lt(1, 'a'))
attempt(lambda: op.getitem([1], 'a'))
