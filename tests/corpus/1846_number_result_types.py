# int.conjugate() and float.real/conjugate() of a subclass's number are plain ints and floats; int.from_bytes and
# float.fromhex called on a subclass make the subclass through cls(value).
class I(int): pass
class F(float): pass
class J(int):
    def __init__(self, v):
        print("J init", v)
class G(float):
    def __new__(cls, v):
        print("G new", v)
        return super().__new__(cls, v)
print(type(I(1).conjugate()).__name__, type(F(1.0).real).__name__, type(F(1.0).conjugate()).__name__, type(I(3).real).__name__)
print(type(J.from_bytes(b"\x01", "big")).__name__, type(G.fromhex("1.0")).__name__, bool.from_bytes(b"\x01", "big"), type(int.from_bytes(b"\x02", "little")).__name__)
print(J.from_bytes(b"\x01\x00", "big"), G.fromhex("0x1.8p1"), type(float.fromhex("1.0")).__name__, (1.5).real, (2).conjugate())
