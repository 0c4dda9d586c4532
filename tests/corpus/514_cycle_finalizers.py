import gc
class D:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("finalizing", self.name)

a = D("a")
b = D("b")
a.peer = b
b.peer = a
del a, b
print("collecting")
n = gc.collect()
print("collected", n)
