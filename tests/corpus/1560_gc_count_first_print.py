# print's first call sets up its keyword parser; later calls do not.
import gc
before = gc.get_count()
print("first")
middle = gc.get_count()
print("second", end="!\n")
after = gc.get_count()
print(before, middle, after)
