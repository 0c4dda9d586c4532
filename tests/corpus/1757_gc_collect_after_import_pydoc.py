# pydoc's import leaves no cycles behind either.
import gc
import pydoc
print(gc.collect())
print(gc.collect())
