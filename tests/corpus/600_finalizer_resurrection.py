import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

a = Phoenix("a")
b = Phoenix("b")
a.partner = b
b.partner = a
del a, b
print("collect", gc.collect())
print("saved", [p.name for p in saved])
saved.clear()
print("collect again", gc.collect())
c = Phoenix("c")
del c
print("after del c", [p.name for p in saved])
saved.clear()
print("end")
