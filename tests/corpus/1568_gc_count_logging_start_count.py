# Importing logging runs two collections: the count after it is the same whatever the count was before.
import gc
pairs = [(i, i) for i in range(30)]
del pairs
before = gc.get_count()
import logging
print(before, gc.get_count())
