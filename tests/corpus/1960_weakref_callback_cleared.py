# A weak reference's callback is taken out of it when its referent dies by refcount (None inside the callback and
# after); the cyclic collector calls it but leaves it in place.
import gc
import sys
import weakref


class O:
    pass


def cb(ref):
    print("callback sees", ref.__callback__ is cb, ref() is None)


o = O()
r = weakref.ref(o, cb)
print(r.__callback__ is cb, sys.getrefcount(cb))
del o
print(r.__callback__, sys.getrefcount(cb))

o2 = O()
r1 = weakref.ref(o2, lambda ref: print("first", ref.__callback__))
r2 = weakref.ref(o2, lambda ref: print("second", ref.__callback__))
del o2
print(r1.__callback__, r2.__callback__)

a = O()
b = O()
a.b = b
b.a = a
r3 = weakref.ref(a, cb)
del a, b
print(gc.collect())
print(r3.__callback__ is cb, sys.getrefcount(cb))


class Boom:
    def __call__(self, ref):
        raise ValueError("in callback")

    def __repr__(self):
        return "Boom()"


o3 = O()
r4 = weakref.ref(o3, Boom())
try:
    del o3
finally:
    print(r4.__callback__)
