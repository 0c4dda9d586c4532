# CPython 3.11 compiles 'fmt' % (a, b) with only %s/%r/%a units as an f-string: no tuple (refcounts, gc counts),
# the caret of an error inside __str__ under its item; other formats keep the % operation and its errors.
import gc
import sys


class S:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "%s:%d" % (self.name, sys.getrefcount(self))

    def __repr__(self):
        return "<S %s %d>" % (self.name, sys.getrefcount(self))


s = S("a")
print("%s%s" % (s, s))
print("%s" % (s,))
print("[%r] [%a]" % (s, s))
print("%d %s" % (1, s))
print("%(x)s" % {"x": s})
print("%s" % s)
gc.collect()
gc.disable()
before = gc.get_count()[0]
text = "%s-%s" % (s, s)
print(text, gc.get_count()[0] - before)
before = gc.get_count()[0]
text = "%d-%s" % (1, s)
print(text, gc.get_count()[0] - before)
gc.enable()
x, y = "é", 3.25
print("%s|%5s|%-5s|%.2s|%5.1r|%%|%a|%05s|%+s|% s|%#s" % (x, y, y, "abc", "zz", x, "q", "w", "e", "r"))
print(repr("%99s" % ("x",))[-3:], repr("%100s" % ("x",))[-3:], "%.99s" % ("y" * 120,) == "y" * 99)
print("pre" "%s" % (x,), ("a" + "%s") % (y,))
for fmt, items in (("%s %s", (x,)), ("%s", (x, y)), ("abc", (x,)), ("", (x,)), ("%", (x,)), ("%s %", (x, y)),
                   ("%*s", (3, x)), ("%ls", (x,)), ("%d", ("no",)), ("%s %d", (x, "no"))):
    try:
        print(repr(fmt % items))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print("%s %s" % (1, x, y))
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __str__(self):
        raise ValueError("no str")


b = Bad()
print("%s" % (
    b,
))
