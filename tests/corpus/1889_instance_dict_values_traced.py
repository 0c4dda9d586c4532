# An instance's inline values are a block tracemalloc saw when the instance was made: the dict made of them when
# `__dict__` is read takes them over (only the dict object is new), a split dict's copy has values of its own, and a
# dict that stops being split frees its values for a keys table.
import sys
import tracemalloc

class C:
    pass

class E:
    pass

def m():
    return tracemalloc.get_traced_memory()[0]

tracemalloc.start()
readings = []
o1 = C(); o2 = C(); o3 = C(); o4 = C()
o2.x = 1; o2.y = 2
o3.x = 1; o3.y = 2
b = m(); d = o1.__dict__; readings.append(('empty dict', m() - b, sys.getsizeof(d)))
b = m(); d = o2.__dict__; readings.append(('two attributes', m() - b, sys.getsizeof(d)))
b = m(); n = len(o3.__dict__); readings.append(('read once', m() - b))
b = m(); c = o2.__dict__.copy(); readings.append(('copy', m() - b, sys.getsizeof(c)))
b = m(); c[5] = 1; readings.append(('copy combined', m() - b, sys.getsizeof(c)))
b = m(); q = E(); q.x = 1; readings.append(('E()', m() - b))
b = m(); dq = q.__dict__; readings.append(('E dict', m() - b))
b = m(); dq[1] = 2; readings.append(('E combined', m() - b, sys.getsizeof(dq)))
b = m(); del q, dq; readings.append(('E freed', m() - b))
b = m(); del o1, o3; readings.append(('freed', m() - b))
tracemalloc.stop()
for r in readings:
    print(*r)
