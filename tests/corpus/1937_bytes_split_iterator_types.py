# bytes.split()/rsplit() with maxsplit keep the rest as it is; each builtin iterator has its own type and methods.
import sys

header = b"GET /index.html HTTP/1.1  \r\n"
print(header.split(None, 1))
print(header.rsplit(None, 1))
print(bytearray(b"  key value  more ").split(maxsplit=1))
print(b"  a  b  ".split(None, 0), b"  a  b  ".rsplit(None, 0), b"   ".split(None, 0))

for it in (iter(b"ab"), iter(bytearray(b"xyz")), iter(memoryview(b"m")), iter("plain"), iter("caf\u00e9"),
           iter(range(3)), iter(range(2**64, 2**64 + 3))):
    methods = sorted(name for name in ("__next__", "__length_hint__", "__setstate__", "__reduce__") if hasattr(it, name))
    print(type(it).__name__, sys.getsizeof(it), methods)

data = iter(b"hi!")
print(data.__next__(), data.__length_hint__(), list(data), data.__length_hint__())
word = iter("na\u00efve")
next(word)
print(word.__length_hint__(), word.__reduce__()[1:], "".join(word))
big = iter(range(2**64, 2**64 + 6, 2))
next(big)
print(big.__length_hint__(), big.__reduce__(), list(big))
print(int.__repr__(True), int.__repr__(False), repr(True), int.__str__(True))
