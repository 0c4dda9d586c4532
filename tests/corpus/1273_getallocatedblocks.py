# sys.getallocatedblocks: objects a program makes and frees show in the count (the absolute number is an approximation).
import sys
a = sys.getallocatedblocks()
x = [object() for _ in range(1000)]
b = sys.getallocatedblocks()
del x
c = sys.getallocatedblocks()
print(b - a, c - a)
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 1000)
