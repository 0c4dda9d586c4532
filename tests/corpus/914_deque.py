# collections.deque (imported from _collections, where it lives): operations, maxlen, rotation,
# iteration while mutating, comparisons, repr, sys.getsizeof over CPython's 64-slot blocks, references,
# gc collecting deques that hold themselves, and the errors CPython raises.
import gc
import sys
import weakref
from _collections import deque


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft('ba')
print(d, len(d), d[0], d[-1], d[3], d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d, d.index(3), d.index(3, 2), d.count(3), 3 in d, 'z' in d)
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('x')
del d[0]
d[0] = 'first'
print(d, d.maxlen)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
print(c == d, c is d, c != d, deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque() == deque(), deque([1]) == [1], deque('ab') + deque('cd'), deque('ab') * 2, 3 * deque([0]))
e = deque([1, 2])
e += [3, 4]
e *= 2
print(e, bool(deque()), bool(e))
e.clear()
print(e, len(e))

# maxlen: appending past it drops from the other end.
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=' ')
print(window, window.maxlen)
window.appendleft('L')
print(window)
window.extendleft([10, 11])
print(window, deque(range(10), 4), deque([1, 2], maxlen=0), deque('abc', maxlen=None).maxlen)
tail = deque(maxlen=2)
tail.extend(range(100))
print(tail)

# Breadth-first search, the classic use.
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
queue, seen, order = deque(['a']), {'a'}, []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

# Iterating while mutating.
d = deque([1, 2, 3])
it = iter(d)
print(next(it), it.__length_hint__())
d.append(4)
attempt(lambda: next(it))
attempt(lambda: next(it))
it = iter(d)
d[0] = 'changed'
print(list(it))
it = reversed(d)
d.reverse()
print(list(it))
it = iter(d)
d.rotate(1)
attempt(lambda: list(it))
print(type(iter(d)).__name__, type(reversed(d)).__name__, sys.getsizeof(iter(d)))

# sys.getsizeof follows the blocks in use: 64 slots each, the first item in the middle of its block.
d = deque()
sizes = [sys.getsizeof(d)]
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), [sizes.index(s) for s in sorted(set(sizes))])
d = deque()
sizes = [sys.getsizeof(d)]
for i in range(200):
    d.appendleft(i)
    sizes.append(sys.getsizeof(d))
print([sizes.index(s) for s in sorted(set(sizes))])
print([sys.getsizeof(deque(range(n))) for n in (0, 1, 63, 64, 65, 127, 128, 129, 500)])
d = deque(range(100))
d.rotate(37)
a = sys.getsizeof(d)
d.rotate(-80)
b = sys.getsizeof(d)
for i in range(60):
    d.popleft()
print(a, b, sys.getsizeof(d), d.__sizeof__())
d.clear()
d.extendleft(range(10))
print(sys.getsizeof(d), d)
while d:
    d.pop()
print(sys.getsizeof(d))
print(gc.is_tracked(deque()), gc.get_referents(deque([1, 'a'])))

# References: a deque holds its items; popping hands them back.
class Node:
    pass

o = Node()
base = sys.getrefcount(o)
q = deque([o, o], maxlen=3)
print(sys.getrefcount(o) - base)
q.append(o)
q.append(o)
print(sys.getrefcount(o) - base, len(q))
q.rotate(1)
q.reverse()
q.popleft()
print(sys.getrefcount(o) - base)
del q
print(sys.getrefcount(o) - base)

# A deque inside itself: repr marks the cycle, and the collector frees it.
x = deque([1])
x.append(x)
print(x, repr(deque([x])))
r = weakref.ref(x)
del x
print(r() is not None, gc.collect(), r())
n = Node()
n.q = deque([n, [n]])
del n
print(gc.collect())

d = deque([1, 2, 3])
attempt(lambda: d.remove(5))
attempt(lambda: d.index(5))
attempt(lambda: d.index(2, 'a'))
attempt(lambda: d.index())
attempt(lambda: d.insert('a', 1))
attempt(lambda: d.insert(1))
attempt(lambda: d.rotate('a'))
attempt(lambda: d.rotate(1, 2))
attempt(lambda: deque([], 'a'))
attempt(lambda: deque([], -1))
attempt(lambda: deque([], 2**70))
attempt(lambda: deque(1))
attempt(lambda: deque([], 1, 2))
attempt(lambda: deque(x=1))
attempt(lambda: deque(maxlen=2, iterable=[1, 2, 3]))
attempt(lambda: d['a'])
attempt(lambda: d[1:2])
attempt(lambda: d[10])
attempt(lambda: d[-4])
attempt(lambda: d[2**70])
attempt(lambda: d + [1])
attempt(lambda: [1] + d)
attempt(lambda: d < [1])
attempt(lambda: d - d)
attempt(lambda: hash(d))
attempt(lambda: {d: 1})
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: d.append())
attempt(lambda: d.count())
attempt(lambda: d.extend())
attempt(lambda: d.copy(1))
attempt(lambda: d.extend(5))
attempt(lambda: d.__init__([5, 6], 1) or d)
print(deque, deque.__name__, deque.__module__, type(deque()).__name__)
