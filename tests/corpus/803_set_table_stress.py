# Set iteration order after many operations (pseudo-random but deterministic): dummies, resizes, merges and
# pops land entries in the slots CPython 3.11 uses; sizes and frozenset hashes match too.
import sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
words = ['w' + str(i) for i in range(300)] + [str(i) * 3 for i in range(50)] + ['é' + str(i) for i in range(20)]
def make():
    k = rnd(4)
    n = rnd(40)
    if k == 0: return set(rnd(200) - 50 for _ in range(n))
    if k == 1: return set(words[rnd(len(words))] for _ in range(n))
    if k == 2: return {(rnd(5), words[rnd(10)]) for _ in range(n)}
    return set(rnd(100) * 0.5 for _ in range(n))
for step in range(300):
    a = make(); b = make()
    if rnd(3) == 0: b = set(list(a)[:rnd(len(a) + 1)]) | b
    op = rnd(14)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8:
        for x in list(b): a.discard(x)
        r = a
    elif op == 9:
        for _ in range(rnd(10)):
            if a: a.pop()
        a.update(b); r = a
    elif op == 10: r = a.union(list(b), b)
    elif op == 11: r = a.difference(list(b))
    elif op == 12: r = a.symmetric_difference(list(b)); r.intersection_update(a | b)
    else: r = frozenset(a) | frozenset(b); r = set(r); r.difference_update(list(a)[:3])
    print(step, op, list(r), sys.getsizeof(r), hash(frozenset(r)))
d = {}
for i in range(100):
    d[words[rnd(len(words))]] = i
print(list(set(d)), list(set(d.items()))[:10], sys.getsizeof(set(d)))
print(list({words[i] for i in range(0, 300, 7)}))
A = [0.5, 1.5, 2.0, 5.0, 7.0, 9.5, 10.0, 15.5, 16.0, 19.5, 22.5, 24.5, 25.0, 27.5, 32.5, 35.0, 38.0, 42.5, 47.0]
a = set(A)
print(a.pop(), a.pop())
a.add(0.5)
a.add(128)
print(list(a)[:5])
a = set(A)
print(a.pop(), a.pop())
a.add(128)
print(list(a)[:5])
a.add(129)
print(list(a)[:5])
# small table
s = {0, 1, 2}
s.pop(); s.pop()
s.add(8)
print(s)
s = {0, 1, 2}
s.pop(); s.pop()
s.add(9)
print(s)
s = {0, 1, 2}
s.discard(0); s.discard(1)
s.add(9)
print(s)
