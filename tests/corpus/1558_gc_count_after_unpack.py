# A constant tuple unpacked into names is folded and loaded whole.
a, b = 1, 2
c, d, e = "x", "y", 3.5
import gc
print(gc.get_count())
print(a, b, c, d, e)
f, g = a, b
print(gc.get_count(), f, g)
