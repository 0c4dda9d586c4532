# hash() of tuples as CPython's tuplehash computes it (xxHash rounds over the items' hashes): ints of every size
# and sign (-1 hashes as -2), bools, floats, None, strs, nested tuples, and a class's __hash__ inside a tuple.
values = [0, 1, -1, -2, 2**31, -2**31, 2**32 + 5, 2**53, -2**53 - 1, 2**61 - 1, 2**61, 2**63, -2**64, 10**30]
print([hash((v,)) for v in values])
print([hash((v, -v, v + 1)) for v in values])
print(hash(()), hash((True, False)), hash((1.5, -0.0, float("inf"))), hash(("a", "bc")))
print(hash(((1, 2), (3, (4, 5)))), hash((1, 2)) == hash((1.0, 2)), hash((1, 2)) == hash((True, 2)))

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash((H(7), 7)), hash((H(-1), 1)), hash((H(2**64 + 3),)))
grid = {(x, y): x * y for x in range(-3, 4) for y in range(-3, 4)}
print(len(grid), grid[(-3, 2)], sum(hash(k) % 1000 for k in grid))
print({(1, 2): "a", (1.0, 2.0): "b"}, len({(i % 5, i % 3) for i in range(100)}))
