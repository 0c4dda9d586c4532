# hash() as CPython 3.11 computes it with PYTHONHASHSEED=0: SipHash-1-3 for str (Latin-1, UCS-2 and UCS-4
# storage), ints modulo 2**61-1, floats by exact value, xxHash-based tuples, order-free frozensets.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', 'é', 'café', 'ñandú', 'Ω', '€uro',
          '日本語', '𝒜', 'a𝒜b', 'x' * 100, '\x00', '\U0010ffff']:
    print(repr(s), hash(s))
for n in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -2**61, 2**64, -2**64 + 1, 10**30, -10**30, True, False]:
    print(n, hash(n))
for x in [0.0, -0.0, 0.5, -0.5, 1.5, 3.0, 1e-300, 5e-324, 1.7976931348623157e308, 1e100, -2.5e-10, float('inf'), float('-inf'), 0.1, 2.0**61]:
    print(repr(x), hash(x))
for tup in [(), (1,), (1, 2), (2, 1), ('a', 'b'), ((1, 2), (3,)), (1, 'a', 2.5, None is None), (frozenset({1}),)]:
    print(tup, hash(tup))
for fs in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({3, 2, 1}), frozenset('abc'), frozenset({(1, 2), 'x'}),
           frozenset({frozenset({1}), frozenset({2})})]:
    print(sorted(map(repr, fs)), hash(fs))
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1) == hash(0))

class A:
    def __hash__(self):
        return 2**64 + 5
class B:
    def __hash__(self):
        return -1
class C:
    def __hash__(self):
        return 1.5
class D:
    def __eq__(self, other):
        return True
print(hash(A()), hash(B()))
t(lambda: hash(C()))
t(lambda: hash(D()))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash({}.keys()))
t(lambda: hash({}.items()))
t(lambda: hash(slice(1, 2)))
t(lambda: hash((1, [2])))
t(lambda: hash(range(0, 3)))
t(lambda: hash(range(2, 30, 3)))
t(lambda: {[1]: 2})

# sets and dict keys of strs iterate in hash order
words = 'the quick brown fox jumps over the lazy dog and keeps running far away'.split()
print(set(words))
print({w.upper() for w in words})
print(frozenset(words) == set(words), set(words) - {'the', 'dog'})
