# The library's DeprecationWarnings: shown once per location when the caller is __main__, not from inside random.
import random
random.seed(5)
print(random.randrange(2.0))
print(random.randrange(2.0))
for i in range(2):
    print(random.randrange(1.0, 5.0))
print(random.randint(1.0, 3))
try:
    random.randrange(2.5)
except ValueError as e:
    print(e)
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    random.randrange(0, 10, 2.0)
    random.randint(1.0, 3)
print([(str(w.message)[:40], w.category.__name__, w.lineno if w.filename == __file__ else "in random") for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        random.randrange(3.0)
    except DeprecationWarning as e:
        print("raised", e)
