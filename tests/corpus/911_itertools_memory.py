# itertools' iterators as heap objects: what they hold (refcounts), their sizes, gc tracking, what they let
# go of when exhausted, the result tuples they reuse, and the gc objects their construction allocates.
import gc
import itertools as it
import sys


class Thing:
    pass


def rc(o):
    return sys.getrefcount(o) - 1


thing = Thing()
data = [thing, thing]
base = rc(thing)
print('base', base, rc(data))
r = it.repeat(thing, 3)
print('repeat', rc(thing) - base, sys.getsizeof(r), gc.is_tracked(r))
del r
c = it.cycle(data)
print('cycle', rc(data), rc(thing) - base, sys.getsizeof(c))
next(c), next(c), next(c)
print('cycle saved', rc(thing) - base, rc(data))
del c
print('after cycle', rc(thing) - base, rc(data))
ch = it.chain(data, [thing])
print('chain', rc(data), rc(thing) - base, sys.getsizeof(ch))
print(list(ch) == [thing] * 3, rc(data), rc(thing) - base)
del ch
isl = it.islice(data, 1)
print('islice', rc(data), sys.getsizeof(isl))
print(list(isl) == [thing], rc(data))
acc = it.accumulate([1, 2, 3], initial=thing)
print('accumulate', rc(thing) - base, sys.getsizeof(acc))
print(next(acc) is thing, rc(thing) - base)
del acc
print(rc(thing) - base)

# groupby and its groups: each group holds the groupby object and its key.
key = Thing()
g = it.groupby([key, key, thing])
print('groupby', sys.getsizeof(g), rc(key))
k, grp = next(g)
print(k is key, rc(key), rc(g), sys.getsizeof(grp), type(grp).__name__)
del k
print(rc(key), rc(g))
del grp
print(rc(key), rc(g))
del g
print(rc(key))

# product/combinations/permutations reuse their result tuple while nobody else holds it.
p = it.product('ab', repeat=2)
first = next(p)
second = next(p)
print(first is second, first, second)
del first
third = next(p)
print(third is second, third)
del second
fourth = next(p)
print(fourth is third)
held = []
for t in it.combinations(range(4), 2):
    held.append(t)
print('combinations kept', len(held), len(set(map(id, held))), held)
print(sys.getsizeof(it.product('ab', 'cd', 'ef')), sys.getsizeof(it.product()), sys.getsizeof(it.permutations(range(4))),
      sys.getsizeof(it.permutations(range(4), 2)), sys.getsizeof(it.combinations(range(9), 3)), sys.getsizeof(it.combinations_with_replacement('ab', 5)))
print(sys.getsizeof(it.count()), sys.getsizeof(it.count(1.5)), sys.getsizeof(it.zip_longest()), sys.getsizeof(it.pairwise([])),
      sys.getsizeof(it.starmap(pow, [])), sys.getsizeof(it.takewhile(bool, [])), sys.getsizeof(it.dropwhile(bool, [])),
      sys.getsizeof(it.filterfalse(None, [])), sys.getsizeof(it.compress([], [])), sys.getsizeof(it.tee([])[0]))
print(all(gc.is_tracked(x) for x in (it.count(), it.repeat(1), it.chain(), it.product(), it.tee([])[0], it.pairwise([]))))

# tee objects share one buffer of values.
big = Thing()
t1, t2 = it.tee([big] * 3)
print('tee', rc(big))
next(t1)
print(rc(big))
next(t2)
print(rc(big))
del t1, t2
print(rc(big))

# A cycle through an iterator is garbage the collector finds.
gc.collect()
class Holder:
    pass
h = Holder()
h.it = it.repeat(h)
del h
print('collected', gc.collect())
loop = []
loop.append(it.cycle(loop))
del loop
print('collected', gc.collect())

# gc.get_count() after the first full collection: what constructing each iterator allocates.
gc.collect()
before = gc.get_count()[0]
keep = [it.count(), it.cycle('ab'), it.repeat(1, 2), it.chain('a', 'b'), it.islice('abc', 2), it.accumulate([1]),
        it.groupby('aab'), it.zip_longest('a', 'bc'), it.product('ab', 'c'), it.permutations('abc'), it.combinations('abc', 2),
        it.starmap(pow, []), it.pairwise('abc'), it.tee('abc', 3)]
print('allocated', gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
values = [list(x) for x in keep[3:] if not isinstance(x, tuple)]
print('iterated', gc.get_count()[0] - before)
