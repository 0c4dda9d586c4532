# Importing fractions after another module: what its import allocates moves gc.get_count() as in python3
# (a collection runs during it: the second generation's count moves too).
import gc
import cmath
x = [(i,) for i in range(50)]
del x
print(gc.get_count())
import fractions
print(gc.get_count())
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 4))
print(gc.collect())
