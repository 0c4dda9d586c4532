# The count a program starts with decides when the first automatic collection runs: a loop leaking
# 1,000 self-referencing lists, then gc.collect() reports the ones leaked since that collection.
import gc
for i in range(1000):
    x = []
    x.append(x)
print(gc.collect())
