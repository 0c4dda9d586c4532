import gc, weakref
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def report(phase, info):
    print(phase, info["generation"], info["collected"])
x = A("x")
y = A("y")
weakref.finalize(y, print, "finalize y")
pass
z = A("z")
z.me = z
print("end")
