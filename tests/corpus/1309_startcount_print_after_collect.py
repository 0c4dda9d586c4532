# After gc.collect() the free lists are empty, so counts from there on are exact per operation.
import gc
print(gc.get_count()[0])
values = [1.5, 2.5]
print(gc.collect())
a = gc.get_count()[0]
print(values)
b = gc.get_count()[0]
print(b - a)
t = (values, values)
c = gc.get_count()[0]
print(c - b)
