# datetime.py defines its classes in Python, then takes _datetime's C classes in their place: the Python ones are
# left in cycles, 295 objects for the next collection. Its import also runs a collection on its own.
import gc
import datetime
print(gc.get_count())
print(gc.collect())
print(gc.collect())
d = datetime.date(2024, 2, 29)
print(d + datetime.timedelta(days=1))
