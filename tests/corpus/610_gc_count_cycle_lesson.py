import gc
gc.collect()
print(gc.get_count())
data = [[i] for i in range(100)]
print(gc.get_count())
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(gc.get_count())
del a, b
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
del data
print(gc.get_count())
