# OrderedDict as the C type: sys.getsizeof (dict table, node array, nodes), move_to_end leaving the table alone, tp_name in messages.
from collections import OrderedDict as O
import sys
for n in [0,1,2,5,6,10,11,20,50,100]:
    d=O((i,i) for i in range(n)); print(n, sys.getsizeof(d), d.__sizeof__(), end=' | ')
print()
d=O(a=1); print(d.__sizeof__(), sys.getsizeof(d)); d.x=5; print(d.__dict__, sys.getsizeof(d))
d=O(); d['b']=2; d['a']=1; d.move_to_end('b', last=False); print(sys.getsizeof(d), d)
d.move_to_end('b'); print(d)
d.clear(); print(sys.getsizeof(d)); d.update({1:2}); print(sys.getsizeof(d), sys.getsizeof(d.copy()))
class Sub(O): pass
print(sys.getsizeof(Sub()), sys.getsizeof(Sub(a=1)))
d = O({'x': 1, 'y': 2}); print(sys.getsizeof(d))
d = O([('x', 1), ('y', 2)], z=3); print(sys.getsizeof(d), d)
for i in range(10): d.move_to_end('x')
print(sys.getsizeof(d), d)
try: d.move_to_end('q')
except KeyError as e: print('KeyError', e)
try: hash(O())
except Exception as e: print(e)
try: O.zz
except Exception as e: print(e)
print(O.__name__, O.__module__, O.__qualname__, repr(O), O())
del d['x']; print(sys.getsizeof(d))
