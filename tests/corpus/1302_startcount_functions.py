# Each function is a code unit: its compilation leaves tuples (constants, names, cache keys) behind.
import gc
print(gc.get_count())
def area(w, h):
    return w * h
def perimeter(w, h):
    return 2 * (w + h)
def describe(w, h):
    return f"{w}x{h}: area {area(w, h)}, perimeter {perimeter(w, h)}"
print(describe(3, 4))
print(gc.collect())
