# Instances of int, str, float and bytes subclasses are gc objects (their kinds are not): cycles through them are
# found and freed. Our leaf kinds carry the collector's links only once such an instance is tracked.
import gc
class I(int): pass
class S(str): pass
class F(float): pass
class B(bytes): pass
for kind, make in (("int", lambda: I(5)), ("str", lambda: S("ab")), ("float", lambda: F(1.5)), ("bytes", lambda: B(b"x"))):
    a = make()
    print(kind, gc.is_tracked(a), gc.is_tracked(kind))
    a.me = a
    b = make()
    b.other = a
    a.other = b
    del a, b
    print(kind, gc.collect())
x = [I(i) for i in range(5)]
x.append(x)
del x
print(gc.collect())
print(gc.is_tracked(bytearray(b"x")))
