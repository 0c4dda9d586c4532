# OrderedDict's views are odictobject.c's odict_keys, odict_values and odict_items: dict views by another name
# (repr, type, MRO, ABCs, set operations, reversal, sys.getsizeof), for subclasses too.
import collections, collections.abc as abc, sys
od = collections.OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items())
print(type(od.keys()), type(od.values()).__mro__, type(od.items()).__name__)
print(isinstance(od.keys(), abc.KeysView), isinstance(od.items(), abc.ItemsView), isinstance(od.values(), abc.ValuesView))
od.move_to_end('a')
print(list(od.keys()), list(reversed(od.keys())), list(reversed(od.items())), list(od.values()))
print(od.keys() & {'a'}, sorted(od.keys() | {'z'}), 'a' in od.keys(), ('a', 1) in od.items(), 1 in od.values(), len(od.keys()))
print(od.keys() == {'a', 'b'}, od.items() == {('a', 1), ('b', 2)}, od.keys().isdisjoint({'q'}))
class My(collections.OrderedDict): pass
m = My(x=1)
print(m.keys(), m.items(), m.values(), type(m.keys()).__name__)
print(dict(a=1).keys(), collections.defaultdict(int, a=1).keys(), collections.Counter('ab').keys())
print(od.keys().mapping, sys.getsizeof(od.keys()))
try:
    type(od.keys())()
except TypeError as e:
    print(e)
