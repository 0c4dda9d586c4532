# heapq and bisect: results, the exact sequence of comparisons (visible through __lt__), the references
# they take, key= functions, errors, and the list sizes heappop leaves behind.
import bisect
import heapq
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K%d' % self.v


def compared(f):
    log.clear()
    result = f()
    print(result, log[:])


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, K(v))
print(h, log)
compared(lambda: heapq.heappop(h))
compared(lambda: heapq.heappushpop(h, K(4)))
compared(lambda: heapq.heappushpop(h, K(0)))
compared(lambda: heapq.heapreplace(h, K(6)))
items = [K(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
compared(lambda: heapq.heapify(items) or items)
# (their final sort's comparisons are list.sort's business: only the results here)
print(heapq.nsmallest(3, [K(v) for v in [5, 1, 4, 2, 3]]), heapq.nlargest(2, [K(v) for v in [5, 1, 4, 2, 3]]))
compared(lambda: list(heapq.merge([K(1), K(4)], [K(2), K(3)], [K(0)])))

class Lcg:
    # A small deterministic generator, so this program needs no random module.
    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n


r = Lcg(7)
data = [r.randrange(1000) for _ in range(300)]
heap = list(data)
heapq.heapify(heap)
print(heap[:12], [heapq.heappop(heap) for _ in range(10)])
heap = []
for x in data[:200]:
    heapq.heappush(heap, x)
print(heap[:10], heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(4, data, key=lambda x: -x))
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(1, []), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1]))
print(heapq.nlargest(2, iter([4, 1, 5, 9])), heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nlargest(1, [1, 3, 2], key=abs))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['b', 'ccc'], ['a', 'dd'], key=len)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'z')])))
# Sorting with a heap gives sorted order.
heap = []
for x in data[:300]:
    heapq.heappush(heap, x)
ordered = [heapq.heappop(heap) for _ in range(300)]
print(ordered == sorted(data[:300]), sys.getsizeof(heap))
heap = list(range(100))
sizes = []
while heap:
    heapq.heappop(heap)
    sizes.append(sys.getsizeof(heap))
print(sorted(set(sizes)))

# heappush takes a reference; heappop hands it back.
thing = K(42)
before = sys.getrefcount(thing)
heap = []
heapq.heappush(heap, thing)
print(sys.getrefcount(thing) - before)
popped = heapq.heappop(heap)
print(sys.getrefcount(thing) - before, popped is thing)
del popped

attempt(lambda: heapq.heappush((1,), 2))
attempt(lambda: heapq.heappush([1]))
attempt(lambda: heapq.heappop((1,)))
attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heappop())
attempt(lambda: heapq.heapify((1,)))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heapreplace((1,), 1))
attempt(lambda: heapq.heappushpop([], 1))
attempt(lambda: heapq.heappushpop((), 1))
attempt(lambda: heapq.heappush([], 1, x=2))
attempt(lambda: heapq.heapify(heap=[]))
attempt(lambda: heapq.heappush([1, 'a', 2], 0))
attempt(lambda: heapq.heapify([1, 'a', 2]))
attempt(lambda: heapq.nsmallest(2, [1, 'a', 3]))


class Shrinker:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim

    def __lt__(self, other):
        self.victim.clear()
        return True


victim = []
victim.extend([Shrinker(1, victim), Shrinker(2, victim), Shrinker(3, victim)])
attempt(lambda: heapq.heapify(victim))

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect(a, 2, 4, 1))
for f in (bisect.insort, bisect.insort_left, bisect.insort_right):
    f(a, 2)
print(a)
records = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect(records, 3, key=lambda r: r[0]), bisect.bisect_left(records, 3, key=lambda r: r[0]))
bisect.insort(records, (4, 'd'), key=lambda r: r[0])
bisect.insort_left(records, (3, 'x'), key=lambda r: r[0])
print(records)
print(bisect.bisect(range(10), 4.5), bisect.bisect('abcd', 'c'), bisect.bisect((1, 3), 2))
grades = [bisect.bisect([60, 70, 80, 90], score) for score in [33, 99, 77, 70, 89, 90, 100]]
print(['FDCBA'[g] for g in grades])
compared(lambda: bisect.bisect_left([K(v) for v in range(10)], K(6)))
compared(lambda: bisect.bisect_right([K(v) for v in range(10)], K(6)))
log.clear()
ks = [K(1), K(3)]
bisect.insort(ks, K(2))
print(ks, log)




attempt(lambda: bisect.bisect_right([1, 2], ))
attempt(lambda: bisect.bisect_right([1, 2], 1, 0, 2, 5))
attempt(lambda: bisect.bisect_right([1, 2], 1, 0, 2, key=None, foo=1))
attempt(lambda: bisect.bisect_right([1, 2], 1, -1))
attempt(lambda: bisect.bisect_right([1, 2], 1, 0, 10))
attempt(lambda: bisect.bisect_right([1, 2], 1, 1.5))
attempt(lambda: bisect.bisect_right([1, 2], 1, hi=None))
attempt(lambda: bisect.bisect_right([1, 2], 1, lo=None))
attempt(lambda: bisect.bisect_right({1: 2}, 1))
attempt(lambda: bisect.bisect_right(5, 1))
attempt(lambda: bisect.bisect_right([1, 'a'], 1))
attempt(lambda: bisect.bisect_right([1, 2], x=1, a=[1]))
attempt(lambda: bisect.insort((1, 2), 1))
attempt(lambda: bisect.bisect_right([1, 2], 1, 0, 2, key=5))

# Past 2500 items heapify visits the nodes in a cache-friendly order: same comparisons, same heap.
big = [r.randrange(10**6) for _ in range(3000)]
heapq.heapify(big)
print(big[:15], all(big[i] <= big[c] for i in range(1500) for c in (2 * i + 1, 2 * i + 2) if c < 3000))
big = [K(v) for v in big[::-1]]
log.clear()
heapq.heapify(big)
print(len(log), log[:5], log[-5:])
