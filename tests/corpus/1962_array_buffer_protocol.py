# An array.array exports its items' bytes (the buffer protocol): bytes(), bytearray(), concatenation, join, struct,
# hashlib, binascii, int.from_bytes, io.BytesIO and bytes patterns of re read them as machine integers and floats.
import array
import binascii
import hashlib
import io
import re
import struct
import sys

a = array.array("i", [1, 2, -3])
print(bytes(a), len(bytes(a)) == a.itemsize * len(a))
print(bytearray(array.array("h", [1, 256])), b"x" + array.array("b", [65, 66]))
print(struct.unpack("3i", a), struct.unpack_from("<i", a, 4))
print(int.from_bytes(array.array("B", [1, 2]), "big"), bytes(array.array("f", [0.5])))
stream = io.BytesIO()
stream.write(array.array("d", [1.5]))
print(stream.getvalue(), b"-".join([array.array("B", [97]), b"b"]))
print(array.array("B", [97, 98]) == b"ab", b"ab" == array.array("B", [97, 98]))
print(len(bytes(array.array("q", range(4)))), bytes(array.array("u", "hi")))
print(hashlib.md5(array.array("B", [1, 2, 3])).hexdigest())
print(re.findall(rb"\d", array.array("B", b"a1b2")), binascii.hexlify(array.array("H", [258])))
grown = bytearray(b"zz")
grown += array.array("B", [120])
print(grown, array.array("i", bytes(a)) == a)

# The compact alternative to a list of ints: the same numbers in a fraction of the memory.
numbers = list(range(1000))
packed = array.array("i", numbers)
print(sys.getsizeof(packed), sys.getsizeof(numbers), len(bytes(packed)))

for bad in ([1, 2, 3, 4], "text"):
    try:
        struct.unpack("i", bad)
    except TypeError as e:
        print(e)
