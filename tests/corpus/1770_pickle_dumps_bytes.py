# pickle.dumps bytes as python3's for protocols 0-5: ints, floats, str, bytes, containers, batching, memo, sets, instances, globals.
import pickle
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 5
class G:
    def __init__(self): self.v = 3
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] // 10
class L(list): pass
class D(dict): pass
def func(): pass
shared = [1, 2]
rec = [1]; rec.append(rec)
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 10**30, 1.5, -0.0, float('inf'),
        '', 'abc', 'é\n\\\x00ü€😀', 'x'*300, b'', b'ab\xff', bytearray(b'xy'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 'a'],
        {}, {'a': 1, 2: [3]}, set(), {1, 2, 3}, frozenset(), frozenset({4}), [shared, shared], rec, (shared, shared),
        P(), S(), G(), L([1, 2]), D(a=1), func, P, len, int, type(None), None.__class__, complex(1, 2), [b'a', b'a', b'b'], ('abc', 'abc')]
for v in vals:
    for p in range(6):
        try:
            print(p, pickle.dumps(v, p) if len(repr(v)) < 200 else len(pickle.dumps(v, p)))
        except Exception as e:
            print(p, type(e).__name__, e)
# Batches of 1000 (APPENDS, SETITEMS, ADDITEMS), the way python3's C pickler cuts them.
for v in [list(range(1001)), {i: -i for i in range(1000)}, set(range(1000)), [1]]:
    for p in (1, 4):
        data = pickle.dumps(v, p)
        print(type(v).__name__, p, len(data), data[-12:])
