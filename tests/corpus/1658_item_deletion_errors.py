# del on objects that do not support it: PyObject_DelItem says "does not support item deletion", a type with
# sequence methods given an index goes through PySequence_DelItem ("doesn't"), a class with __setitem__ only
# fails looking __delitem__ up (AttributeError), and a read-only memoryview refuses before deletion is.
import array, collections
for obj in [5, "abc", (1,), b"x", frozenset(), range(3), None, 1.5]:
    try:
        del obj[0]
    except TypeError as e:
        print(e)
class A: pass
class B:
    def __getitem__(self, i): return 1
class C:
    def __setitem__(self, i, v): pass
for obj in [A(), B(), C()]:
    try:
        del obj[0]
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        obj[0] = 1
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        obj[0]
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del "abc"[0:1]
except TypeError as e:
    print(e)
class I(int): pass
class S(str): pass
for obj in [I(5), S("ab"), A()]:
    for key in [0, "k", slice(1)]:
        try:
            del obj[key]
        except TypeError as e:
            print(e)
import collections
try:
    del collections.deque([1])["a"]
except TypeError as e:
    print(e)
for obj in [{}.keys(), {1}, frozenset({1}), range(2), memoryview(b"ab"), True, print, int]:
    try:
        del obj[0]
    except TypeError as e:
        print(e)
m = memoryview(bytearray(b"ab"))
try:
    del m[0]
except TypeError as e:
    print(e)
m.release()
try:
    del m[0]
except ValueError as e:
    print(e)
scores = 90
del scores[0]
