# Errors at the edges of operators: unpacking a class with no __iter__ or __getitem__ into a display, shifts and
# repetitions past what a Py_ssize_t holds, an in-place multiply whose left operand has sequence methods, and
# PEP 646's starred index (x[*a] is x[tuple(a)]).
import sys


class A:
    pass


def f(**k):
    pass


tests = [
    lambda: [*A()], lambda: (*A(),), lambda: [1, *A()], lambda: {*A()}, lambda: print(*A()), lambda: [*5],
    lambda: {**A()}, lambda: f(**A()),
    lambda: 1 << 10**20, lambda: 0 << 10**20, lambda: -5 << 10**20, lambda: 1 << -1, lambda: 1 >> 10**20,
    lambda: "ab" * sys.maxsize, lambda: b"ab" * sys.maxsize, lambda: "\U0001F600a" * (sys.maxsize // 2 + 1),
    lambda: "x" * sys.maxsize, lambda: [1, 2] * sys.maxsize, lambda: (1, 2) * sys.maxsize,
    lambda: bytearray(b"ab") * sys.maxsize, lambda: "" * sys.maxsize, lambda: "ab" * -sys.maxsize,
]
for t in tests:
    try:
        r = t()
        print("result", r if not isinstance(r, (str, bytes)) else len(r))
    except (TypeError, OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__, e)

for op in ["*=", "+=", "-=", "@=", "|=", "<<="]:
    for left in ["{}", "set()", "3", "[1]", "'s'"]:
        for right in ["b'x'", "'x'", "[1]", "(1,)", "3"]:
            try:
                exec(f"v = {left}\nv {op} {right}")
            except TypeError as e:
                print(left, op, right, e)

x = {}
a = (1, 2)
x[*a] = 1
print(x, x[*a], x.get((1, 2, 3)))
x[0, *a] = 5
print(x)
del x[*a]
print(x)


class G:
    def __getitem__(self, k):
        return k


print(G()[*a], G()[*a,], G()[*[], ], G()[1:2, *a])
