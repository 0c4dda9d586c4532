from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap, deque
import collections, sys, gc

c = Counter('abracadabra')
print(c, c['a'], c['zz'], len(c), c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 5})
c.subtract(a=1)
print(c, repr(Counter()), Counter(a=3, b=-1), +Counter(a=3, b=-1), -Counter(a=3, b=-1))
d1, d2 = Counter(a=3, b=1), Counter(a=1, b=2)
print(d1 + d2, d1 - d2, d1 | d2, d1 & d2, d1 == Counter(b=1, a=3), d1 != d2, Counter(a=1) <= d1, Counter(a=1, c=0) == Counter(a=1))
d1 += d2
print(d1, type(d1).__name__, isinstance(c, dict), list(Counter('hello').items()), dict(Counter('aab')))
del c['zzz']
words = 'the quick the lazy the end quick'.split()
print(Counter(words).most_common(1), Counter(words)['the'])
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], 'zz' in dd, dd.get('q'), dict(dd), dd.default_factory, len(dd))
print(defaultdict(int), defaultdict(), repr(defaultdict(int, {'x': 1})), type(dd), defaultdict.__name__)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.copy(), type(counts.copy()).__name__)
try:
    defaultdict()['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), dd | {'c': [9]})

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, list(od), od.popitem(), od.popitem(last=False), od, OrderedDict())
o1, o2 = OrderedDict([('x', 1), ('y', 2)]), OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 != {'x': 1, 'y': 2})
o1.move_to_end('y', last=False)
print(o1, o1 == o2, o1.copy(), OrderedDict.fromkeys('ab', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o1.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields, len(p))
print(Point, Point.__name__, Point.__module__, Point.__doc__, Point.__mro__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, sys.getsizeof(p) == sys.getsizeof((1, 2)), hasattr(p, '__dict__'), p._field_defaults)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, namedtuple('R', 'a, def, _x', rename=True)._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3), lambda: P3(1, 2, 3, 4), lambda: P3(), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [('P', 'a a'), ('P', '_a'), ('P', 'class'), ('1P', 'a'), ('P', 'a', [1, 2])]:
    try:
        namedtuple(*args[:2], defaults=args[2] if len(args) > 2 else None)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)), {p: 'v'}[(1, 2)])
try:
    p.x = 5
except AttributeError:
    print('AttributeError')

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0), cm.maps)
cm['c'] = 4
child = cm.new_child({'a': 0})
print(child['a'], child.parents['a'], cm, dict(cm), bool(ChainMap()))
try:
    cm['zz']
except KeyError as e:
    print('KeyError', e)
print(deque([1, 2]), collections.deque is deque, [n in collections.__all__ for n in ('Counter', 'namedtuple', 'deque')])
