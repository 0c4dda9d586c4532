# array edge cases found by differential fuzzing: the conversions a value passes through (b parses a C short
# first), fromlist's growth kept after a bad item, extended-slice assignment of an empty array deleting,
# assignment's IndexError, byteswapped 'u' items that are no characters, same-typecode comparisons by stored value.
import array
for tc in 'bBhHiIlLqQ':
    for v in [2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 2**100, -1, -2**7-1, -2**8, -2**15-1, -2**16, -2**31-1, -2**32, -2**63-1, -2**64, -2**100]:
        try:
            array.array(tc, [v]); print(tc, v, 'ok')
        except Exception as e:
            print(tc, v, type(e).__name__, e)
import sys
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('h', [1, 2, 3, 4, 5, 6, 7, 8])
print(sys.getsizeof(a))
attempt(lambda: a.fromlist([1, 2, 65536]))
print(a, sys.getsizeof(a))
attempt(lambda: a.fromlist(list(range(30)) + ['x']))
print(a, sys.getsizeof(a))
b = array.array('b', range(10))
b[::3] = array.array('b')
print(b, sys.getsizeof(b))
b[5:1:-2] = array.array('b')
print(b)
attempt(lambda: b.__setitem__(slice(None, None, 2), array.array('b', [1])))
attempt(lambda: b.__setitem__(50, 1))
attempt(lambda: b.__delitem__(-50))
attempt(lambda: b[50])
u = array.array('u', 'ab\U0001f600')
u.byteswap()
for f in [lambda: u[0], lambda: u.tolist(), lambda: list(u), lambda: u.tounicode(), lambda: repr(u), lambda: u.count('a'), lambda: 'a' in u, lambda: u == u, lambda: u.index('x'), lambda: str(u), lambda: u[1:2] == u[1:2]]:
    attempt(f)
u.byteswap()
print(u, u.tolist())
for x, y in [('\uffff', '\U00010000'), ('a\uffff', 'a\U00010000'), ('', 'a'), ('ab', 'a')]:
    p, q = array.array('u', x), array.array('u', y)
    print(p < q, p <= q, p == q, p != q, p > q, p >= q, x < y)
n = array.array('d', [float('nan')])
print(n == n, n != n, array.array('d', [1.0, float('nan')]) < array.array('d', [1.0, 2.0]))
print(array.array('q', [2**62, -1]) < array.array('q', [2**62, 0]), array.array('Q', [2**63]) > array.array('Q', [5]))
print(array.array('b', [1, 2]) < array.array('h', [1, 3]), array.array('i', [1]) == array.array('d', [1.0]))
