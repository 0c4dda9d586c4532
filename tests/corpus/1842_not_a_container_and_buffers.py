# A class that sets __contains__ to None is no container (slot_sq_contains); int() reads any buffer (memoryview too).
class NC:
    __contains__ = None
    def __iter__(self):
        return iter([1])
class L(list):
    __contains__ = None
for c in (NC(), L([1])):
    try:
        print(1 in c)
    except TypeError as e:
        print(e)
import array
for v in (memoryview(b"7"), memoryview(b" -12 "), bytearray(b"42"), b"0x10"):
    try:
        print(int(v))
    except ValueError as e:
        print(e)
try:
    int(memoryview(b"x1"))
except ValueError as e:
    print(e)
