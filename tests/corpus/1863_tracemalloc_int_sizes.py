# tracemalloc's bytes for ints: PyLong_FromSsize_t and PyLong_FromString size an int to its digits (28 bytes for one),
# _PyLong_FromMedium (arithmetic, range, ord) takes 32. Each line is the traced growth of making one value.
import tracemalloc, sys
s = "x" * 1000
strs = [str(i) for i in range(1000, 2000)]
L = list(range(5000))
tracemalloc.start()
def m(label, make):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    v = make()
    after = tracemalloc.get_traced_memory()[0]
    print(label, after - before)
    return v
m("len", lambda: [len(s) + 0 * 0 for _ in range(1)] and None)
x1 = m("len1", lambda: len(s))
x2 = m("ord", lambda: ord("\u4e00"))
x3 = m("int(str)", lambda: int("1234"))
x4 = m("int(str9)", lambda: int("123456789"))
x5 = m("int(str10)", lambda: int("1234567890"))
x6 = m("enumerate", lambda: [i for i, _ in enumerate(L) if i == 4000])
x7 = m("index", lambda: L.index(3000))
x8 = m("count", lambda: s.count("x"))
x9 = m("find", lambda: (s + "y").find("y"))
x10 = m("getsizeof", lambda: sys.getsizeof(L))
x11 = m("hash", lambda: hash("abc") & 0xFFFF | 0x1000)
x12 = m("add", lambda: x3 + 1)
x13 = m("mul", lambda: x3 * 3)
x14 = m("float->int", lambda: int(1234.5))
x15 = m("round", lambda: round(1234.5))
x16 = m("abs", lambda: abs(-x3))
x17 = m("neg", lambda: -x3)
x18 = m("floordiv", lambda: x3 // 2)
x19 = m("mod", lambda: x3 % 1000)
x20 = m("sum", lambda: sum([x3, x3]))
x21 = m("max", lambda: max(L))
x22 = m("len(list)", lambda: len(L))
x23 = m("bit_length", lambda: (2**40).bit_length() + 1000)
x24 = m("int(hex)", lambda: int("0x7fff", 16))
x25 = m("int(bin0)", lambda: int("0b1111111111", 0))
x26 = m("int(padded)", lambda: int("0000000001234"))
x27 = m("int(b36)", lambda: int("zzz", 36))
x28 = m("int(bytes)", lambda: int(b"4321"))
x29 = m("int(neg)", lambda: int(" -4321 "))
x30 = m("int(under)", lambda: int("1_234"))
