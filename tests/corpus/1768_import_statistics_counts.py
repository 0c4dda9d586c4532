# Importing statistics (which imports fractions and decimal) after another module: the counts as in python3.
import gc
import cmath
x = [(i,) for i in range(50)]
del x
print(gc.get_count())
import statistics
print(gc.get_count())
print(statistics.mean([1, 2, 3, 4]))
print(gc.collect())
