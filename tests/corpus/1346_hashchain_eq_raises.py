# __eq__ and __hash__ raising during dict and set lookups: the exception reaches the caller, nothing leaks.
import gc, sys

class Bad:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 3
    def __eq__(self, other):
        raise ValueError('no compare %s' % self.v)

class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash')

b1 = Bad(1)
d = {b1: 'x'}
s = {b1}
for op in ('get', 'in', 'set', 'del', 'setin', 'add', 'discard'):
    try:
        if op == 'get':
            d[Bad(2)]
        elif op == 'in':
            print(Bad(2) in d)
        elif op == 'set':
            d[Bad(2)] = 1
        elif op == 'del':
            del d[Bad(2)]
        elif op == 'setin':
            print(Bad(2) in s)
        elif op == 'add':
            s.add(Bad(2))
        else:
            s.discard(Bad(2))
    except ValueError as e:
        print(op, 'ValueError', e)
print(len(d), len(s), sys.getrefcount(b1))
print(b1 in d, d[b1], b1 in s)
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('hash', e)
try:
    print(3 in d)
except ValueError as e:
    print('int in', e)
try:
    d[3.0]
except ValueError as e:
    print('float lookup', e)
print(4 in d, d.get(3.5))
gc.collect()
print(gc.get_count())
x = Bad(9)
try:
    {x: 1, Bad(10): 2}
except ValueError as e:
    print(e)
print(sys.getrefcount(x))
class Ok(Bad):
    def __eq__(self, other):
        return NotImplemented
o = Ok(1)
d = {o: 1, Ok(2): 2, 3: 3}
print(len(d), d[o], 3 in d)
print(Bad(11) in {1: 2}, Bad(12) in {3: 4})
