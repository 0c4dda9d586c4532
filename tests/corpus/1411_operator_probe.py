# operator probe: the function forms of operators, itemgetter/attrgetter/methodcaller (reprs, errors), in-place forms.
import operator as op
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
show('arith', lambda: (op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, -1), op.neg(5), op.pos(-0.0), op.abs(-3)))
show('matmul', lambda: op.matmul(1, 2))
show('bits', lambda: (op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0), op.lshift(1, 10), op.rshift(1024, 3)))
show('lshift neg', lambda: op.lshift(1, -1))
show('compare', lambda: (op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1.0), op.ge(3, 4), op.gt([2], [1, 9])))
show('compare types', lambda: op.lt(1, 'a'))
show('logic', lambda: (op.not_([]), op.truth('x'), op.is_(None, None), op.is_not(1, None)))
show('sequence', lambda: (op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c')))
show('concat bad', lambda: op.concat(1, 2))
show('indexOf missing', lambda: op.indexOf([1], 5))
show('getitem', lambda: (op.getitem([1, 2, 3], 1), op.getitem({'k': 'v'}, 'k'), op.getitem('abc', slice(1, None))))
def items():
    d = {'a': 1}
    op.setitem(d, 'b', 2)
    op.delitem(d, 'a')
    return d
show('setitem delitem', items)
show('length_hint', lambda: (op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 7)))
show('length_hint bad default', lambda: op.length_hint(5, 'x'))
show('index', lambda: (op.index(5), op.index(True)))
show('index float', lambda: op.index(1.5))
show('inplace', lambda: (op.iadd([1], [2]), op.iadd(1, 2), op.imul('a', 3), op.isub(5, 1), op.ior({1}, {2}), op.iconcat([1], (2,))))
show('iconcat bad', lambda: op.iconcat(1, 2))
show('dunder aliases', lambda: (op.__add__ is op.add, op.__not__(0), op.__getitem__('ab', 0)))
g = op.itemgetter(1)
show('itemgetter', lambda: (g([10, 20]), g('xy'), g({1: 'one'})))
show('itemgetter multi', lambda: op.itemgetter(0, -1)('abcd'))
show('itemgetter repr', lambda: (repr(g), repr(op.itemgetter('a', 2))))
show('itemgetter missing', lambda: g([0]))
show('itemgetter no args', lambda: op.itemgetter())
show('itemgetter kw', lambda: op.itemgetter(1, key=2))
show('itemgetter call kw', lambda: g([1, 2], x=1))
show('sorted by itemgetter', lambda: sorted([('b', 2), ('a', 2), ('c', 1)], key=op.itemgetter(1, 0)))
class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
    def greet(self, who, punct='!'):
        return 'hi ' + who + punct
a = op.attrgetter('name')
show('attrgetter', lambda: a(P()))
show('attrgetter dotted', lambda: op.attrgetter('child.child.name')(P()))
show('attrgetter multi', lambda: op.attrgetter('name', 'child.name')(P()))
show('attrgetter repr', lambda: (repr(a), repr(op.attrgetter('x.y', 'z'))))
show('attrgetter missing', lambda: a(5))
show('attrgetter int', lambda: op.attrgetter(5))
show('attrgetter none', lambda: op.attrgetter())
m = op.methodcaller('greet', 'bob', punct='?')
show('methodcaller', lambda: m(P()))
show('methodcaller repr', lambda: (repr(m), repr(op.methodcaller('upper'))))
show('methodcaller str', lambda: op.methodcaller('split', ',', 1)('a,b,c'))
show('methodcaller no name', lambda: op.methodcaller())
show('methodcaller int name', lambda: op.methodcaller(5))
show('methodcaller missing', lambda: op.methodcaller('nope')(P()))
show('call', lambda: op.call(len, 'abc'))
show('types', lambda: (type(g).__name__, type(a).__name__, type(m).__name__, type(op.add).__name__))
show('attrgetter hash eq', lambda: (op.itemgetter(1) == op.itemgetter(1)))
show('no args', lambda: op.add(1))
show('kw args', lambda: op.add(a=1, b=2))
show('not_ raise', lambda: op.not_(type('B', (), {'__bool__': lambda s: 1})()))
show('length_hint iterators', lambda: [op.length_hint(it) for it in (iter({1: 2}), iter({3}), reversed([1, 2]), iter(range(3)))])
show('length_hint huge', lambda: op.length_hint(iter(range(10**20))))
