# pickle round trips: loads of every protocol, shared and recursive references, instances, slots, __getstate__/__setstate__, BytesIO and files.
import pickle, io, os
class P:
    def __init__(self, a): self.a = a; self.items = [a, a * 2]
    def __eq__(self, o): return type(o) is P and vars(self) == vars(o)
class S:
    __slots__ = ('x', 'y')
class G:
    def __init__(self): self.v = 3
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] // 10 + 1
def func(): return 42
data = {'n': None, 'b': [True, False], 'i': [0, 255, -1, 2**70, -2**70], 'f': 1.25, 's': 'héllo', 'by': b'\x00\xff',
        'ba': bytearray(b'z'), 't': (1, (2, 3)), 'set': {1, 2}, 'fs': frozenset('ab'), 'c': complex(1, -2)}
for p in range(6):
    back = pickle.loads(pickle.dumps(data, p))
    print(p, back == data, sorted(back), type(back['ba']).__name__, type(back['fs']).__name__)
rec = [1]; rec.append(rec)
for p in (0, 2, 4, 5):
    r = pickle.loads(pickle.dumps(rec, p))
    print(p, r[0], r[1] is r, len(r))
shared = [7]
for p in (1, 3, 4):
    pair = pickle.loads(pickle.dumps([shared, shared, (shared,)], p))
    print(p, pair[0] is pair[1], pair[2][0] is pair[0])
d = {}; d['self'] = d
print(pickle.loads(pickle.dumps(d))['self']['self'] is not None)
for p in range(6):
    o = pickle.loads(pickle.dumps(P(5), p))
    print(p, type(o).__name__, o.a, o.items, o == P(5))
s = S(); s.x = 1
for p in (2, 4):
    t = pickle.loads(pickle.dumps(s, p)); print(p, t.x, hasattr(t, 'y'))
for p in (0, 1):
    try: pickle.dumps(s, p)
    except TypeError as e: print(p, type(e).__name__, e)
print(S.__slotnames__)
g = pickle.loads(pickle.dumps(G())); print(g.v)
print(pickle.loads(pickle.dumps(func))() , pickle.loads(pickle.dumps(P)) is P, pickle.loads(pickle.dumps(len)) is len)
print(pickle.loads(pickle.dumps([int, type(None), str.upper if False else None])))
# deep copy through pickle
orig = {'k': [[1, 2], [3]]}
copy = pickle.loads(pickle.dumps(orig, pickle.HIGHEST_PROTOCOL))
copy['k'][0].append(99)
print(orig, copy, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
buf = io.BytesIO()
pickle.dump([1, 2, 3], buf); pickle.dump('second', buf, protocol=0); pickle.dump({'x': 1}, buf, 2)
print(len(buf.getvalue()), buf.getvalue())
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try: pickle.load(buf)
except EOFError as e: print(type(e).__name__, e)
path = 'playground_1771.pkl'
with open(path, 'wb') as fh:
    pickle.dump(P('file'), fh)
with open(path, 'rb') as fh:
    print(vars(pickle.load(fh)))
os.remove(path)
u = io.BytesIO(pickle.dumps((1, 'two'))); print(pickle.Unpickler(u).load())
print(pickle.loads(pickle.dumps(list(range(2500))))[-3:], len(pickle.dumps(list(range(2500)), 2)))
print(len(pickle.dumps('x' * 70000)), pickle.dumps('x' * 70000)[:20], len(pickle.dumps([b'y' * 70000, 1])))
print(pickle.loads(pickle.dumps('x' * 70000)) == 'x' * 70000, pickle.loads(pickle.dumps([b'y' * 70000, 1]))[1])
print(pickle.loads(b'(lp0\nI1\naI2\na.'), pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e.'))
