import gc
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
b.next = a
del a, b
print(gc.collect())
c = Node(3)
c.next = c
del c
print(gc.collect())
