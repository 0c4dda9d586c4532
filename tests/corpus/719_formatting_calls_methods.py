# %-formatting, str.format, f-strings and format() call __str__, __repr__ and __format__ as they go,
# in CPython's order (each piece when the formatting reaches it).
class P:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        print("  str", self.n)
        return f"P{self.n}"
    def __repr__(self):
        print("  repr", self.n)
        return f"<P{self.n}>"
    def __format__(self, spec):
        print("  format", self.n, repr(spec))
        return f"F{self.n}:{spec}"

print("%s and %r and %s" % (P(1), P(2), P(3)))
print("%s" % P(4))
print("%(a)s %(b)r" % {"a": P(5), "b": P(6)})
print("%5s|%-6s|%.2s|%a" % (P(7), P(8), P(9), P(10)))
for bad in [lambda: "%s %s" % (P(11),), lambda: "%d" % P(12), lambda: "%s" % (P(13), P(14))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("{} {!r} {:>4} {x.n} {0!s}".format(P(15), P(16), P(17), x=P(18)))
print(f"{P(19)} {P(20)!r} {P(21):spec} {P(22)!s:>6}")
print(format(P(23), "x"), format(P(24)), "-".join(str(P(i)) for i in range(25, 27)))
class Deep:
    def __init__(self, depth):
        self.depth = depth
    def __str__(self):
        return "x" if self.depth == 0 else "(%s)" % Deep(self.depth - 1)
print(len(str(Deep(300))))
try:
    str(Deep(5000))
except RecursionError as e:
    print("RecursionError:", e)
