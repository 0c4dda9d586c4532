# Allocating and dropping objects, including cycles the collector must find.
import gc
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
kept = 0
for i in range(30000):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.next = a
    kept += a.value
print(kept, gc.collect() >= 0)
