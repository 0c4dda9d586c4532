import weakref, gc
class Thing:
    pass

t = Thing()
r = weakref.ref(t)
print(r() is t)
print(weakref.getweakrefcount(t))
del t
print(r())
def cb(ref):
    print("callback, dead:", ref() is None)
u = Thing()
r2 = weakref.ref(u, cb)
del u
print("done")
