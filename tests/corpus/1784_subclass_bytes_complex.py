# Subclasses of bytes and complex: __new__ overrides calling super().__new__, extra attributes, overridden methods
# calling super(), repr/str (bytes_str ignores a subclass's __repr__), base-type results, hashing, gc of instances and classes.
import gc, sys
class B(bytes):
    def __new__(cls, text, encoding="utf-8"):
        self = super().__new__(cls, text.encode(encoding) if isinstance(text, str) else text)
        self.origin = text
        return self
    def upper(self):
        return B(super().upper())
    def __repr__(self):
        return f"B({bytes(self)!r})"
b = B("héllo")
print(b, repr(b), str(b), b.origin, len(b), b[0], b[1:3], isinstance(b, bytes), type(b).__name__)
print(b.upper(), type(b.upper()).__name__, type(b + b"!").__name__, b + b"!", b * 2, b == "héllo".encode(), hash(b) == hash(bytes(b)))
print(b.decode(), b.strip(), type(b.strip()).__name__, type(b.replace(b"x", b"y")).__name__, b.split(b"l"), list(B(b"ab")), bytes(b), type(bytes(b)).__name__)
print(b"h" in b, b.startswith(b"h"), b.hex(), sorted([B(b"b"), B(b"a")]), {b: 1}[bytes(b)], b < b"z", f"{b!s}")
class Plain(bytes):
    pass
p = Plain(b"xyz")
p.tag = 1
print(p, repr(p), p.tag, Plain(3), Plain([65, 66]), Plain("ab", "ascii"))
print(type(p[:]).__name__, type(p + b"").__name__, type(p * 1).__name__, p.__dict__, p.lower(), p.__class__.__mro__)
print(sys.getrefcount(p), gc.collect())
class C(complex):
    def __new__(cls, real=0, imag=0, label=""):
        self = super().__new__(cls, real, imag)
        self.label = label
        return self
    def __abs__(self):
        return round(super().__abs__(), 3)
    def conjugate(self):
        return C(super().conjugate(), label=self.label + "*")
c = C(3, 4, "c")
print(c, repr(c), str(c), abs(c), c.label, c.real, c.imag, c.conjugate(), c.conjugate().label, type(c.conjugate()).__name__)
print(c + 1, type(c + 1).__name__, c * 2j, -c, type(-c).__name__, +c, type(+c).__name__, c == complex(3, 4), hash(c) == hash(3 + 4j), complex(c), type(complex(c)).__name__)
class Plainc(complex):
    pass
print(isinstance(c, complex), C(), Plainc("1+2j"), C(1.5), f"{c:.2f}", format(c), c ** 2, pow(c, 2), 2 ** C(1), bool(C()), C(c), type(C(c)).__name__)
class Plainc(complex):
    pass
q = Plainc(1, -1)
q.x = 5
print(q, repr(q), q.x, q.__dict__, q / 2, q.conjugate(), type(q.conjugate()).__name__, sys.getrefcount(q))
print(b"-".join([Plain(b"a"), B(b"b")]), bytearray(Plain(b"ab")), bytes(memoryview(Plain(b"mv"))), b"%s|%r" % (Plain(b"x"), Plain(b"y")), Plain(b"a") in {b"a"})
print(1j in {Plainc(0, 1)}, Plainc(2, 0) == 2, str(Plainc(0, 0)), repr(Plainc(-0.0, 1)), complex.__repr__(c), "%s" % (c,), [Plainc(1)] * 2)
print(type(b).__bases__, isinstance(q, Plainc), issubclass(Plainc, complex), Plain.__module__, type(p.hex()).__name__, bytes(Plain(b"x")) is bytes(Plain(b"x")))
q.me = q
p.me = p
del p, q
print(gc.collect())

for base in [property, classmethod, staticmethod, enumerate, zip, map, filter, reversed, collections.deque, bytes, complex]:
    class X(base):
        pass
    X = None
    n = gc.collect()
    class Y(base):
        __slots__ = ()
    Y = None
    print(base.__name__, n, gc.collect(), end="; ")
print()
