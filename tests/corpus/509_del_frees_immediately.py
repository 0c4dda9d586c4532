class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

a = Tracked("a")
b = a
print("deleting a")
del a
print("deleting b")
del b
print("after")
x = Tracked("x")
x = Tracked("y")
print("reassigned")
def f():
    local = Tracked("local")
    print("in f")
f()
print("after f")
