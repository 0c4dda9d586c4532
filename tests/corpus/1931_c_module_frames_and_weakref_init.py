# Errors raised inside modules CPython writes in C (struct, binascii, hashlib, _pickle) show no frames of
# those modules in a traceback; a subclass of weakref.ref passes its arguments on to ref.__init__.
import traceback
import struct, binascii, hashlib, pickle, weakref, sys


def show(action):
    try:
        action()
    except Exception as e:
        print([(frame.name, frame.lineno, frame.line) for frame in traceback.extract_tb(e.__traceback__)])
        print(*traceback.format_exception_only(e), end="")


show(lambda: struct.pack("<b", 300))
show(lambda: struct.unpack("<i", b"ab"))
show(lambda: struct.Struct("<h").unpack(b"abc"))
show(lambda: binascii.unhexlify("zz"))
show(lambda: hashlib.sha256(5))
show(lambda: pickle.loads(b"garbage"))


class Refuses:
    def __reduce__(self):
        raise ValueError("not today")


show(lambda: pickle.dumps([1, Refuses()]))


class T:
    pass


class Tagged(weakref.ref):
    def __new__(cls, obj, callback=None, tag=None):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag


def gone(ref):
    print("gone", ref.tag)


t = T()
r = Tagged(t, gone, "tee")
print(r() is t, r.tag, sys.getrefcount(t))
print(weakref.ref.__init__(r, t, None), weakref.ref.__init__(r, t))
for args, kwargs in (((), {}), ((1, 2, 3), {}), ((t,), {"x": 1})):
    try:
        weakref.ref.__init__(r, *args, **kwargs)
    except TypeError as e:
        print(e)
del t
print("after del")
struct.pack(">H", -1)
