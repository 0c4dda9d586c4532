import weakref, gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
r = Res("r")
w = weakref.ref(r, lambda ref: print("callback, alive:", ref() is not None))
print(w() is r, weakref.getweakrefcount(r))
del r
print(w())
x = Res("x")
y = Res("y")
x.peer = y
y.peer = x
wx = weakref.ref(x, lambda ref: print("x weakref cleared"))
del x, y
print("collect", gc.collect())
