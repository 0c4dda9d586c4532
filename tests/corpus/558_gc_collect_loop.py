import gc
class Node:
    def __init__(self):
        self.ref = self
gc.collect()
for i in range(50):
    Node()
print(gc.collect())
gc.disable()
for i in range(10):
    a = []
    a.append(a)
del a
print(gc.collect())
gc.enable()
