# Builtin types have CPython's special methods: slot wrappers (int.__add__) answering NotImplemented for
# foreign operands, method-wrappers when bound, getsets, each type's __new__, and dir() listing them.
def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, '->', r)

t('(5).__add__()', lambda: (5).__add__())
t('(5).__add__(1, 2)', lambda: (5).__add__(1, 2))
t('(5).__add__(x=1)', lambda: (5).__add__(x=1))
t('[1].__len__(1)', lambda: [1].__len__(1))
t('int.__add__()', lambda: int.__add__())
t('int.__add__("a", 1)', lambda: int.__add__("a", 1))
t('int.__add__(1, 2)', lambda: int.__add__(1, 2))
t('(5).__add__("a")', lambda: (5).__add__("a"))
t('(5).__add__(1.0)', lambda: (5).__add__(1.0))
t('(1.5).__add__(1)', lambda: (1.5).__add__(1))
t('"a".__add__(1)', lambda: "a".__add__(1))
t('"a".__mul__(3)', lambda: "a".__mul__(3))
t('"a".__mul__(1.5)', lambda: "a".__mul__(1.5))
t('[1].__eq__([1])', lambda: [1].__eq__([1]))
t('[1].__eq__((1,))', lambda: [1].__eq__((1,)))
t('[1].__lt__(5)', lambda: [1].__lt__(5))
t('{}.__getitem__(1)', lambda: {}.__getitem__(1))
t('list.__init__', lambda: list.__init__)
t('object.__eq__', lambda: object.__eq__)
t('object.__eq__(1, 1)', lambda: object.__eq__(1, 1))
t('object.__ne__(1, 2)', lambda: object.__ne__(1, 2))
t('object.__lt__(1, 2)', lambda: object.__lt__(1, 2))
t('hasattr(1, "__add__")', lambda: hasattr(1, "__add__"))
t('int.__add__', lambda: int.__add__)
t('type(int.__add__)', lambda: type(int.__add__))
t('type((5).__add__)', lambda: type((5).__add__))
t('repr(list.__getitem__)', lambda: repr(list.__getitem__))
t('repr([].__getitem__)[:40]', lambda: repr([].__getitem__)[:40])
t('repr((5).__add__)[:30]', lambda: repr((5).__add__)[:30])
t('int.__pow__(2, 3, 5)', lambda: int.__pow__(2, 3, 5))
t('(2).__pow__(3, 5, 6)', lambda: (2).__pow__(3, 5, 6))
t('True.__and__(1)', lambda: True.__and__(1))
t('True.__and__(False)', lambda: True.__and__(False))
t('(1).__lt__(2.5)', lambda: (1).__lt__(2.5))
t('(1.5).__lt__(2)', lambda: (1.5).__lt__(2))
t('[1, 2].__contains__(2)', lambda: [1, 2].__contains__(2))
t('"ab".__contains__(1)', lambda: "ab".__contains__(1))
t('[].__iadd__((1,))', lambda: [].__iadd__((1,)))
t('(1,).__add__([1])', lambda: (1,).__add__([1]))
t('[1].__add__((1,))', lambda: [1].__add__((1,)))
t('{1}.__or__([1])', lambda: {1}.__or__([1]))
t('{1: 2}.__or__([1])', lambda: {1: 2}.__or__([1]))
t('(5).__bool__()', lambda: (5).__bool__())
t('(5).__index__()', lambda: (5).__index__())
t('(5).__float__()', lambda: (5).__float__())
t('(5.5).__int__()', lambda: (5.5).__int__())
t('None.__bool__()', lambda: None.__bool__())
t('None.__repr__()', lambda: None.__repr__())
t('object.__init__(object(), 1)', lambda: object.__init__(object(), 1))
t('object().__init__(1)', lambda: object().__init__(1))
t('int.__hash__(5)', lambda: int.__hash__(5))
t('list.__hash__', lambda: list.__hash__)
t('object.__repr__(5)[:18]', lambda: object.__repr__(5)[:18])
t('object.__str__(5)', lambda: object.__str__(5))
t('object.__format__(5, "x")', lambda: object.__format__(5, "x"))
t('object.__format__(5, "")', lambda: object.__format__(5, ""))
t('(5).__format__("x")', lambda: (5).__format__("x"))
t('object.__sizeof__(5)', lambda: object.__sizeof__(5))
t('(5).__sizeof__()', lambda: (5).__sizeof__())
t('[].__sizeof__()', lambda: [].__sizeof__())
t('().__sizeof__()', lambda: ().__sizeof__())
t('object().__getstate__()', lambda: object().__getstate__())
t('(5).__neg__()', lambda: (5).__neg__())
t('(5).__neg__(1)', lambda: (5).__neg__(1))
t('int.__neg__("a")', lambda: int.__neg__("a"))
t('list.__len__([1,2])', lambda: list.__len__([1,2]))
t('dict.__len__({})', lambda: dict.__len__({}))
t('int.__subclasshook__()', lambda: int.__subclasshook__())
t('object.__init_subclass__()', lambda: object.__init_subclass__())
t('enumerate("ab").__next__()', lambda: enumerate("ab").__next__())
t('iter([1]).__next__()', lambda: iter([1]).__next__())
t('next(iter([1]).__iter__())', lambda: next(iter([1]).__iter__()))
t('zip().__next__()', lambda: zip().__next__())
t('(5).real', lambda: (5).real)
t('(5).imag', lambda: (5).imag)
t('int.real', lambda: int.real)
t('range(1, 10, 2).start', lambda: range(1, 10, 2).start)
t('range(1, 10, 2).count(3)', lambda: range(1, 10, 2).count(3))
t('range(1, 10, 2).index(5)', lambda: range(1, 10, 2).index(5))
t('slice(1, 2).stop', lambda: slice(1, 2).stop)
t('True.__or__(True)', lambda: True.__or__(True))
t('(1.5).__divmod__(1)', lambda: (1.5).__divmod__(1))
t('(7).__rdivmod__(2)', lambda: (7).__rdivmod__(2))
t('{1, 2}.__sub__({1})', lambda: {1, 2}.__sub__({1}))
t('{1}.__rsub__({1, 2})', lambda: {1}.__rsub__({1, 2}))
t('{}.keys().__and__([1])', lambda: {}.keys().__and__([1]))
t('dir(5) == dir(int)', lambda: dir(5) == dir(int))
t('len(dir(object))', lambda: len(dir(object)))
t('dir(object)', lambda: dir(object))
t('dir(None)', lambda: dir(None))
for t in tests:
    try: r = repr(eval(t))
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(t, '->', r)
for tp in [int, bool, float, str, list, tuple, dict, set, frozenset, range, slice, type(None), type({}.keys()), type(iter([])), enumerate, object]:
    print(tp.__name__, dir(tp))
