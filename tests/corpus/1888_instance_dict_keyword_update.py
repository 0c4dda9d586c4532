# dict.update(**kw) and dict(**kw) merge the keyword arguments' dict, which _PyStack_AsDict presized for them:
# into an empty dict (an instance's split __dict__ too) dict_merge clones its table, so an instance's __dict__
# becomes a combined dict of 8 slots (184 bytes) rather than staying split (296).
import sys

class C:
    pass

def fresh():
    return C()

for names in ('a', 'ab', 'abc', 'abcdef', 'abcdefghijk'):
    o = fresh()
    o.__dict__.update(**{n: i for i, n in enumerate(names)})
    print(len(names), sys.getsizeof(o.__dict__))
    o.z = 9
    print(len(names), 'then setattr', sys.getsizeof(o.__dict__), o.__dict__)

o = fresh()
o.x = 1
o.__dict__.update(a=1, b=2)
print('one attribute first', sys.getsizeof(o.__dict__))
o = fresh()
o.__dict__.update({'a': 1, 'b': 2})
print('dict argument', sys.getsizeof(o.__dict__))
d = {}
d.update(a=1, b=2, c=3, d=4, e=5, f=6, g=7)
print('plain dict', sys.getsizeof(d), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8)))
d = {1: 1}
d.update(a=1, b=2, c=3, d=4, e=5)
print('non-empty', sys.getsizeof(d))
