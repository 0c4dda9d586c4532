# A dict made by the first attribute store of an object without inline values (an instance of a list subclass, or
# an instance after `del obj.__dict__`) shares its class's keys and allocates its values as a block of its own
# (new_dict_with_shared_keys): tracemalloc sees it with the values' insertion-order prefix. Reading `__dict__`
# after the delete makes an ordinary empty dict.
import sys
import tracemalloc

class L(list):
    pass

class P:
    def __init__(self):
        self.x = 1
        self.y = 2

def m():
    return tracemalloc.get_traced_memory()[0]

p = P()
q = P()
tracemalloc.start()
readings = []
b = m(); l = L(); readings.append(('L()', m() - b))
b = m(); l.x = 1; l.y = 2; readings.append(('L attributes', m() - b, sys.getsizeof(l.__dict__)))
b = m(); d = l.__dict__; readings.append(('L dict', m() - b))
b = m(); del p.__dict__; readings.append(('del dict', m() - b))
b = m(); p.z = 1; readings.append(('store after del', m() - b, sys.getsizeof(p.__dict__)))
del q.__dict__
b = m(); e = q.__dict__; readings.append(('read after del', m() - b, sys.getsizeof(e), e))
tracemalloc.stop()
for r in readings:
    print(*r)