class A: pass
class B:
    def __init__(self, x): super().__init__(x)
class C:
    def __new__(cls, *a): return super().__new__(cls)
class D:
    def __init__(self, *a): object.__init__(self, *a)
for f in [lambda: object().__init__(1), lambda: A().__init__(1), lambda: B(1), lambda: type(C(1)).__name__, lambda: C().__init__(1), lambda: D(1), lambda: A(1), lambda: type(object.__new__(A)).__name__, lambda: object.__new__(int), lambda: object.__new__(5), lambda: int.__new__(int, '5'), lambda: int.__new__(A), lambda: object.__new__(), lambda: list.__init__([1,2], 'ab'), lambda: dict.__init__({}, a=1), lambda: sorted(dir(A()))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y}) via {super().__repr__()[:9]}'
    def __hash__(self):
        return super().__hash__() * 0 + hash((self.x, self.y))
p = Point(1, 2)
print(dir(p))
print(p == Point(1, 2), p != Point(1, 2), p == 5, p != 5, repr(p), hash(p) == hash((1, 2)))
print(p.__eq__(5), p.__ne__(Point(1, 2)), Point.__doc__, Point.__init__.__name__, int.__doc__[:30])
print(object.__eq__(p, p), object.__ne__(p, p), p.__ne__(p), type(p.__ne__).__name__, type(p.__eq__).__name__)
class Dir:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(Dir()))
print({}.keys().mapping, type({1: 2}.items().mapping).__name__, {1: 2}.values().mapping[1], len({1: 2}.keys().mapping))
print(slice(None).indices(5), slice(-1, None, -1).indices(5), slice(2, 100, 3).indices(10), slice(-100, -2).indices(7))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), reversed([1, 2]).__length_hint__(), iter({1: 2}).__length_hint__())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x.1p-4'), float.__getformat__('double'), (1.5).__getnewargs__(), (5).__getnewargs__())
