# str(), repr(), ascii(), format(), f-strings, %-formatting and str.format of one field hand back the very str a
# Python __str__, __repr__ or __format__ returned (PyObject_Str and the unicode writer), so its refcount and `is` show it.
import sys

class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return self.name

class Shown:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return self.text

class Formatted:
    def __init__(self, text):
        self.text = text
    def __format__(self, spec):
        return self.text

class Sub(str):
    pass

class GivesSub:
    def __str__(self):
        return Sub("sub")
    def __repr__(self):
        return Sub("rsub")

class IntLike(int):
    def __str__(self):
        return self.label
label = "".join(["lab", "el"])
IntLike.label = label

name = "".join(["na", "me"])
text = "".join(["te", "xt"])
ftext = "".join(["fte", "xt"])
n, s, f, g = Named(name), Shown(text), Formatted(ftext), GivesSub()
i = IntLike(5)

def show(what, result, original):
    print(what, result is original, type(result).__name__, sys.getrefcount(original))

print("start", sys.getrefcount(name), sys.getrefcount(text), sys.getrefcount(ftext))
r1 = str(n); show("str()", r1, name)
r2 = f"{n}"; show("f{}", r2, name)
r3 = f"{n!s}"; show("f!s", r3, name)
r4 = "%s" % n; show("%s", r4, name)
r5 = "{}".format(n); show("{}", r5, name)
r6 = "{!s}".format(n); show("{!s}", r6, name)
r7 = format(n); show("format()", r7, name)
r8 = format(n, ""); show("format(,'')", r8, name)
r9 = "%s" % (n,); show("%s tuple", r9, name)
r10 = "{0}".format(n); show("{0}", r10, name)
r11 = "{x}".format(x=n); show("{x}", r11, name)
q1 = repr(s); show("repr()", q1, text)
q2 = f"{s!r}"; show("f!r", q2, text)
q3 = "%r" % s; show("%r", q3, text)
q4 = "{!r}".format(s); show("{!r}", q4, text)
q5 = str(s); show("str(repr-only)", q5, text)
q6 = ascii(s); show("ascii()", q6, text)
q7 = f"{s!a}"; show("f!a", q7, text)
q8 = "%a" % s; show("%a", q8, text)
q9 = f"{s}"; show("f{} repr-only", q9, text)
q10 = "%s" % s; show("%s repr-only", q10, text)
p1 = format(f); show("format(__format__)", p1, ftext)
p2 = f"{f}"; show("f{} __format__", p2, ftext)
p3 = "{}".format(f); show("{} __format__", p3, ftext)
p4 = f"{f:>3}"; show("f:>3 __format__", p4, ftext)
o1 = str(i); show("str(int sub)", o1, label)
o2 = f"{i}"; show("f{} int sub", o2, label)
o3 = "%s" % i; show("%s int sub", o3, label)
print(type(str(g)).__name__, type(f"{g}").__name__, type(f"{g!s}").__name__, type(f"{g!r}").__name__)
print(type("%s" % g).__name__, type("%r" % g).__name__, type("{}".format(g)).__name__, type("{!r}".format(g)).__name__)
print(type(repr(g)).__name__, type(ascii(g)).__name__, type(format(g)).__name__, type(format(g, "")).__name__)
print(type("x%s" % g).__name__, type(f"x{g}").__name__, type("".join([str(g)])).__name__)
print(str(n) + "!", f"<{n}>", "%s-%s" % (n, n))
del r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11
print("end", sys.getrefcount(name))
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print(e)
try:
    f"{Bad()}"
except TypeError as e:
    print(e)

# Errors, recursion, ascii and __format__ results handed back.
class R:
    def __repr__(self):
        return "r"

try:
    print("constructor" % R())
except TypeError as e:
    print(e)
class E(Exception):
    def __str__(self):
        return self.args[0]
m = "".join(["m", "sg"])
e = E(m)
print(str(e) is m, f"{e}" is m, sys.getrefcount(m))
class L(list):
    def __repr__(self):
        return m
l = L()
print(str(l) is m, repr(l) is m, f"{l}" is m, "%s" % l is m, sys.getrefcount(m))
class NoStr:
    pass
x = NoStr()
print(str(x) == repr(x), type(format(x)).__name__)
class Deep:
    def __str__(self):
        return str(self)
try:
    str(Deep())
except RecursionError as err:
    print(err)
class Nonascii:
    def __repr__(self):
        return "é" + m
print(ascii(Nonascii()), f"{Nonascii()!a}", "%a" % Nonascii())
w = Nonascii()
print(ascii(w) is ascii(w))
class F:
    def __format__(self, spec):
        return spec + m
print("{:xy}".format(F()), format(F(), "q"), f"{F():z}")
class BadF:
    def __format__(self, spec):
        return 3
try:
    "{}".format(BadF())
except TypeError as err:
    print(err)
try:
    "{!r}".format(BadF())
except TypeError as err:
    print(err)
class BadR:
    def __repr__(self):
        return 3
for t in ("%r", "%a", "%s"):
    try:
        t % BadR()
    except TypeError as err:
        print(err)
try:
    f"{BadR()!r}"
except TypeError as err:
    print(err)
try:
    "{}".format()
except IndexError as err:
    print(err)
print("{0}{0}".format(R()), "{x}".format(x=R()), "{!r:>4}".format(R()))
