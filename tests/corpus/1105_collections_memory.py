import sys, gc
from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap

dd = defaultdict(list)
print(sys.getsizeof(dd), sys.getsizeof({}), hasattr(dd, '__dict__'), gc.is_tracked(dd), sys.getrefcount(dd))
dd['a'].append(1)
print(sys.getsizeof(dd), sys.getrefcount(dd['a']), dd.default_factory is list)
ct = Counter('abracadabra')
print(sys.getsizeof(ct), sys.getsizeof(dict(ct)), hasattr(ct, '__dict__'), gc.is_tracked(ct), ct.__dict__)
P = namedtuple('P', 'x y')
p = P(1, 2)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), hasattr(p, '__dict__'), P.__slots__, gc.is_tracked(p), sys.getrefcount(p))
print(sys.getsizeof(ChainMap()), sys.getsizeof(P(1, [2])))
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    dd.other = 1
except AttributeError as e:
    print('AttributeError', e)

gc.collect()
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['self'] = t
print(len(t), sorted(t), gc.is_tracked(t))
del t
print('collected', gc.collect())

Node = namedtuple('Node', 'value children')
n = Node(1, [])
n.children.append(n)
del n
print('collected', gc.collect())
c = Counter()
c['me'] = c
del c
print('collected', gc.collect())
class Tracked(Counter):
    def __del__(self):
        print('del Tracked', sorted(self))
x = Tracked('aab'); x['loop'] = x
del x
print('collected', gc.collect())
y = Tracked('z')
del y
print('end')
