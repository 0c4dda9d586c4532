# Set iteration order and sizes follow CPython's table for each way a set is built (displays, |, update, ^, -, &,
# copy, set(list), comprehensions), with str hashes as PYTHONHASHSEED=0 gives them; dict views behave like sets.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set().pop())
print({1, 2, 3, 4, 5}, sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({1, 2}), sys.getsizeof({1,2,3}))
print({'a', 'b', 'c', 'd', 'e'}, {'apple', 'banana', 'cherry'})
s = set('hello world')
print(s, sys.getsizeof(s))
print(hash('abc'), hash(''), hash('é'), hash((1, 2)), hash(()), hash(1.5), hash(-0.5), hash(frozenset({1, 2, 3})))
a = {1, 2, 3, 40, 50}
b = {3, 4, 50, 60}
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(a.union(b, [7, 8]), a.intersection(b), a.difference(b, {1}), a.symmetric_difference([3, 9]))
c = a.copy(); c.update('xyz'); print(c, sys.getsizeof(c))
print({x * 7 for x in range(20)}, set(range(20, 0, -1)))
d = {k: 1 for k in 'qwertyuiop'}
print(set(d), set(d.keys()), set(d.items()))
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() & {2, 3, 4}, d.keys() | {9}, d.keys() - {1}, d.keys() ^ {1, 7})
print(d.items() & {(1, 'a')}, d.keys() < {1, 2, 3, 4}, d.keys() <= {1, 2, 3}, {1} < d.keys(), d.items() == {(1, 'a'), (2, 'b'), (3, 'c')})
print((1, 'a') in d.items(), (1, 'b') in d.items(), 1 in d.items(), 'a' in d.values())
print(d.keys().isdisjoint({5}), d.items().isdisjoint([(1, 'a')]), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(d)))
print(d.keys(), d.values(), d.items())
print([1, 2] - d.keys(), {1: 1}.items() ^ {1: 2, 3: 4}.items())
f = frozenset([1, 2, 3])
print(f | {4}, {4} | f, f.copy() is f, frozenset(f) is f, f.union([5]), type(f - {1}).__name__)
s = {1, 2, 3}
s |= {4}; s &= {1, 2, 4, 5}; s -= {2}; s ^= {9}
print(s)
print({0, 8} - {0}, {0, 8, 16} - {0} | {24})
s = {0, 8}; s.discard(0); s.add(16); print(s)
x = {1, 2, 3, 4, 5, 6}
while x: print(x.pop(), end=' ')
print()
t(lambda: {1} | [2])
t(lambda: {1}.remove(5))
t(lambda: {1}.remove((1, 2)))
t(lambda: {frozenset()}.remove(set()))
print(set() in {frozenset()})
