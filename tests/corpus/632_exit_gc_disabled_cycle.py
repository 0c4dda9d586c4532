import gc
gc.disable()
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = A("a")
b = A("b")
a.other = b
b.other = a
c = A("c")
print("end", gc.isenabled())
