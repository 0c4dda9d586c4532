import functools, itertools, operator
from collections import ChainMap, Counter
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[k * v for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __eq__(self, o): return self.rows == o.rows
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __repr__(self): return "\n".join(" ".join(f"{v:6.2f}" for v in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m + m == 2 * m, -m, m[1, 0], 0.5 * m, sep="\n")
@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9.9"), Version("2") <= Version("1.9"))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.takewhile(lambda v: v < 5, [1, 3, 6, 2])), list(itertools.dropwhile(lambda v: v < 5, [1, 3, 6, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.repeat("z", 3)))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), list(map(operator.mul, [1, 2], [3, 4])))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.maps)
print(Counter({"a": 3, "b": -1}) + Counter(), Counter("aab").total(), Counter("hello world").most_common()[:3])
print(sum(i / 10 for i in range(11)), sum([1e100, 1.0, -1e100]), 1e16 + 1, 2 ** 0.5 * 2 ** 0.5, 10 ** 20 / 3, 7 // 0.5, 1 / 7)
print(f"{3.14159:.10f}", 1.1 + 2.2, 3.3 * 3, 0.1 ** 3, 1e-10 * 3, 123e45, 4.35 * 100, round(4.35, 1), float(10 ** 17), 2.5e-3)
print(sorted({3: "c", 1: "a"}.items()), sorted(set("mississippi")), "".join(sorted(set("mississippi"), key="mississippi".index)))
words = ["apple", "Bob", "cat", "Dog", "egg"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
