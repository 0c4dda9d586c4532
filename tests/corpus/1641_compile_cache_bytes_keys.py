# The compiler's constant cache (what CPython allocates before the first line runs, seen in gc.get_count()):
# an empty bytes constant shares its key with a code object's empty exception table, and keys of tuple
# constants keep their items apart even when an item's text holds a comma.
import gc
print(gc.get_count())
a = ("a,sb",)
b = ("a", "b")
c = (b"a,yb",)
d = (b"a", b"b")
e = b""
f = b"x"
g = (1, "1", b"1", 1.0, True)
def h():
    return b"", ("a,sb",)
print(a, b, c, d, e, f, g, h())
