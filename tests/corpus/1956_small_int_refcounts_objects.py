# The counts of shared objects next to a cycle the collector frees: attributes and dict values holding small ints.
import sys
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
print(sys.getrefcount(n1), sys.getrefcount(1), sys.getrefcount(2))
del n1, n2
print(gc.collect())
print(sys.getrefcount(1), sys.getrefcount(2))
values = {'a': 1, 'b': 2}
print(sys.getrefcount(values['a']))
t = (1, 2, 3)
print(sys.getrefcount(3))
print(sys.getrefcount(True), sys.getrefcount(None) > 1000)
